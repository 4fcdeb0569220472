import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  foundDynasty: (_root, { input }, ctx) => ctx.dynasties.found(requireUser(ctx.viewer), input, ctx.requestId),
  sendJoinRequest: (_root, { input }, ctx) => ctx.members.send(requireUser(ctx.viewer), { ...input, kind: input.kind ?? 'join' }),
  acceptJoinRequest: (_root, { id }, ctx) => ctx.members.accept(requireUser(ctx.viewer), id),
  rejectJoinRequest: (_root, { id }, ctx) => ctx.members.reject(requireUser(ctx.viewer), id),
  cancelJoinRequest: (_root, { id }, ctx) => ctx.members.cancel(requireUser(ctx.viewer), id),
  addFamilyRelation: (_root, { input }, ctx) => ctx.members.addRelation(requireUser(ctx.viewer), input.dynastyId, input.userId, input.relativeId, input.kind),
  leaveDynasty: (_root, _args, ctx) => ctx.members.leave(requireUser(ctx.viewer)),
  setChildPermissions: (_root, { userId, input }, ctx) =>
    ctx.members.setChildPermissions(requireUser(ctx.viewer), userId, {
      dailySpendLimit: input.dailySpendLimit == null ? null : input.dailySpendLimit.toFixed(),
      canBuyParcels: input.canBuyParcels,
      canSellParcels: input.canSellParcels,
      canChat: input.canChat,
    }),
};
