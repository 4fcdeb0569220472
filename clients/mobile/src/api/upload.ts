// A picture from the device to object storage: startUpload through the router, its parts PUT
// straight to their signed URLs, completeUpload, then attached where it belongs.
import { AttachMediaDocument, CompleteUploadDocument, StartUploadDocument, type MediaFileFragment, type MediaTargetType } from '@worldgraph/sdk';
import type { Api } from './client';

/** A file the device picked: where it is and what it says it is. */
export interface PickedFile {
  uri: string;
  name: string;
  mimeType: string;
}

/**
 * Uploads a picked picture for `target` (the user's avatar, or a parcel they own) and attaches it.
 * `fetchImpl` reads the file's bytes (React Native's fetch reads file:// URIs) and sends the parts.
 */
export async function uploadPicture(api: Pick<Api, 'request'>, file: PickedFile, target: { type: MediaTargetType; id: string }, onProgress: (fraction: number) => void = () => {}, fetchImpl: typeof fetch = fetch): Promise<MediaFileFragment> {
  const bytes = await (await fetchImpl(file.uri)).blob();
  const purpose = target.type === 'USER_AVATAR' ? 'AVATAR' : 'FEATURE_IMAGE';
  const { startUpload } = await api.request(StartUploadDocument, { input: { purpose, filename: file.name, contentType: file.mimeType, size: bytes.size } });
  let sent = 0;
  for (const part of startUpload.parts) {
    if (!part.url) continue;
    const from = (part.number - 1) * startUpload.partSize;
    const res = await fetchImpl(part.url, { method: 'PUT', body: bytes.slice(from, from + part.size) });
    if (res.status !== 200) throw new Error(`The upload was refused (${res.status}). Try again.`);
    sent += part.size;
    onProgress(sent / bytes.size);
  }
  const { completeUpload } = await api.request(CompleteUploadDocument, { id: startUpload.id });
  await api.request(AttachMediaDocument, { mediaId: completeUpload.id, target });
  return completeUpload;
}
