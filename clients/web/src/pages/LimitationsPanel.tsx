import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ImposeLimitationDocument, LiftLimitationDocument, UserLimitationsDocument, type LimitationKind, type UserLimitationFieldsFragment } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

const KINDS: LimitationKind[] = ['CANNOT_CHAT', 'CANNOT_TRADE'];

/** Admins: a user's profile limitations (in force or past), imposing one until a time, lifting one early. */
export function LimitationsPanel({ userId }: { userId: string }) {
  const [list, setList] = useState<UserLimitationFieldsFragment[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(UserLimitationsDocument, { userId }).then((d) => (setList(d.userLimitations), setError(undefined)), setError), [userId]);
  useEffect(() => void load(), [load]);
  const impose = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const until = String(form.get('until') ?? '');
    void request(ImposeLimitationDocument, { userId, kind: form.get('kind') as LimitationKind, until: until ? new Date(until).toISOString() : '', reason: String(form.get('reason') ?? '') }).then(load, setError);
  };
  const lift = (kind: LimitationKind) => void request(LiftLimitationDocument, { userId, kind }).then(load, setError);
  return (
    <div data-testid="admin-limitations">
      <h3>Limitations</h3>
      {!list.length && <p>None.</p>}
      <ul>
        {list.map((l) => (
          <li key={l.kind} data-testid={`limitation-${l.kind}`}>
            {l.kind} {l.inForce ? `until ${new Date(l.until).toLocaleString()}` : `(ended ${new Date(l.until).toLocaleString()})`} — {l.reason}{' '}
            {l.inForce && <button onClick={() => lift(l.kind)}>Lift</button>}
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={impose}>
        <select name="kind" aria-label="Limitation">
          {KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
        <label>
          Until <input type="datetime-local" name="until" required />
        </label>
        <input name="reason" placeholder="Reason" aria-label="Limitation reason" required maxLength={1000} />
        <button type="submit">Limit</button>
      </form>
      <ErrorText error={error} />
    </div>
  );
}
