import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { AdminApiKeysDocument, CreateApiKeyDocument, MyApiKeysDocument, RevokeApiKeyDocument, RotateApiKeyDocument, type ApiKeySummaryFragment } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

/**
 * Integrators' API keys: the viewer's own (partner console), or everyone's (admin console, `all`).
 * A new or rotated secret is shown once, right here; the list never holds it.
 */
export function ApiKeysPanel({ all = false, roles }: { all?: boolean; roles: string[] }) {
  const [keys, setKeys] = useState<ApiKeySummaryFragment[]>([]);
  const [secret, setSecret] = useState<{ name: string; secret: string }>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(
    () => (all ? request(AdminApiKeysDocument, { first: 100 }).then((d) => d.apiKeys) : request(MyApiKeysDocument).then((d) => d.myApiKeys)).then(setKeys, setError),
    [all],
  );
  useEffect(() => void load(), [load]);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    const form = new FormData(target);
    const chosen = roles.filter((r) => form.get(`role-${r}`));
    try {
      const { createApiKey } = await request(CreateApiKeyDocument, { input: { name: String(form.get('name')), roles: chosen.length ? (chosen as never) : undefined } });
      setSecret({ name: createApiKey.apiKey.name, secret: createApiKey.secret });
      setError(undefined);
      target.reset();
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const rotate = (id: string) =>
    request(RotateApiKeyDocument, { id }).then(async ({ rotateApiKey }) => {
      setSecret({ name: rotateApiKey.apiKey.name, secret: rotateApiKey.secret });
      await load();
    }, setError);
  const revoke = (id: string) => request(RevokeApiKeyDocument, { id }).then(load, setError);
  return (
    <section className="card" data-testid="api-keys">
      <h2>API keys</h2>
      <p className="hint">Integrators send a key as the X-Api-Key header; the explorer at /graphql takes it in its Headers tab.</p>
      <ErrorText error={error} />
      {secret && (
        <p className="secret" role="status" data-testid="new-secret">
          Secret of “{secret.name}”, shown only now: <code>{secret.secret}</code> <button onClick={() => setSecret(undefined)}>I saved it</button>
        </p>
      )}
      <form onSubmit={create} className="row">
        <input name="name" placeholder="Application name" aria-label="Application name" required maxLength={64} />
        {roles.map((r) => (
          <label key={r}>
            <input type="checkbox" name={`role-${r}`} defaultChecked={r === 'user'} /> {r}
          </label>
        ))}
        <button type="submit">Create key</button>
      </form>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            {all && <th>Owner</th>}
            <th>Key</th>
            <th>Roles</th>
            <th>Last used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id} data-testid={`api-key-${k.name}`}>
              <td>{k.name}</td>
              {all && <td>{k.owner.username}</td>}
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.roles.join(', ')}</td>
              <td>{k.lastUsedAt ? new Date(k.lastUsedAt).toLocaleString() : 'never'}</td>
              <td>
                {k.revokedAt ? (
                  <span className="pill">revoked</span>
                ) : (
                  <>
                    <button onClick={() => rotate(k.id)}>Rotate</button> <button onClick={() => revoke(k.id)}>Revoke</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
