import { useRef, useState } from 'react';
import type { MediaFileFragment, MediaPurpose } from '@worldgraph/sdk';
import { uploadFile } from '../api/upload.ts';
import { ErrorText } from '../ErrorText.tsx';

/** A file picker that uploads what is picked, with a progress bar, and hands over the stored file. */
export function UploadButton({ purpose, label, accept = 'image/*', onUploaded }: { purpose: MediaPurpose; label: string; accept?: string; onUploaded: (media: MediaFileFragment) => Promise<void> | void }) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<unknown>();
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setProgress(0);
    try {
      await onUploaded(await uploadFile(file, purpose, setProgress));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(undefined);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="upload">
      <label className="button">
        {label}
        <input ref={input} type="file" accept={accept} hidden data-testid={`upload-${purpose.toLowerCase()}`} disabled={progress !== undefined} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {progress !== undefined && <progress data-testid="upload-progress" max={1} value={progress} />}
      <ErrorText error={error} action="upload" />
    </div>
  );
}
