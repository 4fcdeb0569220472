// A sandbox of Parsian's IPG (pec.shaparak.ir "NewIPGServices"): the same SOAP services, payment page
// and callback form, on 127.0.0.1, for development, tests and `npm start`. No dependencies.
//
//   POST /NewIPGServices/Sale/SaleService.asmx        SalePaymentRequest → Token
//   GET  /NewIPG/?token=…                               the payment page: Pay or Cancel
//   (browser) POST CallBackUrl                          Token, OrderId, TerminalNo, RRN, status, Amount, HashCardNumber
//   POST /NewIPGServices/Confirm/ConfirmService.asmx  ConfirmPayment → Status, RRN, CardNumberMasked, Token
//   POST /NewIPGServices/Reverse/ReversalService.asmx ReversalRequest → Status
// For tests: POST /sandbox/api/pay and /sandbox/api/cancel ({ token }) mark the payment and answer
// { callbackUrl, fields } (the form the browser would post); GET /sandbox/api/payments/:token.
// Every SOAP call must carry the merchant's LoginAccount (PAYMENT_SANDBOX_LOGIN_ACCOUNT, default sandbox-pin).
import { randomInt } from 'node:crypto';
import http from 'node:http';

const NS = 'https://pec.Shaparak.ir/NewIPGServices';
const STATUS = { OK: 0, NOT_PAID: -1, CANCELLED: -138, BAD_PIN: -127, DUPLICATE_ORDER: -112, BAD_AMOUNT: -1551, UNKNOWN_TOKEN: -130, ALREADY_CONFIRMED: -1533 };

const escapeXml = (s) => String(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);
const unescapeXml = (s) => s.replace(/&(lt|gt|amp|apos|quot);/g, (_m, e) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[e]);
const field = (xml, tag) => {
  const m = new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${tag}>`).exec(xml);
  return m ? unescapeXml(m[1].trim()) : null;
};
const soap = (method, service, result) =>
  '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>' +
  `<${method}Response xmlns="${NS}/${service}"><${method}Result>` +
  Object.entries(result).map(([k, v]) => `<${k}>${escapeXml(v ?? '')}</${k}>`).join('') +
  `</${method}Result></${method}Response></soap:Body></soap:Envelope>`;

async function bodyOf(req, limit = 65_536) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the sandbox; resolves to { url, close }. When `port` is taken (say a launch.sh sandbox runs
 * there), it takes a free port instead, unless `strictPort`.
 */
export async function startPaymentSandbox({ port = 9400, host = '127.0.0.1', loginAccount = 'sandbox-pin', terminal = '44000001', strictPort = false } = {}) {
  /** token → payment */
  const payments = new Map();
  const orders = new Set();
  const newToken = () => String(randomInt(100_000_000, 281_474_976_710_655));

  function callbackForm(p) {
    return {
      callbackUrl: p.callbackUrl,
      fields: {
        Token: p.token,
        OrderId: p.orderId,
        TerminalNo: terminal,
        RRN: p.rrn ?? '0',
        status: String(p.state === 'paid' || p.state === 'confirmed' ? 0 : STATUS.CANCELLED),
        Amount: p.amount,
        HashCardNumber: p.state === 'cancelled' ? '' : 'c0ffee5a1d9e3f7b',
      },
    };
  }
  function mark(token, outcome) {
    const p = payments.get(token);
    if (!p) return null;
    if (p.state === 'pending') {
      p.state = outcome;
      if (outcome === 'paid') p.rrn = String(randomInt(100_000_000, 999_999_999_999));
    }
    return p;
  }
  const autoPost = ({ callbackUrl, fields }) =>
    `<!doctype html><html><body onload="document.forms[0].submit()"><p>Returning to the merchant…</p><form method="post" action="${escapeXml(callbackUrl)}">` +
    Object.entries(fields).map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeXml(v)}">`).join('') +
    '<noscript><button type="submit">Continue</button></noscript></form></body></html>';

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    const send = (status, type, body) => res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    try {
      if (req.method === 'GET' && url.pathname === '/health') return send(200, 'text/plain', 'ok');
      if (req.method === 'POST' && url.pathname === '/NewIPGServices/Sale/SaleService.asmx') {
        const xml = await bodyOf(req);
        if (!xml.includes('SalePaymentRequest')) return send(500, 'text/xml', '<soap:Fault><faultstring>Unknown method</faultstring></soap:Fault>');
        const answer = (Status, Message, Token = '0') => send(200, 'text/xml; charset=utf-8', soap('SalePaymentRequest', 'Sale/SaleService', { Token, Message, Status }));
        if (field(xml, 'LoginAccount') !== loginAccount) return answer(STATUS.BAD_PIN, 'Invalid merchant PIN');
        const amount = field(xml, 'Amount') ?? '';
        const orderId = field(xml, 'OrderId') ?? '';
        const callbackUrl = field(xml, 'CallBackUrl') ?? '';
        if (!/^\d{1,18}$/.test(amount) || Number(amount) < 1000) return answer(STATUS.BAD_AMOUNT, 'Amount must be at least 1000 Rials');
        if (!/^\d{1,19}$/.test(orderId) || !/^https?:\/\//.test(callbackUrl)) return answer(-1, 'Invalid OrderId or CallBackUrl');
        // OrderIds are unique per merchant; the sandbox serves many (one per test stack), told apart by their callback.
        const key = `${new URL(callbackUrl).origin}|${orderId}`;
        if (orders.has(key)) return answer(STATUS.DUPLICATE_ORDER, 'Duplicate OrderId');
        orders.add(key);
        const token = newToken();
        payments.set(token, { token, orderId, amount, callbackUrl, description: field(xml, 'AdditionalData') ?? '', state: 'pending', rrn: null });
        return answer(STATUS.OK, 'Success', token);
      }
      if (req.method === 'POST' && url.pathname === '/NewIPGServices/Confirm/ConfirmService.asmx') {
        const xml = await bodyOf(req);
        const token = field(xml, 'Token') ?? '';
        const answer = (Status, p) => send(200, 'text/xml; charset=utf-8', soap('ConfirmPayment', 'Confirm/ConfirmService', { Status, RRN: p?.rrn ?? '0', CardNumberMasked: p?.rrn ? '603799******1234' : '', Token: token }));
        if (field(xml, 'LoginAccount') !== loginAccount) return answer(STATUS.BAD_PIN);
        const p = payments.get(token);
        if (!p) return answer(STATUS.UNKNOWN_TOKEN);
        if (p.state === 'paid') {
          p.state = 'confirmed';
          return answer(STATUS.OK, p);
        }
        if (p.state === 'confirmed') return answer(STATUS.ALREADY_CONFIRMED, p);
        return answer(p.state === 'cancelled' ? STATUS.CANCELLED : STATUS.NOT_PAID);
      }
      if (req.method === 'POST' && url.pathname === '/NewIPGServices/Reverse/ReversalService.asmx') {
        const xml = await bodyOf(req);
        const token = field(xml, 'Token') ?? '';
        const p = payments.get(token);
        const ok = field(xml, 'LoginAccount') === loginAccount && p && (p.state === 'paid' || p.state === 'confirmed');
        if (ok) p.state = 'reversed';
        return send(200, 'text/xml; charset=utf-8', soap('ReversalRequest', 'Reverse/ReversalService', { Status: ok ? 0 : -1, Message: ok ? 'Reversed' : 'Not reversible', Token: token }));
      }
      if (req.method === 'GET' && url.pathname === '/NewIPG/') {
        const p = payments.get(url.searchParams.get('token') ?? '');
        if (!p) return send(404, 'text/html; charset=utf-8', '<!doctype html><p>Unknown or expired payment token.</p>');
        const rials = Number(p.amount).toLocaleString('en-US');
        return send(
          200,
          'text/html; charset=utf-8',
          `<!doctype html><html><head><meta charset="utf-8"><title>Parsian IPG sandbox</title></head><body style="font-family:sans-serif;max-width:30rem;margin:3rem auto">
<h1>Parsian IPG — sandbox</h1><p>No real money moves here.</p>
<p>Order <b>${escapeXml(p.orderId)}</b>: <b data-testid="sandbox-amount">${rials}</b> Rials</p><p>${escapeXml(p.description)}</p>
${p.state === 'pending' ? `<form method="post" action="/NewIPG/pay"><input type="hidden" name="token" value="${p.token}"><button type="submit" data-testid="sandbox-pay">Pay</button></form>
<form method="post" action="/NewIPG/cancel"><input type="hidden" name="token" value="${p.token}"><button type="submit" data-testid="sandbox-cancel">Cancel</button></form>` : `<p>This payment is ${p.state}.</p>`}
</body></html>`,
        );
      }
      if (req.method === 'POST' && (url.pathname === '/NewIPG/pay' || url.pathname === '/NewIPG/cancel')) {
        const token = new URLSearchParams(await bodyOf(req)).get('token') ?? '';
        const p = mark(token, url.pathname.endsWith('pay') ? 'paid' : 'cancelled');
        if (!p) return send(404, 'text/html; charset=utf-8', '<!doctype html><p>Unknown payment token.</p>');
        return send(200, 'text/html; charset=utf-8', autoPost(callbackForm(p)));
      }
      if (req.method === 'POST' && (url.pathname === '/sandbox/api/pay' || url.pathname === '/sandbox/api/cancel')) {
        const { token } = JSON.parse((await bodyOf(req)) || '{}');
        const p = mark(String(token ?? ''), url.pathname.endsWith('pay') ? 'paid' : 'cancelled');
        if (!p) return send(404, 'application/json', JSON.stringify({ error: 'unknown token' }));
        return send(200, 'application/json', JSON.stringify({ state: p.state, ...callbackForm(p) }));
      }
      if (req.method === 'GET' && url.pathname.startsWith('/sandbox/api/payments/')) {
        const p = payments.get(decodeURIComponent(url.pathname.slice('/sandbox/api/payments/'.length)));
        return p ? send(200, 'application/json', JSON.stringify(p)) : send(404, 'application/json', JSON.stringify({ error: 'unknown token' }));
      }
      send(404, 'text/plain', 'Not found');
    } catch (error) {
      send(400, 'text/plain', `Bad request: ${error.message}`);
    }
  });
  const listen = (p) => new Promise((resolve, reject) => server.once('error', reject).listen(p, host, resolve));
  await listen(port).catch((error) => {
    if (strictPort || error.code !== 'EADDRINUSE') throw error;
    return listen(0);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sandbox = await startPaymentSandbox({
    port: Number(process.env.PAYMENT_SANDBOX_PORT ?? 9400),
    strictPort: true,
    loginAccount: process.env.PAYMENT_SANDBOX_LOGIN_ACCOUNT ?? 'sandbox-pin',
  });
  console.log(`Parsian IPG sandbox on ${sandbox.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void sandbox.close().then(() => process.exit(0)));
}
