import { useCallback, useEffect, useState } from 'react';
import { AttachMediaDocument, DeleteMediaDocument, MyMediaDocument, type MyMediaQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { UploadButton } from '../media/UploadButton.tsx';
import { useSession } from '../useSession.ts';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`);

/** The signed-in user's avatar, files and quota. */
export function FilesPage() {
  const session = useSession();
  const [data, setData] = useState<MyMediaQuery>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => setData(await request(MyMediaDocument)), []);
  useEffect(() => {
    load().catch(setError);
  }, [load]);
  if (!data?.me) return <ErrorText error={error} />;
  const avatar = data.me.avatar;
  return (
    <section className="card files">
      <h1>Your picture and files</h1>
      <div className="avatar">
        {avatar ? <img data-testid="avatar" src={avatar.thumbnailUrl ?? avatar.url} alt="Your picture" width={96} height={96} /> : <p>No picture yet.</p>}
        <UploadButton
          purpose="AVATAR"
          label={avatar ? 'Change your picture' : 'Add a picture'}
          onUploaded={async (m) => (await request(AttachMediaDocument, { mediaId: m.id, target: { type: 'USER_AVATAR', id: session!.user.id } }), await load())}
        />
      </div>
      <p data-testid="quota">
        Using {size(data.myMediaQuota.usedBytes)} of {size(data.myMediaQuota.limitBytes)}.
      </p>
      <ul className="file-list">
        {data.me.media.map((m) => (
          <li key={m.id}>
            <a href={m.url} target="_blank" rel="noreferrer">
              {m.filename}
            </a>{' '}
            {m.contentType}, {size(m.size)} <button onClick={() => void request(DeleteMediaDocument, { id: m.id }).then(load, setError)}>Delete</button>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
    </section>
  );
}
