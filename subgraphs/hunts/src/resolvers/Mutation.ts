import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

export const Mutation: MutationResolvers = {
  createPartner: (_root, { input }, ctx) => ctx.partners.create(requireUser(ctx.viewer), input.name),
  addPartnerMember: (_root, { partnerId, userId }, ctx) => ctx.partners.addMember(requireUser(ctx.viewer), partnerId, userId),
  createHunt: (_root, { input }, ctx) =>
    ctx.hunts.create(requireUser(ctx.viewer), {
      ...input,
      description: input.description ?? '',
      startsAt: date(input.startsAt),
      endsAt: date(input.endsAt),
      reward: input.reward,
    }),
  addClue: (_root, { huntId, input }, ctx) => ctx.hunts.addClue(requireUser(ctx.viewer), huntId, {
      ...input,
      radiusMeters: input.radiusMeters ?? 30,
      start: input.start ?? false,
      treasure: input.treasure ?? false,
    }),
  removeClue: (_root, { huntId, clueId }, ctx) => ctx.hunts.removeClue(requireUser(ctx.viewer), huntId, clueId),
  connectClues: (_root, { huntId, from, to }, ctx) => ctx.hunts.connect(requireUser(ctx.viewer), huntId, from, to),
  publishHunt: (_root, { huntId }, ctx) => ctx.publishing.publish(requireUser(ctx.viewer), huntId, ctx.requestId),
  closeHunt: (_root, { huntId }, ctx) => ctx.publishing.close(requireUser(ctx.viewer), huntId, ctx.requestId),
  joinHunt: (_root, { huntId }, ctx) => ctx.play.join(requireUser(ctx.viewer), huntId),
  discoverClue: (_root, { huntId, clueId, position }, ctx) =>
    ctx.play.discover(requireUser(ctx.viewer), huntId, clueId, { lat: position.lat, lng: position.lng, accuracy: position.accuracy ?? 0 }, ctx.requestId),
};
