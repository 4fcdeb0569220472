import { useCallback, useEffect, useState } from 'react';
import { SystemHealthDocument, type SystemHealthQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

type Health = SystemHealthQuery['systemHealth'];
type Check = { name: string; status: 'UP' | 'DOWN'; latencyMs: number; error?: string | null };

const cell = (check: Check) => (
  <span className={check.status === 'UP' ? 'up' : 'down'} title={check.error ?? undefined}>
    {check.status === 'UP' ? 'up' : 'down'} · {check.latencyMs} ms
  </span>
);

/** Every subgraph's and datastore's readiness with latencies (GodValley's HealthCheck), refreshed on demand. */
export function SystemHealthPanel() {
  const [health, setHealth] = useState<Health>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => {
    request(SystemHealthDocument).then((d) => {
      setHealth(d.systemHealth);
      setError(undefined);
    }, setError);
  }, []);
  useEffect(load, [load]);
  return (
    <section className="card health" data-testid="system-health">
      <h2>System health</h2>
      <ErrorText error={error} action="Reading the system's health" />
      {health && (
        <>
          <p data-testid="system-status" className={health.status === 'OK' ? 'notice' : 'error'}>
            {health.status === 'OK' ? 'All systems up' : `Degraded: ${health.degraded.join(', ')}`} (checked in {health.latencyMs} ms at {new Date(health.checkedAt).toLocaleTimeString()})
          </p>
          <table>
            <thead>
              <tr>
                <th>Part</th>
                <th>Readiness</th>
                <th>Datastores</th>
              </tr>
            </thead>
            <tbody>
              <tr data-testid="health-router">
                <td>router</td>
                <td>up</td>
                <td>{health.router.map((c) => <span key={c.name}>{c.name}: {cell(c)} </span>)}</td>
              </tr>
              {health.subgraphs.map((s) => (
                <tr key={s.name} data-testid={`health-${s.name}`}>
                  <td>{s.name}</td>
                  <td>{cell(s)}</td>
                  <td>
                    {s.datastores.map((c) => (
                      <span key={c.name}>
                        {c.name}: {cell(c)}{' '}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button onClick={load}>Check again</button>
    </section>
  );
}
