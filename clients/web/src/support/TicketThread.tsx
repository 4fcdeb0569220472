import { useState } from 'react';
import type { TicketThreadFragment } from '@worldgraph/sdk';

const when = (iso: string) => new Date(iso).toLocaleString();
/** A ticket's status in the user's words (`STAFF_WORDS` in staff's). */
export const STATUS_WORDS: Record<string, string> = {
  OPEN: 'Waiting for support',
  IN_PROGRESS: 'Support is on it',
  WAITING_ON_USER: 'Waiting for your answer',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};
export const STAFF_WORDS: Record<string, string> = { ...STATUS_WORDS, OPEN: 'Waiting for us', WAITING_ON_USER: 'Waiting for the user' };

/** A ticket's message and its thread, with a reply box (hidden on closed tickets). */
export function TicketThread({ ticket, onRespond, words = STATUS_WORDS }: { ticket: TicketThreadFragment; onRespond: (body: string) => Promise<unknown>; words?: Record<string, string> }) {
  const [body, setBody] = useState('');
  return (
    <div className="ticket-thread">
      <h2 data-testid="ticket-subject">{ticket.subject}</h2>
      <p>
        <span data-testid="ticket-status">{words[ticket.status] ?? ticket.status}</span> · {ticket.category.toLowerCase()} · {ticket.priority.toLowerCase()} priority
        {ticket.about && ` · about ${ticket.about.type.toLowerCase()} ${ticket.about.id}`}
      </p>
      <ol className="thread" data-testid="ticket-thread">
        <li>
          <b>{ticket.author.username}</b> <small>{when(ticket.createdAt)}</small>
          <p>{ticket.body}</p>
          {ticket.attachments.length > 0 && (
            <ul className="attachments" data-testid="ticket-attachments">
              {ticket.attachments.map((m) => (
                <li key={m.id}>
                  <a href={m.url} target="_blank" rel="noreferrer">
                    {m.filename}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
        {ticket.responses.map((r) => (
          <li key={r.id} className={r.fromStaff ? 'staff' : undefined}>
            <b>{r.author.username}</b> {r.fromStaff && <em>(support)</em>} <small>{when(r.createdAt)}</small>
            <p>{r.body}</p>
          </li>
        ))}
      </ol>
      {ticket.status !== 'CLOSED' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) void onRespond(body).then(() => setBody(''));
          }}
        >
          <textarea aria-label="Your answer" value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          <button type="submit">Send</button>
        </form>
      )}
    </div>
  );
}
