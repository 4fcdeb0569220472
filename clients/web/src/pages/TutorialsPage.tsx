import { useCallback, useEffect, useState } from 'react';
import {
  CommentOnVideoDocument,
  DeleteVideoCommentDocument,
  SetVideoLikeDocument,
  VideoCategoriesDocument,
  VideoDocument,
  VideosDocument,
  ViewVideoDocument,
  type VideoCategoriesQuery,
  type VideoQuery,
  type VideosQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { currentSession } from '../api/session.ts';
import { ErrorText } from '../ErrorText.tsx';

const duration = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** Training: videos by category (`#/tutorials`), or one video's player page (`#/tutorials/<slug>`). */
export function TutorialsPage({ slug }: { slug?: string }) {
  return slug ? <Player slug={slug} /> : <Tutorials />;
}

function Tutorials() {
  const [categories, setCategories] = useState<VideoCategoriesQuery['videoCategories']>([]);
  const [category, setCategory] = useState<string>();
  const [videos, setVideos] = useState<VideosQuery['videos']['edges']>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    request(VideoCategoriesDocument).then((d) => setCategories(d.videoCategories), setError);
  }, []);
  const load = useCallback(
    (after?: string) =>
      request(VideosDocument, { categoryId: category, first: 12, after }).then((d) => {
        setVideos((v) => (after ? [...v, ...d.videos.edges] : d.videos.edges));
        setNext(d.videos.pageInfo.hasNextPage ? d.videos.pageInfo.endCursor ?? null : null);
      }, setError),
    [category],
  );
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="card tutorials">
      <h1>Tutorials</h1>
      <nav className="categories" aria-label="Categories">
        <button className={category ? '' : 'active'} onClick={() => setCategory(undefined)}>All</button>
        {categories.map((c) => (
          <button key={c.id} className={category === c.id ? 'active' : ''} onClick={() => setCategory(c.id)}>
            {c.name}
          </button>
        ))}
      </nav>
      <ErrorText error={error} />
      {!videos.length && <p>No videos yet.</p>}
      <ul className="video-list" data-testid="videos">
        {videos.map(({ node: v }) => (
          <li key={v.id}>
            <a href={`#/tutorials/${encodeURIComponent(v.slug)}`}>{v.title}</a> <small>{v.category.name} · {duration(v.durationSeconds)} · {v.viewCount} views · {v.likeCount} likes · {v.commentCount} comments</small>
          </li>
        ))}
      </ul>
      {next && <button onClick={() => void load(next)}>More</button>}
    </section>
  );
}

function Player({ slug }: { slug: string }) {
  const [data, setData] = useState<VideoQuery>();
  const [error, setError] = useState<unknown>();
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<string>();
  const me = currentSession()?.user.id;
  const load = useCallback(() => request(VideoDocument, { slug }).then(setData, setError), [slug]);
  useEffect(() => {
    void load();
  }, [load]);
  const video = data?.video;
  const videoId = video?.id;
  useEffect(() => {
    if (videoId && me) void request(ViewVideoDocument, { videoId }).catch(() => {});
  }, [videoId, me]);
  if (!data) return <ErrorText error={error} />;
  if (!video) return <section className="card"><p>This video does not exist.</p><a href="#/tutorials">← Tutorials</a></section>;
  const src = video.media?.url ?? video.externalUrl ?? undefined;
  const act = (p: Promise<unknown>) => p.then(load, setError);
  const like = async () => {
    try {
      const { setVideoLike } = await request(SetVideoLikeDocument, { videoId: video.id, liked: !video.viewerHasLiked });
      setData({ video: { ...video, ...setVideoLike } });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card player">
      <a href="#/tutorials">← Tutorials</a>
      <h1 data-testid="video-title">{video.title}</h1>
      <video controls preload="metadata" src={src} data-testid="video-player" style={{ width: '100%', maxHeight: 480, background: '#000' }} />
      <p>{video.description}</p>
      <p>
        <button onClick={() => void like()} aria-pressed={video.viewerHasLiked}>
          {video.viewerHasLiked ? 'Unlike' : 'Like'}
        </button>{' '}
        <span data-testid="like-count">{video.likeCount} likes</span> · <span data-testid="view-count">{video.viewCount} views</span>
      </p>
      <ErrorText error={error} />
      <h2>Comments ({video.commentCount})</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(request(CommentOnVideoDocument, { videoId: video.id, body, parentId: replyTo }).then(() => {
            setBody('');
            setReplyTo(undefined);
          }));
        }}
      >
        {replyTo && (
          <p>
            Replying <button type="button" onClick={() => setReplyTo(undefined)}>Cancel reply</button>
          </p>
        )}
        <textarea aria-label="Comment" rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
        <button type="submit">Post comment</button>
      </form>
      <ul className="comments" data-testid="comments">
        {video.comments.edges.map(({ node: c }) => (
          <li key={c.id}>
            <b>{c.author.username}</b> {c.body} {c.editedAt && <small>(edited)</small>}{' '}
            <button onClick={() => setReplyTo(c.id)}>Reply</button>
            {c.author.id === me && <button onClick={() => void act(request(DeleteVideoCommentDocument, { id: c.id }))}>Delete</button>}
            <ul>
              {c.replies.map((r) => (
                <li key={r.id}>
                  <b>{r.author.username}</b> {r.body}{' '}
                  {r.author.id === me && <button onClick={() => void act(request(DeleteVideoCommentDocument, { id: r.id }))}>Delete</button>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
