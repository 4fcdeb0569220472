/**
 * The payment gateway port, and its Parsian (PEC IPG) adapter.
 *
 * Parsian's contract (pec.shaparak.ir, "NewIPGServices"), SOAP 1.1 over HTTP:
 *  - Sale/SaleService.asmx · SalePaymentRequest(requestData{LoginAccount, Amount (Rials), OrderId (long),
 *    CallBackUrl, AdditionalData, Originator}) → SalePaymentRequestResult{Token (long), Message, Status};
 *    Status 0 with Token > 0 is success.
 *  - The buyer's browser goes to {base}/NewIPG/?token={Token}; after paying or cancelling, the gateway
 *    posts a form to CallBackUrl: Token, OrderId, TerminalNo, RRN, status, Amount, HashCardNumber.
 *  - Confirm/ConfirmService.asmx · ConfirmPayment(requestData{LoginAccount, Token}) →
 *    ConfirmPaymentResult{Status, RRN, CardNumberMasked, Token}: Status 0 settles the payment; until it
 *    is confirmed the bank reverses it. The callback itself proves nothing: only this answer does.
 *  - Reverse/ReversalService.asmx · ReversalRequest(requestData{LoginAccount, Token}) → {Status, Message, Token}.
 * The sandbox (tools/payment-sandbox) serves the same paths and messages on 127.0.0.1.
 */

/** What the gateway's callback carried: claims to check, never facts. */
export interface CallbackClaims {
  token: string;
  orderNumber: string;
  status: number;
  amountIrr: string | null;
  rrn: string | null;
}

export type ConfirmOutcome =
  | { paid: true; rrn: string; cardMasked: string | null }
  | { paid: false; status: number; message: string; cancelled: boolean };

export interface PaymentGateway {
  readonly name: string;
  /** Starts a payment: a token and the page the buyer is sent to. */
  requestPayment(input: { orderNumber: string; amountIrr: bigint; callbackUrl: string; description: string }): Promise<{ token: string; redirectUrl: string }>;
  /** The payment page of a token. */
  redirectUrl(token: string): string;
  /** Reads the callback's form fields (no trust implied). */
  parseCallback(fields: Record<string, string>): CallbackClaims | null;
  /** Asks the gateway whether the payment of `token` went through, and settles it if so. */
  confirm(token: string): Promise<ConfirmOutcome>;
}

/** The gateway refused or could not be reached: nothing was paid by this call. */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const SOAP_NS = 'https://pec.Shaparak.ir/NewIPGServices';
/** Parsian: the buyer cancelled on the payment page. */
export const PARSIAN_CANCELLED = -138;
/** Parsian: the transaction was already confirmed (a second ConfirmPayment for the same token). */
export const PARSIAN_ALREADY_CONFIRMED = -1533;

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
const unescapeXml = (s: string) => s.replace(/&(lt|gt|amp|apos|quot);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[e]!);

/** The text of the first <tag> (any namespace prefix) in `xml`, or null. */
export function xmlField(xml: string, tag: string): string | null {
  const match = new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${tag}>`).exec(xml);
  return match ? unescapeXml(match[1]!.trim()) : null;
}

/** Parsian's IPG over SOAP: `baseUrl` is https://pec.shaparak.ir in production, the sandbox's URL elsewhere. */
export class ParsianGateway implements PaymentGateway {
  readonly name = 'parsian';

  constructor(
    private readonly baseUrl: string,
    private readonly loginAccount: string,
    private readonly timeoutMs = 10_000,
  ) {}

  private async call(service: 'Sale/SaleService' | 'Confirm/ConfirmService', method: string, data: Record<string, string>): Promise<string> {
    const fields = Object.entries(data).map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`).join('');
    const ns = `${SOAP_NS}/${service}`;
    const envelope =
      '<?xml version="1.0" encoding="utf-8"?>' +
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
      `<soap:Body><${method} xmlns="${ns}"><requestData>${fields}</requestData></${method}></soap:Body></soap:Envelope>`;
    let res: Response;
    try {
      res = await fetch(new URL(`/NewIPGServices/${service}.asmx`, this.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', SOAPAction: `"${ns}/${method}"` },
        body: envelope,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new GatewayError(`payment gateway unreachable: ${(error as Error).message}`);
    }
    const text = await res.text();
    if (!res.ok) throw new GatewayError(`payment gateway answered HTTP ${res.status}: ${xmlField(text, 'faultstring') ?? text.slice(0, 200)}`);
    return text;
  }

  async requestPayment(input: { orderNumber: string; amountIrr: bigint; callbackUrl: string; description: string }) {
    const xml = await this.call('Sale/SaleService', 'SalePaymentRequest', {
      LoginAccount: this.loginAccount,
      Amount: input.amountIrr.toString(),
      OrderId: input.orderNumber,
      CallBackUrl: input.callbackUrl,
      AdditionalData: input.description.slice(0, 100),
      Originator: '',
    });
    const status = Number(xmlField(xml, 'Status'));
    const token = xmlField(xml, 'Token') ?? '';
    if (status !== 0 || !/^[1-9]\d{0,18}$/.test(token)) throw new GatewayError(`payment request refused (${status}): ${xmlField(xml, 'Message') ?? ''}`, status);
    return { token, redirectUrl: this.redirectUrl(token) };
  }

  redirectUrl(token: string): string {
    const url = new URL('/NewIPG/', this.baseUrl);
    url.searchParams.set('token', token);
    return url.toString();
  }

  parseCallback(fields: Record<string, string>): CallbackClaims | null {
    const token = fields.Token ?? fields.token;
    const orderNumber = fields.OrderId ?? fields.orderId;
    const status = fields.status ?? fields.Status;
    if (!token || !/^\d{1,19}$/.test(token) || !orderNumber || !/^\d{1,19}$/.test(orderNumber) || status === undefined || !/^-?\d{1,6}$/.test(status)) return null;
    const amount = fields.Amount ?? fields.amount;
    return { token, orderNumber, status: Number(status), amountIrr: amount && /^\d{1,19}$/.test(amount.replaceAll(',', '')) ? amount.replaceAll(',', '') : null, rrn: fields.RRN ?? null };
  }

  async confirm(token: string): Promise<ConfirmOutcome> {
    const xml = await this.call('Confirm/ConfirmService', 'ConfirmPayment', { LoginAccount: this.loginAccount, Token: token });
    const status = Number(xmlField(xml, 'Status'));
    const rrn = xmlField(xml, 'RRN');
    const echoed = xmlField(xml, 'Token');
    if ((status === 0 || status === PARSIAN_ALREADY_CONFIRMED) && rrn && Number(rrn) > 0 && echoed === token) {
      return { paid: true, rrn, cardMasked: xmlField(xml, 'CardNumberMasked') };
    }
    if (Number.isNaN(status)) throw new GatewayError('payment gateway answered without a status');
    return { paid: false, status, message: xmlField(xml, 'Message') ?? '', cancelled: status === PARSIAN_CANCELLED };
  }
}
