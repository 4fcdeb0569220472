import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  AccrueHourlyProfitsDocument,
  AdminCreditDocument,
  AdminUserByUsernameDocument,
  AdminUserDocument,
  AssetsDocument,
  AuditActionCountsDocument,
  AuditLogDocument,
  SetRolesDocument,
  VerifyAuditChainDocument,
  type AdminUserSummaryFragment,
  type AuditLogFilter,
  type AuditLogQuery,
  type Role,
  type VerifyAuditChainQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { ApiKeysPanel } from './ApiKeysPanel.tsx';
import { SystemHealthPanel } from './SystemHealthPanel.tsx';
import { LimitationsPanel } from './LimitationsPanel.tsx';
import { AUDITED_CONTEXTS } from './audited-contexts.ts';

const ROLES: Role[] = ['user', 'verified_user', 'support', 'admin'];
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim() || undefined;
const instant = (form: FormData, name: string) => (text(form, name) ? new Date(text(form, name)!).toISOString() : undefined);

/** The admin console: the system's health, users' roles and credits, the audit log and its chains, jobs, API keys. */
export function AdminPage() {
  return (
    <div className="console">
      <h1>Admin console</h1>
      <SystemHealthPanel />
      <UsersPanel />
      <AuditPanel />
      <ChainPanel />
      <JobsPanel />
      <ApiKeysPanel all roles={ROLES} />
    </div>
  );
}

/** Find a user by username (or id), change their roles, credit their wallet. */
function UsersPanel() {
  const [user, setUser] = useState<AdminUserSummaryFragment | null>();
  const [assets, setAssets] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  useEffect(() => void request(AssetsDocument).then((d) => setAssets(d.assets), setError), []);
  const find = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const who = text(new FormData(e.currentTarget), 'who') ?? '';
    setNotice(undefined);
    try {
      const byId = /^[0-9a-f-]{36}$/i.test(who);
      setUser(byId ? (await request(AdminUserDocument, { id: who })).user : (await request(AdminUserByUsernameDocument, { username: who })).userByUsername);
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  };
  const saveRoles = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const roles = ROLES.filter((r) => form.get(r));
    await request(SetRolesDocument, { userId: user!.id, roles }).then((d) => {
      setUser(d.setRoles);
      setNotice(`Roles of ${d.setRoles.username}: ${d.setRoles.roles.join(', ')} (from their next sign-in).`);
    }, setError);
  };
  const credit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { userId: user!.id, asset: String(form.get('asset')), amount: String(form.get('amount')), memo: text(form, 'memo'), idempotencyKey: crypto.randomUUID() };
    await request(AdminCreditDocument, { input }).then((d) => setNotice(`Credited ${d.adminCredit.amount} ${d.adminCredit.asset}; balance ${d.adminCredit.balanceAfter}.`), setError);
  };
  return (
    <section className="card" data-testid="admin-users">
      <h2>Users</h2>
      <form className="row" onSubmit={find}>
        <input name="who" placeholder="Username or id" aria-label="Username or id" required />
        <button type="submit">Find</button>
      </form>
      <ErrorText error={error} />
      {notice && <p className="notice">{notice}</p>}
      {user === null && <p>No such user.</p>}
      {user && (
        <>
          <dl>
            <dt>Username</dt>
            <dd>{user.username}</dd>
            <dt>Email</dt>
            <dd>{user.email}</dd>
            <dt>KYC</dt>
            <dd>{user.kycStatus}</dd>
            <dt>Since</dt>
            <dd>{new Date(user.createdAt).toLocaleDateString()}</dd>
          </dl>
          <form className="row" onSubmit={saveRoles} key={`${user.id}-${user.roles.join()}`}>
            {ROLES.map((r) => (
              <label key={r}>
                <input type="checkbox" name={r} defaultChecked={user.roles.includes(r)} /> {r}
              </label>
            ))}
            <button type="submit">Save roles</button>
          </form>
          <LimitationsPanel userId={user.id} />
          <form className="row" onSubmit={credit}>
            <select name="asset" aria-label="Asset">
              {assets.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
            <input name="amount" placeholder="Amount" aria-label="Amount" required inputMode="decimal" />
            <input name="memo" placeholder="Memo" aria-label="Memo" />
            <button type="submit">Credit</button>
          </form>
        </>
      )}
    </section>
  );
}

/** The audit log, newest first, with filters and paging, and the most frequent actions. */
function AuditPanel() {
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const [page, setPage] = useState<AuditLogQuery['auditLog']>();
  const [counts, setCounts] = useState<{ action: string; count: number }[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(
    (after?: string) =>
      Promise.all([request(AuditLogDocument, { first: 25, after, filter }), request(AuditActionCountsDocument, { context: filter.context, from: filter.from, to: filter.to })]).then(
        ([log, c]) => {
          setPage((prev) => (after && prev ? { ...log.auditLog, edges: [...prev.edges, ...log.auditLog.edges] } : log.auditLog));
          setCounts(c.auditActionCounts.slice(0, 8));
          setError(undefined);
        },
        setError,
      ),
    [filter],
  );
  useEffect(() => void load(), [load]);
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setFilter({ context: text(form, 'context'), action: text(form, 'action'), actor: text(form, 'actor'), text: text(form, 'text'), from: instant(form, 'from'), to: instant(form, 'to') });
  };
  return (
    <section className="card" data-testid="audit-log">
      <h2>Audit log</h2>
      <form className="row" onSubmit={apply}>
        <select name="context" aria-label="Context">
          <option value="">all contexts</option>
          {AUDITED_CONTEXTS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <input name="action" placeholder="Action" aria-label="Action" />
        <input name="actor" placeholder="Actor (user id)" aria-label="Actor" />
        <input name="text" placeholder="Text" aria-label="Text" />
        <label>
          From <input type="datetime-local" name="from" />
        </label>
        <label>
          To <input type="datetime-local" name="to" />
        </label>
        <button type="submit">Filter</button>
      </form>
      <ErrorText error={error} />
      <p className="hint">{counts.map((c) => `${c.action} ${c.count}`).join(' · ')}</p>
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>Context</th>
            <th>Action</th>
            <th>Actor</th>
            <th>Outcome</th>
            <th>Entity</th>
          </tr>
        </thead>
        <tbody>
          {page?.edges.map(({ node: e }) => (
            <tr key={e.id}>
              <td>{new Date(e.occurredAt).toLocaleString()}</td>
              <td>
                {e.context} #{e.sequence}
              </td>
              <td>{e.action}</td>
              <td>{e.actor}</td>
              <td>
                {e.outcome}
                {e.errorCode ? ` (${e.errorCode})` : ''}
              </td>
              <td>{e.entityType ? `${e.entityType} ${e.entityId ?? ''}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page?.pageInfo.hasNextPage && <button onClick={() => void load(page.pageInfo.endCursor ?? undefined)}>More</button>}
    </section>
  );
}

/** Checks a context's hash chain: any entry altered or missing is named. */
function ChainPanel() {
  const [report, setReport] = useState<VerifyAuditChainQuery['verifyAuditChain']>();
  const [error, setError] = useState<unknown>();
  const verify = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void request(VerifyAuditChainDocument, { context: String(form.get('context')), from: instant(form, 'from'), to: instant(form, 'to') }).then((d) => setReport(d.verifyAuditChain), setError);
  };
  return (
    <section className="card" data-testid="audit-chain">
      <h2>Chain verification</h2>
      <form className="row" onSubmit={verify}>
        <select name="context" aria-label="Chain context">
          {AUDITED_CONTEXTS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label>
          From <input type="datetime-local" name="from" />
        </label>
        <label>
          To <input type="datetime-local" name="to" />
        </label>
        <button type="submit">Verify</button>
      </form>
      <ErrorText error={error} />
      {report && (
        <p className={report.ok ? 'notice' : 'error'} data-testid="chain-report">
          {report.ok
            ? `Chain of ${report.context} intact: ${report.checked} entries checked.`
            : `Chain of ${report.context} broken at #${report.brokenAt?.sequence}: ${report.brokenAt?.reason} (${report.checked} checked).`}
        </p>
      )}
    </section>
  );
}

/** Jobs an admin may run now instead of waiting for their schedule. */
function JobsPanel() {
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  return (
    <section className="card">
      <h2>Jobs</h2>
      <button onClick={() => void request(AccrueHourlyProfitsDocument).then((d) => setNotice(`${d.accrueHourlyProfits} parcel-hours credited.`), setError)}>Accrue hourly profits now</button>
      {notice && <p className="notice">{notice}</p>}
      <ErrorText error={error} />
    </section>
  );
}
