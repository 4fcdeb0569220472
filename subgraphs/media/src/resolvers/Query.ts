import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  mediaById: (_p, { id }, { mediaById }) => (/^[0-9a-f-]{36}$/i.test(id) ? mediaById.load(id) : null),
  uploadStatus: (_p, { id }, { viewer, library }) => library.status(requireUser(viewer), id),
  myMediaQuota: (_p, _args, { viewer, library }) => library.quota(requireUser(viewer)),
};
