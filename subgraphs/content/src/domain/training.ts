import { randomUUID } from 'node:crypto';
import { badInput, conflict, connection, decodeCursor, forbidden, isUserId, notFound, pageSize, type Runtime } from '@worldgraph/kit';
import { Prisma, type PrismaClient, type Video, type VideoCategory, type VideoComment } from '../generated/prisma/client.ts';
import { assertVideoMedia } from './media.ts';
import { emit } from './outbox.ts';

/** Who acts: a signed-in user, perhaps an admin. */
export interface Actor {
  userId: string;
  admin: boolean;
}

export interface CategoryInput {
  slug: string;
  name: string;
  description?: string | null;
  position?: number | null;
}

export interface VideoInput {
  categoryId: string;
  title: string;
  slug: string;
  description?: string | null;
  durationSeconds?: number | null;
  mediaId?: string | null;
  externalUrl?: string | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const text = (value: string | null | undefined, field: string, max: number, required = true) => {
  const v = (value ?? '').trim();
  if (required && !v) throw badInput(`${field} must not be empty`, { field });
  if (v.length > max) throw badInput(`${field} is longer than ${max} characters`, { field });
  return v;
};
const slugOf = (value: string, max: number) => {
  const v = value.trim();
  if (!SLUG.test(v) || v.length > max) throw badInput('slug must be lower-case letters, digits and dashes', { field: 'slug' });
  return v;
};
/** Keyset cursor of a time-ordered list: milliseconds and id. */
export const timeKey = (at: Date, id: string) => `${at.getTime()}:${id}`;
export const parseTimeKey = (cursor: string) => {
  const [ms, id] = decodeCursor(cursor, /^\d{1,15}:[0-9a-f-]{36}$/).split(':') as [string, string];
  return { at: new Date(Number(ms)), id };
};
const isUnique = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
/** The UTC day of an instant, as Postgres' DATE. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** Training: categories and videos (admin), comments, likes and views (users). */
export class Training {
  constructor(
    private readonly db: PrismaClient,
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
  ) {}

  categories(): Promise<VideoCategory[]> {
    return this.db.videoCategory.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] });
  }

  categoriesByIds(ids: readonly string[]) {
    return this.db.videoCategory.findMany({ where: { id: { in: [...ids] } } });
  }

  async saveCategory(actor: Actor, id: string | null, input: CategoryInput): Promise<VideoCategory> {
    const data = {
      slug: slugOf(input.slug, 80),
      name: text(input.name, 'name', 120),
      description: text(input.description, 'description', 2000, false),
      position: input.position ?? 0,
    };
    try {
      return await this.db.$transaction(async (tx) => {
        if (id && !(isUserId(id) && (await tx.videoCategory.findUnique({ where: { id } })))) throw notFound('Video category');
        const category = id
          ? await tx.videoCategory.update({ where: { id }, data: { ...data, updatedAt: new Date() } })
          : await tx.videoCategory.create({ data: { id: randomUUID(), ...data } });
        await emit(tx, { type: 'VideoCategorySaved', categoryId: category.id, slug: category.slug, name: category.name, created: !id, by: actor.userId });
        return category;
      });
    } catch (err) {
      if (isUnique(err)) throw conflict(`A category with slug "${data.slug}" exists`);
      throw err;
    }
  }

  /** Videos newest first; drafts only for admins who ask. */
  async list(actor: Actor | null, args: { categoryId?: string | null; categorySlug?: string | null; includeDrafts?: boolean | null; first?: number | null; after?: string | null }) {
    if (args.includeDrafts && !actor?.admin) throw forbidden('Only admins see drafts');
    const size = pageSize(args.first, { fallback: 20, max: 100 });
    const cursor = args.after ? parseTimeKey(args.after) : null;
    let categoryId = args.categoryId ?? undefined;
    if (categoryId && !isUserId(categoryId)) return connection([], size, () => '');
    if (args.categorySlug) {
      const category = await this.db.videoCategory.findUnique({ where: { slug: args.categorySlug } });
      if (!category) return connection([], size, () => '');
      categoryId = category.id;
    }
    const rows = await this.db.video.findMany({
      where: {
        ...(categoryId && { categoryId }),
        ...(!args.includeDrafts && { status: 'PUBLISHED' }),
        ...(cursor && { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] }),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: size + 1,
    });
    return connection(rows, size, (v) => timeKey(v.createdAt, v.id));
  }

  async bySlug(actor: Actor | null, slug: string): Promise<Video | null> {
    const video = await this.db.video.findUnique({ where: { slug } });
    return video && (video.status === 'PUBLISHED' || actor?.admin) ? video : null;
  }

  /** A video the actor may act on: published (admins: any). */
  private async visible(actor: Actor | null, id: string, db: Prisma.TransactionClient = this.db): Promise<Video> {
    const video = isUserId(id) ? await db.video.findUnique({ where: { id } }) : null;
    if (!video || (video.status !== 'PUBLISHED' && !actor?.admin)) throw notFound('Video');
    return video;
  }

  async byId(actor: Actor | null, id: string) {
    return this.visible(actor, id);
  }

  private async videoData(input: VideoInput, requestId?: string) {
    const mediaId = input.mediaId?.trim() || null;
    const externalUrl = input.externalUrl?.trim() || null;
    if (!!mediaId === !!externalUrl) throw badInput('Give exactly one of mediaId and externalUrl', { field: 'mediaId' });
    if (mediaId && !isUserId(mediaId)) throw badInput('mediaId is not a media id', { field: 'mediaId' });
    if (mediaId) await assertVideoMedia(this.runtime, mediaId, requestId);
    if (externalUrl) {
      let url: URL | null = null;
      try {
        url = new URL(externalUrl);
      } catch {
        /* below */
      }
      if (!url || !['http:', 'https:'].includes(url.protocol) || externalUrl.length > 2000) throw badInput('externalUrl must be an http(s) address', { field: 'externalUrl' });
    }
    const duration = input.durationSeconds ?? 0;
    if (!Number.isInteger(duration) || duration < 0 || duration > 86_400 * 2) throw badInput('durationSeconds must be between 0 and 172800', { field: 'durationSeconds' });
    if (!isUserId(input.categoryId) || !(await this.db.videoCategory.findUnique({ where: { id: input.categoryId } }))) throw badInput('No such category', { field: 'categoryId' });
    return {
      categoryId: input.categoryId,
      title: text(input.title, 'title', 200),
      slug: slugOf(input.slug, 120),
      description: text(input.description, 'description', 10_000, false),
      durationSeconds: duration,
      mediaId,
      externalUrl,
    };
  }

  async saveVideo(actor: Actor, id: string | null, input: VideoInput, requestId?: string): Promise<Video> {
    const data = await this.videoData(input, requestId);
    try {
      return await this.db.$transaction(async (tx) => {
        if (id) await this.visible(actor, id, tx);
        const video = id
          ? await tx.video.update({ where: { id }, data: { ...data, updatedAt: new Date() } })
          : await tx.video.create({ data: { id: randomUUID(), ...data } });
        await emit(tx, { type: 'VideoSaved', videoId: video.id, slug: video.slug, title: video.title, created: !id, by: actor.userId });
        return video;
      });
    } catch (err) {
      if (isUnique(err)) throw conflict(`A video with slug "${data.slug}" exists`);
      throw err;
    }
  }

  async setPublished(actor: Actor, id: string, published: boolean): Promise<Video> {
    return this.db.$transaction(async (tx) => {
      const video = await this.visible(actor, id, tx);
      const status = published ? 'PUBLISHED' : 'DRAFT';
      if (video.status === status) return video;
      const saved = await tx.video.update({ where: { id }, data: { status, publishedAt: published ? new Date() : video.publishedAt, updatedAt: new Date() } });
      await emit(tx, { type: published ? 'VideoPublished' : 'VideoUnpublished', videoId: id, slug: video.slug, title: video.title, by: actor.userId });
      return saved;
    });
  }

  /**
   * Likes or unlikes: the like row and the counter change in one statement (a repeat changes
   * neither), so concurrent likes count exactly.
   */
  async setLike(actor: Actor, videoId: string, liked: boolean): Promise<Video> {
    await this.visible(actor, videoId);
    if (liked) {
      await this.db.$executeRaw`
        WITH added AS (
          INSERT INTO video_likes (video_id, user_id) VALUES (${videoId}::uuid, ${actor.userId}::uuid)
          ON CONFLICT DO NOTHING RETURNING 1
        )
        UPDATE videos SET like_count = like_count + (SELECT count(*) FROM added) WHERE id = ${videoId}::uuid AND EXISTS (SELECT 1 FROM added)`;
    } else {
      await this.db.$executeRaw`
        WITH removed AS (
          DELETE FROM video_likes WHERE video_id = ${videoId}::uuid AND user_id = ${actor.userId}::uuid RETURNING 1
        )
        UPDATE videos SET like_count = like_count - (SELECT count(*) FROM removed) WHERE id = ${videoId}::uuid AND EXISTS (SELECT 1 FROM removed)`;
    }
    return this.visible(actor, videoId);
  }

  /**
   * A view, counted once per user and UTC day: the (video, user, day) row and the counter change
   * in one statement, and the video row is only written for the day's first view.
   */
  async view(actor: Actor, videoId: string, now = new Date()): Promise<Video> {
    await this.visible(actor, videoId);
    await this.db.$executeRaw`
      WITH added AS (
        INSERT INTO video_views (video_id, user_id, day) VALUES (${videoId}::uuid, ${actor.userId}::uuid, ${utcDay(now)}::date)
        ON CONFLICT DO NOTHING RETURNING 1
      )
      UPDATE videos SET view_count = view_count + 1 WHERE id = ${videoId}::uuid AND EXISTS (SELECT 1 FROM added)`;
    return this.visible(actor, videoId);
  }

  /** Which of `videoIds` the user likes (one query for a page: a DataLoader batches it). */
  likedBy(userId: string, videoIds: readonly string[]) {
    return this.db.videoLike.findMany({ where: { userId, videoId: { in: [...videoIds] } } });
  }

  async comments(videoId: string, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first, { fallback: 20, max: 100 });
    const cursor = after ? parseTimeKey(after) : null;
    const rows = await this.db.videoComment.findMany({
      where: { videoId, parentId: null, ...(cursor && { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] }) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: size + 1,
    });
    return connection(rows, size, (c) => timeKey(c.createdAt, c.id));
  }

  repliesOf(parentIds: readonly string[]) {
    return this.db.videoComment.findMany({ where: { parentId: { in: [...parentIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  async comment(actor: Actor, videoId: string, body: string, parentId?: string | null): Promise<VideoComment> {
    const text_ = text(body, 'body', 4000);
    await this.visible(actor, videoId);
    return this.db.$transaction(async (tx) => {
      if (parentId) {
        const parent = isUserId(parentId) ? await tx.videoComment.findUnique({ where: { id: parentId } }) : null;
        if (!parent || parent.videoId !== videoId) throw notFound('Comment');
        if (parent.parentId) throw badInput('Replies are one level deep: answer the top-level comment', { field: 'parentId' });
      }
      const created = await tx.videoComment.create({ data: { id: randomUUID(), videoId, parentId: parentId ?? null, authorId: actor.userId, body: text_ } });
      await tx.$executeRaw`UPDATE videos SET comment_count = comment_count + 1 WHERE id = ${videoId}::uuid`;
      return created;
    });
  }

  async editComment(actor: Actor, id: string, body: string): Promise<VideoComment> {
    const text_ = text(body, 'body', 4000);
    const comment = isUserId(id) ? await this.db.videoComment.findUnique({ where: { id } }) : null;
    if (!comment) throw notFound('Comment');
    if (comment.authorId !== actor.userId) throw forbidden('Only its author edits a comment');
    return this.db.videoComment.update({ where: { id }, data: { body: text_, editedAt: new Date() } });
  }

  /** Deletes a comment with its replies: its author, or an admin (moderation, a domain event). */
  async deleteComment(actor: Actor, id: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const comment = isUserId(id) ? await tx.videoComment.findUnique({ where: { id } }) : null;
      if (!comment) throw notFound('Comment');
      if (comment.authorId !== actor.userId && !actor.admin) throw forbidden('Only its author or an admin deletes a comment');
      const removed = await tx.$executeRaw`DELETE FROM video_comments WHERE id = ${id}::uuid OR parent_id = ${id}::uuid`;
      if (removed === 0) throw notFound('Comment');
      await tx.$executeRaw`UPDATE videos SET comment_count = GREATEST(comment_count - ${removed}, 0) WHERE id = ${comment.videoId}::uuid`;
      await emit(tx, { type: 'VideoCommentDeleted', videoId: comment.videoId, commentId: id, authorId: comment.authorId, by: actor.userId, moderated: comment.authorId !== actor.userId });
      return true;
    });
  }
}
