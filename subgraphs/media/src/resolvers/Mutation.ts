import { requireUser, type Viewer } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';

const isAdmin = (viewer: Viewer) => viewer.kind === 'user' && viewer.roles.includes('admin');

export const Mutation: MutationResolvers = {
  startUpload: (_p, { input }, { viewer, library }) => library.startUpload(requireUser(viewer), input),
  completeUpload: (_p, { id }, { viewer, library }) => library.complete(requireUser(viewer), id),
  abortUpload: (_p, { id }, { viewer, library }) => library.abort(requireUser(viewer), id),
  attachMedia: (_p, { mediaId, target }, { viewer, library, targets, requestId }) =>
    library.attach(requireUser(viewer), isAdmin(viewer), mediaId, target, () => targets.assertMayManage(viewer, target, requestId)),
  detachMedia: async (_p, { mediaId, target }, { viewer, library, targets, requestId }) => {
    const userId = requireUser(viewer);
    const media = await library.get(mediaId);
    // The file's owner may always take it off; otherwise, whoever manages the target.
    if (media?.ownerId !== userId) await targets.assertMayManage(viewer, target, requestId);
    return library.detach(userId, mediaId, target);
  },
  deleteMedia: (_p, { id }, { viewer, library }) => library.delete(requireUser(viewer), isAdmin(viewer), id),
};
