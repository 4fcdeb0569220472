import { useCallback, useEffect, useState } from 'react';
import { CalendarDocument, CalendarEventDocument, SetEventInteractionDocument, type CalendarEventQuery, type CalendarQuery, type EventInteractionKind } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { go } from '../route.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
const dayKey = (d: Date) => `${monthKey(d)}-${pad(d.getDate())}`;
const inZone = (iso: string, timeZone: string) => new Date(iso).toLocaleString([], { timeZone, dateStyle: 'medium', timeStyle: 'short' });

/** The calendar: a month (`#/calendar/<yyyy-mm>`), in the browser's time zone. */
export function CalendarPage({ month }: { month?: string }) {
  const [y, m] = (month && /^\d{4}-\d{2}$/.test(month) ? month : monthKey(new Date())).split('-').map(Number) as [number, number];
  const first = new Date(y, m - 1, 1);
  const next = new Date(y, m, 1);
  const [data, setData] = useState<CalendarQuery>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setData(undefined);
    request(CalendarDocument, { from: first.toISOString(), to: next.toISOString() }).then(setData, setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [y, m]);
  const byDay = new Map<string, CalendarQuery['calendar']>();
  for (const o of data?.calendar ?? []) {
    // An occurrence spanning days shows on each of its days within the month.
    for (let d = new Date(Math.max(new Date(o.startsAt).getTime(), first.getTime())); d < new Date(o.endsAt) && d < next; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
      const k = dayKey(d);
      byDay.set(k, [...(byDay.get(k) ?? []), o]);
    }
  }
  const lead = (first.getDay() + 6) % 7; // weeks start on Monday
  const days = new Date(y, m, 0).getDate();
  const cells = [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => new Date(y, m - 1, i + 1))];
  return (
    <section className="card calendar">
      <h1>Calendar</h1>
      <p>
        <button onClick={() => go('calendar', monthKey(new Date(y, m - 2, 1)))}>← Previous</button>{' '}
        <b data-testid="calendar-month">{first.toLocaleDateString([], { month: 'long', year: 'numeric' })}</b>{' '}
        <button onClick={() => go('calendar', monthKey(next))}>Next →</button>
      </p>
      <ErrorText error={error} />
      <div className="month" data-testid="month" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 4 }}>
        {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => (
          <b key={d}>{d}</b>
        ))}
        {cells.map((d, i) =>
          d ? (
            <div key={i} className="day" data-testid={`day-${dayKey(d)}`} style={{ minHeight: 70, border: '1px solid #ddd', padding: 2 }}>
              <small>{d.getDate()}</small>
              {(byDay.get(dayKey(d)) ?? []).map((o) => (
                <div key={`${o.event.id}-${o.startsAt}`}>
                  <a href={`#/event/${o.event.id}`}>{o.event.title}</a>
                </div>
              ))}
            </div>
          ) : (
            <div key={i} />
          ),
        )}
      </div>
    </section>
  );
}

const KINDS: [EventInteractionKind, string][] = [
  ['INTERESTED', 'Interested'],
  ['GOING', 'Going'],
  ['LIKE', 'Like'],
];

/** One event (`#/event/<id>`): when and where, its next occurrences, and the viewer's interactions. */
export function EventPage({ id }: { id: string }) {
  const [data, setData] = useState<CalendarEventQuery>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => {
    const from = new Date();
    return request(CalendarEventDocument, { id, from: new Date(from.getTime() - 86_400_000).toISOString(), to: new Date(from.getTime() + 90 * 86_400_000).toISOString() }).then(setData, setError);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!data) return <ErrorText error={error} />;
  const e = data.calendarEvent;
  if (!e) return <section className="card"><p>This event does not exist.</p><a href="#/calendar">← Calendar</a></section>;
  const toggle = async (kind: EventInteractionKind) => {
    try {
      const { setEventInteraction } = await request(SetEventInteractionDocument, { eventId: id, kind, active: !e.viewerInteractions.includes(kind) });
      setData({ calendarEvent: { ...e, ...setEventInteraction } });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card event">
      <a href={`#/calendar/${monthKey(new Date(e.startsAt))}`}>← Calendar</a>
      <h1 data-testid="event-title">{e.title}</h1>
      <p>
        {inZone(e.startsAt, e.timeZone)} – {inZone(e.endsAt, e.timeZone)} <small>({e.timeZone})</small>
        {e.recurrence && (
          <>
            {' '}
            · repeats {e.recurrence.frequency.toLowerCase()}
            {e.recurrence.interval > 1 ? ` every ${e.recurrence.interval}` : ''}
          </>
        )}
      </p>
      {e.location && (
        <p>
          {e.location.name ?? 'On the map'} ({e.location.latitude.toFixed(4)}, {e.location.longitude.toFixed(4)})
        </p>
      )}
      <p>{e.description}</p>
      <p data-testid="event-counts">
        {e.goingCount} going · {e.interestedCount} interested · {e.likeCount} likes
      </p>
      <p>
        {KINDS.map(([kind, label]) => (
          <button key={kind} aria-pressed={e.viewerInteractions.includes(kind)} onClick={() => void toggle(kind)} style={{ fontWeight: e.viewerInteractions.includes(kind) ? 'bold' : undefined }}>
            {e.viewerInteractions.includes(kind) ? `✓ ${label}` : label}
          </button>
        ))}
      </p>
      <ErrorText error={error} />
      {(data.calendarEvent?.occurrences.length ?? 0) > 1 && (
        <>
          <h2>Next occurrences</h2>
          <ul>
            {data.calendarEvent!.occurrences.slice(0, 10).map((o) => (
              <li key={o.startsAt}>{inZone(o.startsAt, e.timeZone)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
