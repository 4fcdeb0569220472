import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { MyKycDocument, SubmitKycDocument, type MediaFileFragment, type MyKycQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { UploadButton } from '../media/UploadButton.tsx';

const STATUS_TEXT = {
  none: 'Not verified yet.',
  pending: 'Submitted: waiting for review.',
  verified: 'Verified.',
  rejected: 'Rejected.',
} as const;

/** Identity verification (KYC): the status, why it was rejected, and the form with the documents. */
export function KycPage() {
  const [data, setData] = useState<MyKycQuery>();
  const [documents, setDocuments] = useState<MediaFileFragment[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(MyKycDocument).then(setData, setError), []);
  useEffect(() => void load(), [load]);
  if (!data) return <ErrorText error={error} />;
  const status = data.me.kycStatus ?? 'none';
  const submission = data.myKycSubmission;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    try {
      await request(SubmitKycDocument, {
        input: { legalName: value('legalName'), birthDate: value('birthDate'), documentNumber: value('documentNumber'), documentCountry: value('documentCountry'), documentIds: documents.map((d) => d.id) },
      });
      setDocuments([]);
      setError(undefined);
      await load();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" data-testid="kyc">
      <h1>Identity verification</h1>
      <p>
        Status: <strong data-testid="kyc-status">{status}</strong> — {STATUS_TEXT[status]}
      </p>
      {status === 'rejected' && submission?.rejectionReason && (
        <p className="error" data-testid="kyc-rejection">
          Reason: {submission.rejectionReason}
        </p>
      )}
      {status === 'verified' && <p className="notice">Transfers and withdrawals above the limits are open to you.</p>}
      {(status === 'none' || status === 'rejected') && (
        <form onSubmit={submit}>
          <label>
            Legal name, as on the document <input name="legalName" required maxLength={200} />
          </label>
          <label>
            Birth date <input name="birthDate" type="date" required />
          </label>
          <label>
            National id or document number <input name="documentNumber" required maxLength={64} />
          </label>
          <label>
            Issuing country (two letters, e.g. DE) <input name="documentCountry" required maxLength={2} />
          </label>
          <UploadButton purpose="KYC" label="Add a document (image or PDF)" accept="image/*,application/pdf" onUploaded={(m) => setDocuments((list) => [...list, m])} />
          <ul data-testid="kyc-documents">
            {documents.map((d) => (
              <li key={d.id}>
                {d.filename} <button type="button" onClick={() => setDocuments((list) => list.filter((x) => x.id !== d.id))}>Remove</button>
              </li>
            ))}
          </ul>
          <button type="submit" disabled={!documents.length}>
            Submit for review
          </button>
        </form>
      )}
      <ErrorText error={error} />
    </section>
  );
}
