import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { isId } from '../domain/dynasties.ts';

const size = (first: number | null | undefined) => Math.min(Math.max(first ?? 50, 1), 200);

export const Query: QueryResolvers = {
  dynasty: (_root, { id }, { dynastyById }) => (isId(id) ? dynastyById.load(id) : null),
  myDynasty: (_root, _args, ctx) => ctx.dynasties.ofUser(requireUser(ctx.viewer)),
  joinRequestsSent: (_root, { first }, ctx) => ctx.members.sent(requireUser(ctx.viewer), size(first)),
  joinRequestsReceived: (_root, { first }, ctx) => ctx.members.received(requireUser(ctx.viewer), size(first)),
};
