import { badInput, fetchEntities, type Runtime } from '@worldgraph/kit';

/**
 * Checks that a video's media file exists and is a video, asking media (federation's `_entities`
 * with content's service credential): anything else is BAD_USER_INPUT.
 */
export async function assertVideoMedia(runtime: Pick<Runtime, 'callSubgraph'>, mediaId: string, requestId?: string): Promise<void> {
  const [media] = await fetchEntities<{ id: string; contentType: string }>(runtime, 'media', 'Media', 'id contentType', [mediaId], requestId);
  if (!media) throw badInput(`Media ${mediaId} not found`, { field: 'mediaId' });
  if (!media.contentType.startsWith('video/')) throw badInput(`Media ${mediaId} is ${media.contentType}, not a video`, { field: 'mediaId' });
}
