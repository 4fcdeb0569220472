import { badInput, type Runtime } from '@worldgraph/kit';

type Entities<T> = { _entities: (T | null)[] };

/**
 * Checks that a video's media file exists and is a video, asking media (federation's `_entities`
 * with content's service credential): anything else is BAD_USER_INPUT.
 */
export async function assertVideoMedia(runtime: Pick<Runtime, 'callSubgraph'>, mediaId: string, requestId?: string): Promise<void> {
  const data = await runtime.callSubgraph<Entities<{ id: string; contentType: string }>>(
    'media',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Media { id contentType } } }',
    { r: [{ __typename: 'Media', id: mediaId }] },
    requestId,
  );
  const media = data._entities[0];
  if (!media) throw badInput(`Media ${mediaId} not found`, { field: 'mediaId' });
  if (!media.contentType.startsWith('video/')) throw badInput(`Media ${mediaId} is ${media.contentType}, not a video`, { field: 'mediaId' });
}
