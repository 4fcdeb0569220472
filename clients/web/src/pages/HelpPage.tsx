import { useCallback, useEffect, useState } from 'react';
import { type MediaFileFragment, CloseTicketDocument, MyTicketsDocument, OpenTicketDocument, ReopenTicketDocument, RespondToTicketDocument, TicketDocument, type MyTicketsQuery, type TicketQuery, type TicketCategory } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { UploadButton } from '../media/UploadButton.tsx';
import { go } from '../route.ts';
import { STATUS_WORDS, TicketThread } from '../support/TicketThread.tsx';

const CATEGORIES: TicketCategory[] = ['ACCOUNT', 'PAYMENT', 'LAND', 'HUNT', 'CHAT', 'TECHNICAL', 'OTHER'];

/** Help centre: the user's tickets, a form to open one, and a ticket's thread (`id`). */
export function HelpPage({ id }: { id?: string }) {
  return id ? <MyTicket id={id} /> : <MyTickets />;
}

function MyTickets() {
  const [data, setData] = useState<MyTicketsQuery>();
  const [error, setError] = useState<unknown>();
  const [form, setForm] = useState({ subject: '', body: '', category: 'OTHER' as TicketCategory });
  const [files, setFiles] = useState<MediaFileFragment[]>([]);
  useEffect(() => {
    request(MyTicketsDocument, { first: 50 }).then(setData, setError);
  }, []);
  const open = async () => {
    setError(undefined);
    try {
      const { openTicket } = await request(OpenTicketDocument, { input: { ...form, attachmentIds: files.map((f) => f.id) } });
      go('help', openTicket.id);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card help">
      <h1>Help centre</h1>
      <form
        data-testid="open-ticket"
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <h2>Ask for help</h2>
        <input aria-label="Subject" placeholder="Subject" value={form.subject} onChange={(e) => setForm({ ...form, subject: e.target.value })} />
        <select aria-label="Category" value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value as TicketCategory })}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c.toLowerCase()}
            </option>
          ))}
        </select>
        <textarea aria-label="What happened" placeholder="What happened?" rows={4} value={form.body} onChange={(e) => setForm({ ...form, body: e.target.value })} />
        <ul className="attachments">
          {files.map((f) => (
            <li key={f.id}>{f.filename}</li>
          ))}
        </ul>
        <UploadButton purpose="ATTACHMENT" label="Attach a screenshot or PDF" accept="image/*,application/pdf" onUploaded={(m) => setFiles((fs) => [...fs, m])} />
        <button type="submit">Send to support</button>
      </form>
      <ErrorText error={error} />
      <h2>Your tickets</h2>
      {data && !data.myTickets.edges.length && <p>No tickets yet.</p>}
      <ul className="ticket-list" data-testid="my-tickets">
        {data?.myTickets.edges.map(({ node: t }) => (
          <li key={t.id}>
            <a href={`#/help/${t.id}`}>{t.subject}</a> — {STATUS_WORDS[t.status] ?? t.status} <small>{new Date(t.updatedAt).toLocaleString()}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MyTicket({ id }: { id: string }) {
  const [data, setData] = useState<TicketQuery>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(TicketDocument, { id }).then(setData, setError), [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = (p: Promise<unknown>) => p.then(load, setError);
  if (!data) return <ErrorText error={error} />;
  const t = data.ticket;
  return (
    <section className="card help">
      <a href="#/help">← Your tickets</a>
      <TicketThread ticket={t} onRespond={(body) => act(request(RespondToTicketDocument, { ticketId: id, body }))} />
      {t.status === 'CLOSED' || t.status === 'RESOLVED' ? (
        <button onClick={() => void act(request(ReopenTicketDocument, { id }))}>Reopen</button>
      ) : (
        <button onClick={() => void act(request(CloseTicketDocument, { id }))}>Close ticket</button>
      )}
      <ErrorText error={error} />
    </section>
  );
}
