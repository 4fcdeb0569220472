import { useCallback, useEffect, useState } from 'react';
import {
  AssignTicketDocument,
  DecideReportDocument,
  ReportQueueDocument,
  RespondToTicketDocument,
  SetTicketPriorityDocument,
  SetTicketStatusDocument,
  StaffTicketDocument,
  SupportQueueDocument,
  type LimitationKind,
  type ReportOutcome,
  type ReportQueueQuery,
  type StaffTicketQuery,
  type SupportQueueQuery,
  type TicketPriority,
  type TicketStatus,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { useSession } from '../useSession.ts';
import { STAFF_WORDS, TicketThread } from '../support/TicketThread.tsx';

const PRIORITIES: TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const STATUSES: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_USER', 'RESOLVED', 'CLOSED'];
const when = (iso: string) => new Date(iso).toLocaleString();

/** Staff console (support and admin roles): the ticket queue with SLA, a ticket (`id`), and reports. */
export function SupportConsolePage({ id }: { id?: string }) {
  return (
    <section className="card support-console">
      <h1>Support console</h1>
      <nav>
        <a href="#/support">Tickets</a> · <a href="#/support/reports">Reports</a>
      </nav>
      {id === 'reports' ? <Reports /> : id ? <StaffTicket id={id} /> : <Queue />}
    </section>
  );
}

function Queue() {
  const [data, setData] = useState<SupportQueueQuery>();
  const [error, setError] = useState<unknown>();
  const [mine, setMine] = useState(false);
  useEffect(() => {
    request(SupportQueueDocument, { first: 50, assignedToMe: mine }).then(setData, setError);
  }, [mine]);
  return (
    <>
      <label>
        <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Assigned to me
      </label>
      <table data-testid="support-queue">
        <thead>
          <tr>
            <th>Subject</th>
            <th>From</th>
            <th>Priority</th>
            <th>Status</th>
            <th>First response due</th>
            <th>Resolution due</th>
            <th>Assignee</th>
          </tr>
        </thead>
        <tbody>
          {data?.supportQueue.edges.map(({ node: t }) => (
            <tr key={t.id} className={t.sla.firstResponseBreached || t.sla.resolutionBreached ? 'breached' : undefined}>
              <td>
                <a href={`#/support/${t.id}`}>{t.subject}</a>
              </td>
              <td>{t.author.username}</td>
              <td>{t.priority.toLowerCase()}</td>
              <td>{t.status.toLowerCase()}</td>
              <td>
                {when(t.sla.firstResponseDueAt)} {t.sla.firstResponseBreached && <b className="sla-breached">late</b>}
              </td>
              <td>
                {when(t.sla.resolutionDueAt)} {t.sla.resolutionBreached && <b className="sla-breached">late</b>}
              </td>
              <td>{t.assignee?.username ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && !data.supportQueue.edges.length && <p>Nothing waiting.</p>}
      <ErrorText error={error} />
    </>
  );
}

function StaffTicket({ id }: { id: string }) {
  const session = useSession();
  const [data, setData] = useState<StaffTicketQuery>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(StaffTicketDocument, { id }).then(setData, setError), [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = (p: Promise<unknown>) => p.then(load, setError);
  if (!data) return <ErrorText error={error} />;
  const t = data.ticket;
  return (
    <div>
      <p data-testid="ticket-sla">
        First response due {when(t.sla.firstResponseDueAt)}
        {t.sla.firstResponseBreached ? ' (missed)' : ''} · resolution due {when(t.sla.resolutionDueAt)}
        {t.sla.resolutionBreached ? ' (missed)' : ''}
      </p>
      <p>
        Assigned to {t.assignee?.username ?? 'nobody'}{' '}
        {t.assignee?.id !== session?.user.id && <button onClick={() => void act(request(AssignTicketDocument, { id, assigneeId: session!.user.id }))}>Assign to me</button>}{' '}
        <label>
          Priority{' '}
          <select aria-label="Priority" value={t.priority} onChange={(e) => void act(request(SetTicketPriorityDocument, { id, priority: e.target.value as TicketPriority }))}>
            {PRIORITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          Status{' '}
          <select aria-label="Status" value={t.status} onChange={(e) => void act(request(SetTicketStatusDocument, { id, status: e.target.value as TicketStatus }))}>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </p>
      <TicketThread ticket={t} words={STAFF_WORDS} onRespond={(body) => act(request(RespondToTicketDocument, { ticketId: id, body }))} />
      <ErrorText error={error} />
    </div>
  );
}

function Reports() {
  const [data, setData] = useState<ReportQueueQuery>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(ReportQueueDocument, { status: 'OPEN', first: 50 }).then(setData, setError), []);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <ul className="report-queue" data-testid="report-queue">
        {data?.reportQueue.edges.map(({ node: r }) => (
          <li key={r.id}>
            <Decide report={r} onDone={() => void load()} onError={setError} />
          </li>
        ))}
      </ul>
      {data && !data.reportQueue.edges.length && <p>No open reports.</p>}
      <ErrorText error={error} />
    </>
  );
}

type ReportRow = ReportQueueQuery['reportQueue']['edges'][number]['node'];

function Decide({ report: r, onDone, onError }: { report: ReportRow; onDone: () => void; onError: (e: unknown) => void }) {
  const [note, setNote] = useState('');
  const [userId, setUserId] = useState(r.targetType === 'USER' ? r.targetId : '');
  const [limitation, setLimitation] = useState<LimitationKind>('CANNOT_CHAT');
  const [days, setDays] = useState(7);
  const decide = (outcome: ReportOutcome) =>
    request(DecideReportDocument, {
      input: {
        reportId: r.id,
        outcome,
        note: note || null,
        userId: outcome === 'DISMISSED' ? null : userId || null,
        ...(outcome === 'LIMITED' && { limitation, until: new Date(Date.now() + days * 86_400_000).toISOString() }),
      },
    }).then(onDone, onError);
  return (
    <div data-testid={`report-${r.targetType.toLowerCase()}-${r.targetId}`}>
      <b>
        {r.targetType.toLowerCase()} {r.targetId}
      </b>{' '}
      reported by {r.reporterCount} {r.reporterCount === 1 ? 'user' : 'users'}
      <ul>
        {r.reasons.map((x) => (
          <li key={x.reporter.id}>
            {x.reporter.username}: {x.reason}
          </li>
        ))}
      </ul>
      <input aria-label="Note" placeholder="Note" value={note} onChange={(e) => setNote(e.target.value)} />
      {r.targetType !== 'USER' && <input aria-label="User responsible" placeholder="User id responsible" value={userId} onChange={(e) => setUserId(e.target.value)} />}
      <button onClick={() => void decide('DISMISSED')}>Dismiss</button> <button onClick={() => void decide('WARNED')}>Warn</button>{' '}
      <select aria-label="Limitation" value={limitation} onChange={(e) => setLimitation(e.target.value as LimitationKind)}>
        <option value="CANNOT_CHAT">cannot chat</option>
        <option value="CANNOT_TRADE">cannot trade</option>
      </select>{' '}
      <input aria-label="Days" type="number" min={1} value={days} onChange={(e) => setDays(Number(e.target.value))} /> days{' '}
      <button onClick={() => void decide('LIMITED')}>Limit</button>
    </div>
  );
}
