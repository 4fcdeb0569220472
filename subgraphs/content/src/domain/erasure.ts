import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * Forgets a person (accounts' UserErased), in one transaction and idempotently: their comments go
 * (with the replies under them), their likes, views, event interactions and reminders too; the
 * like and interaction counters go down by what was removed, comment counts are recounted. View
 * counts stay: they count views, not people.
 */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const commented = await tx.videoComment.findMany({ where: { authorId: userId }, select: { videoId: true }, distinct: ['videoId'] });
    if (commented.length) {
      await tx.videoComment.deleteMany({ where: { authorId: userId } });
      await tx.$executeRaw`UPDATE videos v SET comment_count = (SELECT count(*) FROM video_comments c WHERE c.video_id = v.id) WHERE v.id = ANY(${commented.map((c) => c.videoId)}::uuid[])`;
    }
    await tx.$executeRaw`
      WITH removed AS (DELETE FROM video_likes WHERE user_id = ${userId}::uuid RETURNING video_id)
      UPDATE videos v SET like_count = v.like_count - r.n FROM (SELECT video_id, count(*)::int AS n FROM removed GROUP BY video_id) r WHERE v.id = r.video_id`;
    await tx.$executeRaw`DELETE FROM video_views WHERE user_id = ${userId}::uuid`;
    await tx.$executeRaw`
      WITH removed AS (DELETE FROM event_interactions WHERE user_id = ${userId}::uuid RETURNING event_id, kind)
      UPDATE calendar_events e
      SET interested_count = e.interested_count - r.interested, going_count = e.going_count - r.going, like_count = e.like_count - r.liked
      FROM (
        SELECT event_id, count(*) FILTER (WHERE kind = 'INTERESTED')::int AS interested, count(*) FILTER (WHERE kind = 'GOING')::int AS going, count(*) FILTER (WHERE kind = 'LIKE')::int AS liked
        FROM removed GROUP BY event_id
      ) r
      WHERE e.id = r.event_id`;
    await tx.$executeRaw`DELETE FROM event_reminders WHERE user_id = ${userId}::uuid`;
  });
}
