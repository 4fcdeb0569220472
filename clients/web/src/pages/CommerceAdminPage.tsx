import { useCallback, useEffect, useState } from 'react';
import {
  AdminTopUpOrdersDocument,
  CommissionReportDocument,
  PlatformVariableHistoryDocument,
  PlatformVariablesDocument,
  ReconcileOrdersDocument,
  SetPlatformVariableDocument,
  type AdminTopUpOrdersQuery,
  type CommissionReportQuery,
  type PlatformVariableHistoryQuery,
  type PlatformVariablesQuery,
  type ReportPeriod,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Admins: platform variables (edit, history), the commission report, top-up orders and reconciliation. */
export function CommerceAdminPage() {
  const [variables, setVariables] = useState<PlatformVariablesQuery['platformVariables']>([]);
  const [history, setHistory] = useState<PlatformVariableHistoryQuery['platformVariableHistory']>([]);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [report, setReport] = useState<CommissionReportQuery['commissionReport']>();
  const [orders, setOrders] = useState<AdminTopUpOrdersQuery['topUpOrders']>([]);
  const [range, setRange] = useState({ from: day(-30), to: day(1), period: 'day' as ReportPeriod });
  const [reconciled, setReconciled] = useState<string>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => {
    try {
      const [v, h, o] = await Promise.all([request(PlatformVariablesDocument), request(PlatformVariableHistoryDocument, { first: 30 }), request(AdminTopUpOrdersDocument, { first: 30 })]);
      setVariables(v.platformVariables);
      setHistory(h.platformVariableHistory);
      setOrders(o.topUpOrders);
    } catch (e) {
      setError(e);
    }
  }, []);
  const loadReport = useCallback(
    () => request(CommissionReportDocument, { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString(), period: range.period }).then((d) => setReport(d.commissionReport), setError),
    [range],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => void loadReport(), [loadReport]);
  const save = async (key: string, version: number) => {
    setError(undefined);
    try {
      await request(SetPlatformVariableDocument, { input: { key, value: edits[key]!, expectedVersion: version } });
      setEdits(({ [key]: _, ...rest }) => rest);
      await load();
    } catch (e) {
      setError(e);
    }
  };
  const reconcile = async () => {
    try {
      const { reconcileOrders: r } = await request(ReconcileOrdersDocument);
      setReconciled(`checked ${r.checked}: ${r.paid} paid, ${r.expired} expired, ${r.open} still open, ${r.errors} errors`);
      await load();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card">
      <h1>Commerce</h1>
      <ErrorText error={error} />
      <h2>Platform variables</h2>
      <table data-testid="platform-variables">
        <thead>
          <tr>
            <th>Key</th>
            <th>Value</th>
            <th>Meaning</th>
            <th>Changed</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((v) => (
            <tr key={v.key}>
              <td>{v.key}</td>
              <td>
                <input value={edits[v.key] ?? v.value} onChange={(e) => setEdits((s) => ({ ...s, [v.key]: e.target.value }))} aria-label={v.key} />
                {edits[v.key] !== undefined && edits[v.key] !== v.value && <button onClick={() => void save(v.key, v.version)}>Save</button>}
              </td>
              <td>{v.description}</td>
              <td>{v.version ? `v${v.version} by ${v.updatedBy} ${new Date(v.updatedAt!).toLocaleString()}` : 'default'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Recent changes</h3>
      <ul>
        {history.map((h) => (
          <li key={`${h.key}-${h.version}`}>
            {new Date(h.changedAt).toLocaleString()} · {h.changedBy} · {h.key}: {h.oldValue ?? 'default'} → {h.newValue}
            {h.reason ? ` (${h.reason})` : ''}
          </li>
        ))}
      </ul>
      <h2>Commission report</h2>
      <p>
        <input type="date" value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} aria-label="from" />{' '}
        <input type="date" value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} aria-label="to" />{' '}
        <select value={range.period} onChange={(e) => setRange((r) => ({ ...r, period: e.target.value as ReportPeriod }))} aria-label="period">
          <option value="day">per day</option>
          <option value="week">per week</option>
          <option value="month">per month</option>
        </select>
      </p>
      {report && (
        <>
          <table data-testid="commission-report">
            <thead>
              <tr>
                <th>Period</th>
                <th>Source</th>
                <th>Amount</th>
                <th>Sales</th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((l) => (
                <tr key={`${l.periodStart}-${l.source}-${l.asset}`}>
                  <td>{new Date(l.periodStart).toLocaleDateString()}</td>
                  <td>{l.source}</td>
                  <td>
                    {l.amount} {l.asset}
                  </td>
                  <td>{l.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Totals: {report.totals.map((t) => `${t.source} ${t.amount} ${t.asset} (${t.count})`).join(' · ') || 'none'}. Platform account:{' '}
            {report.platformBalances.map((b) => `${b.amount} ${b.asset}`).join(', ') || 'empty'}.
          </p>
        </>
      )}
      <h2>Top-up orders</h2>
      <button onClick={() => void reconcile()}>Reconcile open orders with the gateway</button> {reconciled}
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>User</th>
            <th>Order</th>
            <th>Amount</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <td>{new Date(o.createdAt).toLocaleString()}</td>
              <td>{o.user.username}</td>
              <td>{o.number}</td>
              <td>
                {o.amount} {o.asset} · {Number(o.priceIrr).toLocaleString()} IRR
              </td>
              <td>{o.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
