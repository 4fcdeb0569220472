import { useCallback, useEffect, useState } from 'react';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument, NotificationAddedDocument, NotificationsDocument, type NotificationsQuery } from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The signed-in user's notifications, newest first, live; reading them updates the badge. */
export function NotificationsPage({ onRead }: { onRead(unread: number): void }) {
  const [list, setList] = useState<NotificationsQuery['notifications']>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(
    () =>
      request(NotificationsDocument, { first: 50 }).then((d) => {
        setList(d.notifications);
        onRead(d.notifications.unreadCount);
      }, setError),
    [onRead],
  );
  useEffect(() => {
    void load();
    return subscribe(NotificationAddedDocument, {}, () => void load());
  }, [load]);
  const run = (p: Promise<unknown>) => p.then(load, setError);
  if (!list) return error ? <ErrorText error={error} /> : <p>Loading…</p>;
  return (
    <section className="card">
      <h1>Notifications</h1>
      <ErrorText error={error} />
      {list.unreadCount > 0 && <button onClick={() => run(request(MarkAllNotificationsReadDocument))}>Mark all read</button>}
      <ul className="notifications" data-testid="notifications">
        {list.edges.length === 0 && <li>Nothing yet.</li>}
        {list.edges.map(({ node: n }) => (
          <li key={n.id} className={n.read ? 'read' : 'unread'}>
            <strong>{n.title}</strong> <span className="when">{new Date(n.createdAt).toLocaleString()}</span>
            <p>{n.body}</p>
            {!n.read && <button onClick={() => run(request(MarkNotificationReadDocument, { id: n.id }))}>Mark read</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
