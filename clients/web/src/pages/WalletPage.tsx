import { useCallback, useEffect, useState } from 'react';
import { MyWalletDocument, WalletChangedDocument, type MyWalletQuery } from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

/** Balances and the ledger, refreshed live on every change. */
export function WalletPage() {
  const [wallet, setWallet] = useState<MyWalletQuery['myWallet']>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(MyWalletDocument, { first: 50 }).then((d) => setWallet(d.myWallet), setError), []);
  useEffect(() => {
    void load();
    return subscribe(WalletChangedDocument, {}, () => void load());
  }, [load]);
  if (error) return <ErrorText error={error} />;
  if (!wallet) return <p>Loading…</p>;
  return (
    <section className="card">
      <h1>Wallet</h1>
      <ul className="balances" data-testid="balances">
        {wallet.balances.length ? wallet.balances.map((b) => <li key={b.asset}>{b.amount} {b.asset}</li>) : <li>No money yet.</li>}
      </ul>
      <h2>History</h2>
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>What</th>
            <th>Amount</th>
            <th>Balance</th>
          </tr>
        </thead>
        <tbody>
          {wallet.transactions.edges.map(({ node: t }) => (
            <tr key={t.id}>
              <td>{new Date(t.createdAt).toLocaleString()}</td>
              <td>
                {t.kind}
                {t.counterparty ? ` · ${t.counterparty.username}` : ''}
                {t.memo ? ` · ${t.memo}` : ''}
              </td>
              <td className={t.amount.startsWith('-') ? 'debit' : 'credit'}>{t.amount} {t.asset}</td>
              <td>{t.balanceAfter}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
