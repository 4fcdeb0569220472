import { requireUser } from '@worldgraph/kit';
import { mayRead } from '../domain/purposes.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  // A private file (KYC) is nobody else's business, not even that it exists.
  mediaById: async (_p, { id }, { viewer, mediaById }) => {
    const media = /^[0-9a-f-]{36}$/i.test(id) ? await mediaById.load(id) : null;
    return media && mayRead(viewer, media) ? media : null;
  },
  uploadStatus: (_p, { id }, { viewer, library }) => library.status(requireUser(viewer), id),
  myMediaQuota: (_p, _args, { viewer, library }) => library.quota(requireUser(viewer)),
};
