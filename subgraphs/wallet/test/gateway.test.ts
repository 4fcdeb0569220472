// The Parsian adapter against the sandbox over HTTP, without the stack: the protocol itself.
import { startPaymentSandbox } from '../../../tools/payment-sandbox/server.mjs';
import { GatewayError, ParsianGateway } from '../src/domain/gateway.ts';

let sandbox: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  sandbox = await startPaymentSandbox({ port: 0, loginAccount: 'unit-pin' });
});
afterAll(() => sandbox.close());

const request = (gateway: ParsianGateway, orderNumber: string, amountIrr = 25_000n) =>
  gateway.requestPayment({ orderNumber, amountIrr, callbackUrl: 'http://127.0.0.1:1/payments/parsian/callback', description: 'unit <test> & co' });
const pay = async (token: string, action = 'pay') => (await (await fetch(`${sandbox.url}/sandbox/api/${action}`, { method: 'POST', body: JSON.stringify({ token }) })).json()) as { fields: Record<string, string> };

describe('ParsianGateway', () => {
  it('requests a token, sends the buyer to the payment page, confirms once paid (and again, idempotently)', async () => {
    const gateway = new ParsianGateway(sandbox.url, 'unit-pin');
    const { token, redirectUrl } = await request(gateway, '1001');
    expect(redirectUrl).toBe(`${sandbox.url}/NewIPG/?token=${token}`);
    expect(await gateway.confirm(token)).toMatchObject({ paid: false, status: -1, cancelled: false });
    const form = await pay(token);
    expect(gateway.parseCallback(form.fields)).toEqual({ token, orderNumber: '1001', status: 0, amountIrr: '25000', rrn: form.fields.RRN });
    const confirmed = await gateway.confirm(token);
    expect(confirmed).toMatchObject({ paid: true, rrn: form.fields.RRN });
    // A second ConfirmPayment answers "already confirmed" with the same RRN: still paid.
    expect(await gateway.confirm(token)).toEqual(confirmed);
  });

  it('a cancelled payment is not paid, and says it was cancelled', async () => {
    const gateway = new ParsianGateway(sandbox.url, 'unit-pin');
    const { token } = await request(gateway, '1002');
    const form = await pay(token, 'cancel');
    expect(gateway.parseCallback(form.fields)).toMatchObject({ status: -138 });
    expect(await gateway.confirm(token)).toMatchObject({ paid: false, status: -138, cancelled: true });
  });

  it('refuses a wrong PIN, a duplicate order id, an unknown token; an unreachable gateway is a GatewayError', async () => {
    await expect(request(new ParsianGateway(sandbox.url, 'not-the-pin'), '1003')).rejects.toThrow(GatewayError);
    const gateway = new ParsianGateway(sandbox.url, 'unit-pin');
    await request(gateway, '1004');
    await expect(request(gateway, '1004')).rejects.toThrow(/-112/);
    expect(await gateway.confirm('123456789')).toMatchObject({ paid: false });
    // A confirmation with the wrong PIN proves nothing.
    const { token } = await request(gateway, '1005');
    await pay(token);
    expect(await new ParsianGateway(sandbox.url, 'not-the-pin').confirm(token)).toMatchObject({ paid: false });
    await expect(new ParsianGateway('http://127.0.0.1:9', 'unit-pin', 2000).confirm(token)).rejects.toThrow(GatewayError);
  });

  it('reads only well-formed callbacks', () => {
    const gateway = new ParsianGateway(sandbox.url, 'unit-pin');
    expect(gateway.parseCallback({})).toBeNull();
    expect(gateway.parseCallback({ Token: '12', OrderId: 'x', status: '0' })).toBeNull();
    expect(gateway.parseCallback({ Token: '12', OrderId: '3' })).toBeNull();
    expect(gateway.parseCallback({ Token: '12', OrderId: '3', status: '0', Amount: '1,000' })).toMatchObject({ amountIrr: '1000' });
  });
});
