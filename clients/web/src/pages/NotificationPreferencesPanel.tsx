import { useEffect, useState } from 'react';
import {
  NotificationPreferencesDocument,
  UpdateNotificationPreferencesDocument,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferencesQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

type Preference = NotificationPreferencesQuery['notificationPreferences'][number];
const CHANNELS: [NotificationChannel, string][] = [
  ['in_app', 'In the app'],
  ['email', 'Email'],
  ['sms', 'SMS'],
];
const label = (kind: string) => kind.replace(/_/g, ' ');

/** Which kinds of notification reach the user where: one checkbox per kind and channel; security kinds fixed on. */
export function NotificationPreferencesPanel() {
  const [prefs, setPrefs] = useState<Preference[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => void request(NotificationPreferencesDocument).then((d) => setPrefs(d.notificationPreferences), setError), []);
  const toggle = async (kind: NotificationKind, channel: NotificationChannel, enabled: boolean) => {
    setError(undefined);
    try {
      setPrefs((await request(UpdateNotificationPreferencesDocument, { input: [{ kind, channel, enabled }] })).updateNotificationPreferences);
    } catch (e) {
      setError(e);
    }
  };
  const kinds = [...new Set(prefs.map((p) => p.kind))];
  return (
    <section className="card" data-testid="notification-preferences">
      <h2>Notifications</h2>
      <table>
        <thead>
          <tr>
            <th>About</th>
            {CHANNELS.map(([, name]) => <th key={name}>{name}</th>)}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <td>{label(kind)}</td>
              {CHANNELS.map(([channel, name]) => {
                const p = prefs.find((x) => x.kind === kind && x.channel === channel);
                return (
                  <td key={channel}>
                    {p && (
                      <input
                        type="checkbox"
                        aria-label={`${label(kind)} by ${name}`}
                        checked={p.enabled}
                        disabled={p.mandatory}
                        title={p.mandatory ? 'For your account security: always sent' : undefined}
                        onChange={(e) => void toggle(kind, channel, e.target.checked)}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorText error={error} />
    </section>
  );
}
