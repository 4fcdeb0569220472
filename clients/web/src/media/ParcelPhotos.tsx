import { useCallback, useEffect, useState } from 'react';
import { AttachMediaDocument, DetachMediaDocument, FeaturePhotosDocument, type MediaFileFragment } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { UploadButton } from './UploadButton.tsx';

/** A parcel's pictures; its owner adds and removes them. */
export function ParcelPhotos({ id, mine }: { id: string; mine: boolean }) {
  const [photos, setPhotos] = useState<MediaFileFragment[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => setPhotos((await request(FeaturePhotosDocument, { id })).feature?.photos ?? []), [id]);
  useEffect(() => {
    load().catch(setError);
  }, [load]);
  const target = { type: 'FEATURE' as const, id };
  const remove = (m: MediaFileFragment) => request(DetachMediaDocument, { mediaId: m.id, target }).then(load, setError);
  if (!photos.length && !mine) return null;
  return (
    <div className="photos">
      <h2>Pictures</h2>
      <ul className="gallery" data-testid="parcel-photos">
        {photos.map((m) => (
          <li key={m.id}>
            <a href={m.displayUrl ?? m.url} target="_blank" rel="noreferrer">
              <img src={m.thumbnailUrl ?? m.url} alt={m.filename} width={128} height={128} />
            </a>
            {mine && <button onClick={() => void remove(m)}>Remove</button>}
          </li>
        ))}
      </ul>
      {mine && <UploadButton purpose="FEATURE_IMAGE" label="Add a picture" onUploaded={async (m) => (await request(AttachMediaDocument, { mediaId: m.id, target }), await load())} />}
      <ErrorText error={error} />
    </div>
  );
}
