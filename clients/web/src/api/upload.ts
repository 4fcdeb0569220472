// Files go straight to object storage in parts (signed URLs from the graph), never through the
// router: start, PUT each part with progress, complete. A dropped part is sent again from where
// the graph says the upload stands.
import { CompleteUploadDocument, StartUploadDocument, UploadStatusDocument, type MediaFileFragment, type MediaPurpose, type UploadProgressFragment } from '@worldgraph/sdk';
import { request } from './graphql.ts';

/** Hex sha256 of a file, so the server can refuse bytes that changed on the way. */
async function sha256(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** PUTs one part; XMLHttpRequest because fetch reports no upload progress. */
function putPart(url: string, body: Blob, onBytes: (sent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.upload.onprogress = (e) => onBytes(e.loaded);
    xhr.onload = () => (xhr.status === 200 ? resolve() : reject(new Error(`part refused (${xhr.status})`)));
    xhr.onerror = () => reject(new Error('the connection dropped'));
    xhr.send(body);
  });
}

/**
 * Uploads `file` for `purpose`, reporting progress from 0 to 1; a part whose connection drops is
 * retried twice from the upload's status. Refusals (type, size, quota) come as GraphErrors.
 */
export async function uploadFile(file: File, purpose: MediaPurpose, onProgress: (fraction: number) => void = () => {}): Promise<MediaFileFragment> {
  const { startUpload } = await request(StartUploadDocument, {
    input: { purpose, filename: file.name || 'file', contentType: file.type || 'application/octet-stream', size: file.size, checksum: await sha256(file) },
  });
  let upload: UploadProgressFragment = startUpload;
  const done = new Map<number, number>();
  const report = () => onProgress([...done.values()].reduce((a, b) => a + b, 0) / file.size);
  // Retrying a dropped part is what "resumable" means here: bounded, and each try asks the graph what is still missing.
  for (let attempt = 0; ; attempt++) {
    try {
      for (const part of upload.parts) {
        if (part.uploaded || !part.url) {
          done.set(part.number, part.size);
          continue;
        }
        const start = (part.number - 1) * upload.partSize;
        await putPart(part.url, file.slice(start, start + part.size), (sent) => (done.set(part.number, sent), report()));
        done.set(part.number, part.size);
        report();
      }
      break;
    } catch (error) {
      if (attempt >= 2) throw error;
      upload = (await request(UploadStatusDocument, { id: upload.id })).uploadStatus;
    }
  }
  return (await request(CompleteUploadDocument, { id: upload.id })).completeUpload;
}
