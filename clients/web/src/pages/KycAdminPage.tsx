import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApproveKycDocument, KycQueueDocument, KycSubmissionReviewDocument, RejectKycDocument, type KycQueueQuery, type KycStatus, type KycSubmissionReviewQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { go } from '../route.ts';
import { ErrorText } from '../ErrorText.tsx';

type Edge = KycQueueQuery['kycSubmissions']['edges'][number];

/** Admins' KYC review: the queue (pending first), one submission with its documents, approve or reject with a reason. */
export function KycAdminPage({ id }: { id?: string }) {
  return <div className="console">{id ? <Review id={id} /> : <Queue />}</div>;
}

function Queue() {
  const [status, setStatus] = useState<KycStatus | ''>('pending');
  const [edges, setEdges] = useState<Edge[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const load = useCallback(
    (after?: string) =>
      request(KycQueueDocument, { status: status || undefined, first: 20, after }).then((d) => {
        setEdges((prev) => (after ? [...prev, ...d.kycSubmissions.edges] : d.kycSubmissions.edges));
        setNext(d.kycSubmissions.pageInfo.hasNextPage ? (d.kycSubmissions.pageInfo.endCursor ?? null) : null);
      }, setError),
    [status],
  );
  useEffect(() => void load(), [load]);
  return (
    <section className="card" data-testid="kyc-queue">
      <h1>KYC review</h1>
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value as KycStatus | '')} aria-label="Status">
          <option value="pending">pending</option>
          <option value="verified">verified</option>
          <option value="rejected">rejected</option>
          <option value="">all (pending first)</option>
        </select>
      </label>
      <ErrorText error={error} />
      <table>
        <thead>
          <tr>
            <th>Submitted</th>
            <th>User</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node: s }) => (
            <tr key={s.id} data-testid={`kyc-row-${s.user.username}`}>
              <td>{new Date(s.submittedAt).toLocaleString()}</td>
              <td>{s.user.username}</td>
              <td>{s.status}</td>
              <td>
                <button onClick={() => go('kyc-admin', s.id)}>Review</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!edges.length && <p>Nothing to review.</p>}
      {next && <button onClick={() => void load(next)}>More</button>}
    </section>
  );
}

function Review({ id }: { id: string }) {
  const [submission, setSubmission] = useState<KycSubmissionReviewQuery['kycSubmission']>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(KycSubmissionReviewDocument, { id }).then((d) => setSubmission(d.kycSubmission), setError), [id]);
  useEffect(() => void load(), [load]);
  const approve = () => request(ApproveKycDocument, { id }).then(load, setError);
  const reject = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get('reason') ?? '');
    void request(RejectKycDocument, { id, reason }).then(load, setError);
  };
  if (submission === null) return <p>No such submission.</p>;
  if (!submission) return <ErrorText error={error} />;
  return (
    <section className="card" data-testid="kyc-review">
      <p>
        <a href="#/kyc-admin">← Queue</a>
      </p>
      <h1>KYC of {submission.user.username}</h1>
      <dl>
        <dt>Status</dt>
        <dd data-testid="kyc-review-status">{submission.status}</dd>
        <dt>Legal name</dt>
        <dd>{submission.legalName}</dd>
        <dt>Birth date</dt>
        <dd>{submission.birthDate}</dd>
        <dt>Document number</dt>
        <dd>{submission.documentNumber}</dd>
        <dt>Issuing country</dt>
        <dd>{submission.documentCountry}</dd>
        <dt>Submitted</dt>
        <dd>{new Date(submission.submittedAt).toLocaleString()}</dd>
        {submission.decidedAt && (
          <>
            <dt>Decided</dt>
            <dd>
              {new Date(submission.decidedAt).toLocaleString()} by {submission.decidedBy?.username}
            </dd>
          </>
        )}
        {submission.rejectionReason && (
          <>
            <dt>Reason</dt>
            <dd>{submission.rejectionReason}</dd>
          </>
        )}
      </dl>
      <h2>Documents</h2>
      <ul className="file-list" data-testid="kyc-review-documents">
        {submission.documents.map((d, i) =>
          d ? (
            <li key={d.id}>
              {d.contentType.startsWith('image/') && d.displayUrl && <img src={d.displayUrl} alt={d.filename} style={{ maxWidth: 480 }} />}
              <a href={d.url} target="_blank" rel="noreferrer">
                {d.filename}
              </a>{' '}
              {d.contentType}
            </li>
          ) : (
            <li key={i}>A file deleted since.</li>
          ),
        )}
      </ul>
      {submission.status === 'pending' && (
        <div className="row">
          <button onClick={() => void approve()}>Approve</button>
          <form className="row" onSubmit={reject}>
            <input name="reason" placeholder="Reason for the user" aria-label="Reason" required maxLength={1000} />
            <button type="submit">Reject</button>
          </form>
        </div>
      )}
      <ErrorText error={error} />
    </section>
  );
}
