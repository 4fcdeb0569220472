import { adminToken, closeDatabases, codeOf, database, gql, registerUser, stack, subscribe } from '@worldgraph/testenv';
import { atGateway, createOrder, deliver, orderOf, reconcile, tokenOf } from './commerce-helpers.ts';
import { balanceOf, stored } from './helpers.ts';

afterAll(closeDatabases);

describe('a top-up order paid through the Parsian sandbox', () => {
  it('order → redirect → pay → callback → credited once, the buyer sent back to the return URL', async () => {
    const user = await registerUser();
    const order = await createOrder(user.accessToken, { amount: '2', returnUrl: 'http://127.0.0.1:5173/#/top-up/result' });
    expect(order).toMatchObject({ status: 'pending', asset: 'PSC', amount: '2', unitPrice: '500000', priceIrr: '1000000' });
    expect(order.redirectUrl).toMatch(/\/NewIPG\/\?token=\d+$/);
    // The payment page of the sandbox shows the order's amount.
    const page = await (await fetch(order.redirectUrl!)).text();
    expect(page).toContain('1,000,000');

    const form = await atGateway(order);
    expect(form.fields).toMatchObject({ OrderId: order.number, Amount: '1000000', status: '0' });
    const answer = await deliver(form);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`http://127.0.0.1:5173/#/top-up/result?order=${order.id}`);

    const paid = await orderOf(user.accessToken, order.id);
    expect(paid).toMatchObject({ status: 'paid', redirectUrl: null });
    expect(paid.rrn).toMatch(/^\d+$/);
    expect(await balanceOf(user.accessToken)).toBe('2');
    // Delivered again: nothing more.
    expect((await deliver(form)).status).toBe(303);
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '2', ledgerSum: '2' });
    const history = await gql('{ myWallet { transactions { edges { node { kind amount reference } } } } }', {}, { token: user.accessToken });
    expect(history.data!.myWallet.transactions.edges.map((e: { node: unknown }) => e.node)).toEqual([{ kind: 'top_up', amount: '2', reference: `order:${order.number}` }]);
  });

  it('20 concurrent replays of the callback credit once', async () => {
    const user = await registerUser();
    const order = await createOrder(user.accessToken, { amount: '3' });
    const form = await atGateway(order);
    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(form)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '3', ledgerSum: '3' });
    const { rows } = await database('wallet').query("SELECT count(*)::int AS n FROM operations WHERE idempotency_key = $1", [`order:${order.id}`]);
    expect(rows[0].n).toBe(1);
    expect((await orderOf(user.accessToken, order.id)).status).toBe('paid');
    // One domain event of the settlement, for audit and notifications.
    const events = await database('wallet').query("SELECT payload FROM outbox_events WHERE type = 'TopUpOrderSettled' AND payload->>'orderId' = $1", [order.id]);
    expect(events.rows.map((r) => r.payload)).toEqual([expect.objectContaining({ status: 'paid', userId: user.id, asset: 'PSC', amount: '3', priceIrr: '1500000' })]);
  });

  it('a forged callback (wrong amount, wrong token, unknown order, a claim of payment never made) changes nothing', async () => {
    const user = await registerUser();
    const order = await createOrder(user.accessToken, { amount: '1' });
    const url = `${new URL(stack().subgraphs.wallet!).origin}/payments/parsian/callback`;
    const genuine = { Token: tokenOf(order), OrderId: order.number, TerminalNo: '44000001', RRN: '123456789', status: '0', Amount: order.priceIrr, HashCardNumber: 'x' };

    // Not paid at the gateway: the callback's word is not enough.
    expect((await deliver({ callbackUrl: url, fields: genuine })).status).toBe(200);
    expect((await orderOf(user.accessToken, order.id)).status).toBe('pending');

    await atGateway(order);
    for (const forged of [
      { ...genuine, Amount: '1' },
      { ...genuine, Token: '99999999999' },
      { ...genuine, OrderId: '987654321012' },
      { ...genuine, Token: 'abc' },
    ]) {
      const answer = await deliver({ callbackUrl: url, fields: forged });
      expect({ forged, status: answer.status }).toEqual({ forged, status: 400 });
    }
    expect(await stored(user.id)).toMatchObject({ entries: 0, balance: '0' });
    expect((await orderOf(user.accessToken, order.id)).status).toBe('pending');
    // The genuine one still works afterwards.
    await deliver({ callbackUrl: url, fields: genuine });
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '1' });
  });

  it('topUpOrderSettled follows an order live until it is paid; other users cannot follow it', async () => {
    const [user, other] = [await registerUser(), await registerUser()];
    const order = await createOrder(user.accessToken);
    const SETTLED = 'subscription ($id: ID!) { topUpOrderSettled(id: $id) { id status rrn } }';
    const foreign = await subscribe(SETTLED, { id: order.id }, { token: other.accessToken });
    expect(JSON.stringify(await foreign.nth(1))).toContain('NOT_FOUND');
    await foreign.close();
    const live = await subscribe<{ topUpOrderSettled: { id: string; status: string } }>(SETTLED, { id: order.id }, { token: user.accessToken });
    try {
      await deliver(await atGateway(order));
      expect((await live.nth(1, 30_000)).data?.topUpOrderSettled).toMatchObject({ id: order.id, status: 'paid' });
    } finally {
      await live.close();
    }
  });

  it('cancelled at the gateway: the order ends cancelled, nothing credited', async () => {
    const user = await registerUser();
    const order = await createOrder(user.accessToken);
    const answer = await deliver(await atGateway(order, 'cancel'));
    expect(answer.status).toBe(200);
    expect(await orderOf(user.accessToken, order.id)).toMatchObject({ status: 'cancelled', redirectUrl: null });
    expect(await stored(user.id)).toMatchObject({ entries: 0, balance: '0' });
  });

  it('an order never paid expires; one paid without a callback is settled by reconciliation', async () => {
    const user = await registerUser();
    const unpaid = await createOrder(user.accessToken, { amount: '1' });
    const silent = await createOrder(user.accessToken, { amount: '4' });
    await atGateway(silent); // paid, but the buyer's browser never came back
    // Reconciliation before expiry: the paid one is settled, the unpaid one stays open.
    await reconcile();
    expect((await orderOf(user.accessToken, silent.id)).status).toBe('paid');
    expect((await orderOf(user.accessToken, unpaid.id)).status).toBe('pending');
    expect(await balanceOf(user.accessToken)).toBe('4');

    await database('wallet').query("UPDATE payment_orders SET expires_at = now() - interval '1 minute' WHERE id = $1", [unpaid.id]);
    await reconcile();
    expect(await orderOf(user.accessToken, unpaid.id)).toMatchObject({ status: 'expired', redirectUrl: null });
    // A late callback for the expired order changes nothing.
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '4', ledgerSum: '4' });
  });

  it('refuses bad input and other users', async () => {
    const [user, other] = [await registerUser(), await registerUser()];
    expect(codeOf(await gql('mutation { createTopUpOrder(input: { asset: "NOPE", amount: "1", idempotencyKey: "k-1234567" }) { id } }', {}, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('mutation { createTopUpOrder(input: { asset: "PSC", amount: "-1", idempotencyKey: "k-1234567" }) { id } }', {}, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
    // Below the smallest top-up (10000 IRR): 0.001 PSC costs 500 IRR.
    expect(codeOf(await gql('mutation { createTopUpOrder(input: { asset: "PSC", amount: "0.001", idempotencyKey: "k-1234567" }) { id } }', {}, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('mutation { createTopUpOrder(input: { asset: "PSC", amount: "1", idempotencyKey: "k-1234567", returnUrl: "https://evil.example/steal" }) { id } }', {}, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('mutation { createTopUpOrder(input: { asset: "PSC", amount: "1", idempotencyKey: "k-1234567" }) { id } }', {}))).toBe('UNAUTHENTICATED');
    const order = await createOrder(user.accessToken);
    expect(codeOf(await gql('query ($id: ID!) { topUpOrder(id: $id) { id } }', { id: order.id }, { token: other.accessToken }))).toBe('NOT_FOUND');
    expect((await orderOf(await adminToken(), order.id)).id).toBe(order.id);
    // The same idempotency key returns the same order; with another amount it is a CONFLICT.
    const key = 'same-key-123';
    const first = await createOrder(user.accessToken, { idempotencyKey: key });
    expect((await createOrder(user.accessToken, { idempotencyKey: key })).id).toBe(first.id);
    expect(codeOf(await gql('mutation ($k: String!) { createTopUpOrder(input: { asset: "PSC", amount: "7", idempotencyKey: $k }) { id } }', { k: key }, { token: user.accessToken }))).toBe('CONFLICT');
    expect(codeOf(await gql('mutation { reconcileOrders { checked } }', {}, { token: user.accessToken }))).toBe('FORBIDDEN');
    // At most topup.maxOpenOrders (5) unpaid orders at once: 2 are open, 3 more, then RATE_LIMITED.
    for (let i = 0; i < 3; i++) await createOrder(user.accessToken);
    expect(codeOf(await gql('mutation { createTopUpOrder(input: { asset: "PSC", amount: "1", idempotencyKey: "k-one-too-many" }) { id } }', {}, { token: user.accessToken }))).toBe('RATE_LIMITED');
    const mine = await gql('{ myTopUpOrders { id status } }', {}, { token: user.accessToken });
    expect(mine.data!.myTopUpOrders.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([order.id, first.id]));
  });
});
