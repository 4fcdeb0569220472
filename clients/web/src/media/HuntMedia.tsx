import { useCallback, useEffect, useState } from 'react';
import { AttachMediaDocument, DetachMediaDocument, HuntMediaDocument, type MediaFileFragment } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { UploadButton } from './UploadButton.tsx';

/** A hunt's pictures and videos: its partner's members add and remove them. */
export function HuntMedia({ huntId }: { huntId: string }) {
  const [files, setFiles] = useState<MediaFileFragment[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => setFiles((await request(HuntMediaDocument, { id: huntId })).hunt?.media ?? []), [huntId]);
  useEffect(() => {
    load().catch(setError);
  }, [load]);
  const target = { type: 'HUNT' as const, id: huntId };
  return (
    <div className="photos">
      <h3>Pictures and videos</h3>
      <ul className="gallery" data-testid="hunt-media">
        {files.map((m) => (
          <li key={m.id}>
            {m.contentType.startsWith('video/') ? <video src={m.url} width={160} controls /> : <img src={m.thumbnailUrl ?? m.url} alt={m.filename} width={128} height={128} />}
            <button onClick={() => void request(DetachMediaDocument, { mediaId: m.id, target }).then(load, setError)}>Remove</button>
          </li>
        ))}
      </ul>
      <UploadButton purpose="HUNT" label="Add a picture or video" accept="image/*,video/mp4,video/webm" onUploaded={async (m) => (await request(AttachMediaDocument, { mediaId: m.id, target }), await load())} />
      <ErrorText error={error} />
    </div>
  );
}
