import { useCallback, useEffect, useState } from 'react';
import { CreateTopUpOrderDocument, MyTopUpOrdersDocument, TopUpOrderDocument, TopUpOrderSettledDocument, TopUpPricesDocument, type TopUpOrderSummaryFragment, type TopUpPricesQuery } from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The order the gateway sent the buyer back with (#/top-up/result?order=<id>), if any. */
const returnedOrder = () => /[?&]order=([A-Za-z0-9_]+)/.exec(location.hash)?.[1];

/** Follows one order until it is settled: live (topUpOrderSettled), and polled every 5 s as a fallback. */
function OrderResult({ id }: { id: string }) {
  const [order, setOrder] = useState<TopUpOrderSummaryFragment | null>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const poll = () =>
      request(TopUpOrderDocument, { id }).then(
        (d) => {
          if (!live || settled) return;
          setOrder(d.topUpOrder);
          if (d.topUpOrder?.status === 'pending') timer = setTimeout(poll, 5000);
        },
        (e) => live && setError(e),
      );
    // Subscribed before the first read: a settlement in between is seen by one or the other.
    const unsubscribe = subscribe(TopUpOrderSettledDocument, { id }, (d) => {
      if (!live) return;
      settled = true;
      clearTimeout(timer);
      setOrder(d.topUpOrderSettled);
    });
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [id]);
  if (error) return <ErrorText error={error} />;
  if (!order) return <p>Checking your payment…</p>;
  return (
    <div className="card" data-testid="order-result" data-status={order.status}>
      <h2>
        Order {order.number}: <span data-testid="order-status">{order.status}</span>
      </h2>
      <p>
        {order.amount} {order.asset} for {Number(order.priceIrr).toLocaleString()} IRR
      </p>
      {order.status === 'paid' && <p>Paid (RRN {order.rrn}); your wallet has been credited.</p>}
      {order.status === 'pending' && <p>Waiting for the bank's confirmation…</p>}
      {order.failure && order.status !== 'paid' && <p>{order.failure}</p>}
    </div>
  );
}

/** Top up a wallet: choose an asset and amount, pay at the gateway, come back to the result; order history. */
export function TopUpPage() {
  const [prices, setPrices] = useState<TopUpPricesQuery['topUpPrices']>([]);
  const [orders, setOrders] = useState<TopUpOrderSummaryFragment[]>([]);
  const [asset, setAsset] = useState('PSC');
  const [amount, setAmount] = useState('1');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [resultId, setResultId] = useState(returnedOrder);
  const loadOrders = useCallback(() => request(MyTopUpOrdersDocument, { first: 20 }).then((d) => setOrders(d.myTopUpOrders), setError), []);
  useEffect(() => {
    void request(TopUpPricesDocument).then((d) => setPrices(d.topUpPrices), setError);
    void loadOrders();
    const onHash = () => setResultId(returnedOrder());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [loadOrders]);
  const price = prices.find((p) => p.asset === asset)?.priceIrr;
  const total = price && /^\d+(\.\d+)?$/.test(amount) ? Math.ceil(Number(amount) * Number(price)) : undefined;
  const pay = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const returnUrl = `${location.origin}${location.pathname}#/top-up/result`;
      const { createTopUpOrder: order } = await request(CreateTopUpOrderDocument, { input: { asset, amount, idempotencyKey: crypto.randomUUID(), returnUrl } });
      if (order.redirectUrl) location.assign(order.redirectUrl);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <section className="card">
      <h1>Top up</h1>
      {resultId && <OrderResult id={resultId} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void pay();
        }}
      >
        <label>
          Asset{' '}
          <select value={asset} onChange={(e) => setAsset(e.target.value)} data-testid="topup-asset">
            {prices.map((p) => (
              <option key={p.asset} value={p.asset}>
                {p.asset}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Amount <input value={amount} onChange={(e) => setAmount(e.target.value.trim())} inputMode="decimal" data-testid="topup-amount" />
        </label>{' '}
        {total !== undefined && <span data-testid="topup-total">{total.toLocaleString()} IRR</span>}{' '}
        <button type="submit" disabled={busy} data-testid="topup-pay">
          Pay at the bank
        </button>
      </form>
      <ErrorText error={error} action="start the payment" />
      <h2>Your orders</h2>
      <table data-testid="topup-orders">
        <thead>
          <tr>
            <th>When</th>
            <th>Order</th>
            <th>Amount</th>
            <th>Price</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <td>{new Date(o.createdAt).toLocaleString()}</td>
              <td>{o.number}</td>
              <td>
                {o.amount} {o.asset}
              </td>
              <td>{Number(o.priceIrr).toLocaleString()} IRR</td>
              <td>{o.status === 'pending' && o.redirectUrl ? <a href={o.redirectUrl}>pending: pay</a> : o.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
