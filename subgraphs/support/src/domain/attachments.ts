import { badInput, forbidden, isUserId, type Runtime } from '@worldgraph/kit';

type Entities<T> = { _entities: (T | null)[] };

/**
 * Checks that files a user attaches to a ticket are their own, asking media (federation's
 * `_entities` with support's service credential): a file missing is BAD_USER_INPUT, someone
 * else's FORBIDDEN.
 */
export async function assertOwnMedia(runtime: Pick<Runtime, 'callSubgraph'>, userId: string, mediaIds: string[], requestId?: string): Promise<void> {
  if (!mediaIds.length) return;
  const bad = mediaIds.find((id) => !isUserId(id));
  if (bad) throw badInput(`Attachment ${bad} not found`, { field: 'attachmentIds' });
  const data = await runtime.callSubgraph<Entities<{ id: string; owner: { id: string } }>>(
    'media',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Media { id owner { id } } } }',
    { r: mediaIds.map((id) => ({ __typename: 'Media', id })) },
    requestId,
  );
  data._entities.forEach((media, i) => {
    if (!media) throw badInput(`Attachment ${mediaIds[i]} not found`, { field: 'attachmentIds' });
    if (media.owner.id !== userId) throw forbidden('You can only attach your own files');
  });
}
