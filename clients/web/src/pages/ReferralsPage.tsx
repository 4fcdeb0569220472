import { useCallback, useEffect, useState } from 'react';
import { ClaimReferralDocument, MyReferralsDocument, type MyReferralsQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The signed-in user's referral code, who they brought in and what it earned; claim a friend's code once. */
export function ReferralsPage() {
  const [data, setData] = useState<MyReferralsQuery['myReferrals']>();
  const [error, setError] = useState<unknown>();
  const [code, setCode] = useState('');
  const load = useCallback(() => request(MyReferralsDocument).then((d) => setData(d.myReferrals), setError), []);
  useEffect(() => void load(), [load]);
  const claim = async () => {
    setError(undefined);
    try {
      await request(ClaimReferralDocument, { code });
      setCode('');
      await load();
    } catch (e) {
      setError(e);
    }
  };
  if (!data) return error ? <ErrorText error={error} /> : <p>Loading…</p>;
  return (
    <section className="card">
      <h1>Referrals</h1>
      <p>
        Your code: <strong data-testid="referral-code">{data.code}</strong>. A friend who enters it right after signing up earns you a reward on their first payment.
      </p>
      {data.referredBy ? (
        <p>You were referred by {data.referredBy.username}.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void claim();
          }}
        >
          <label>
            A friend's code <input value={code} onChange={(e) => setCode(e.target.value)} data-testid="referral-claim-code" />
          </label>{' '}
          <button type="submit">Use it</button>
        </form>
      )}
      <ErrorText error={error} />
      <h2>People you referred</h2>
      <table>
        <thead>
          <tr>
            <th>Who</th>
            <th>Since</th>
            <th>Reward</th>
          </tr>
        </thead>
        <tbody>
          {data.referrals.map((r) => (
            <tr key={r.referred.id}>
              <td>{r.referred.username}</td>
              <td>{new Date(r.createdAt).toLocaleDateString()}</td>
              <td>{r.rewardedAt ? `${r.rewardAmount} ${r.rewardAsset}` : 'after their first payment'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
