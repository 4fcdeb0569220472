import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { FeatureDynastyDocument, FoundDynastyDocument, SendJoinRequestDocument, type FeatureDynastyQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { go } from '../route.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The dynasty seated on a parcel: a link and a request to join; or, on one's own parcel, founding one. */
export function ParcelDynasty({ featureId, mine }: { featureId: string; mine: boolean }) {
  const [data, setData] = useState<FeatureDynastyQuery>();
  const [error, setError] = useState<{ error: unknown; action?: string }>();
  const [notice, setNotice] = useState<string>();
  const load = useCallback(() => request(FeatureDynastyDocument, { featureId }).then(setData, (e) => setError({ error: e })), [featureId]);
  useEffect(() => {
    void load();
  }, [load, mine]);
  if (!data?.feature) return null;
  const dynasty = data.feature.dynasty;
  const inOne = !!data.me.dynasty;

  const found = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
    try {
      const { foundDynasty } = await request(FoundDynastyDocument, { input: { featureId, name } });
      go('dynasty', foundDynasty.id);
    } catch (err) {
      setError({ error: err, action: 'found' });
    }
  };
  const join = async () => {
    setError(undefined);
    try {
      await request(SendJoinRequestDocument, { input: { dynastyId: dynasty!.id, kind: 'join' } });
      setNotice(`Request sent to ${dynasty!.head.username}.`);
    } catch (err) {
      setError({ error: err, action: 'join' });
    }
  };
  return (
    <div className="parcel-dynasty" data-testid="parcel-dynasty">
      <h2>Dynasty</h2>
      {notice && <p className="notice">{notice}</p>}
      <ErrorText error={error?.error} action={error?.action} />
      {dynasty ? (
        <p>
          Seat of <a href={`#/dynasty/${dynasty.id}`} data-testid="seat-of">{dynasty.name}</a>, headed by {dynasty.head.username} ({dynasty.memberCount} of {dynasty.memberLimit} members).{' '}
          {!inOne && (
            <button onClick={join} data-testid="request-join">
              Request to join
            </button>
          )}
        </p>
      ) : mine && !inOne ? (
        <form className="row" onSubmit={found}>
          <label>
            Dynasty name <input name="name" required minLength={2} maxLength={80} data-testid="dynasty-name-input" />
          </label>{' '}
          <button type="submit" data-testid="found-dynasty">
            Found a dynasty here
          </button>
        </form>
      ) : (
        <p className="hint">No dynasty is seated here.</p>
      )}
    </div>
  );
}
