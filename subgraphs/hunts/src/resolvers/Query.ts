import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { isPublic } from '../domain/hunts.ts';

export const Query: QueryResolvers = {
  huntsNear: (_root, { position, radiusMeters, first }, { hunts }) => hunts.near(position, radiusMeters, first ?? 20),
  hunt: async (_root, { id }, ctx) => {
    const hunt = await ctx.hunts.find(id);
    if (!hunt) return null;
    return isPublic(hunt) || (await ctx.isMember(hunt.partnerId)) ? hunt : null;
  },
  partner: (_root, { id }, { partnerById }) => (/^[0-9a-f-]{36}$/i.test(id) ? partnerById.load(id) : null),
  myPartners: (_root, _args, ctx) => ctx.partners.ofMember(requireUser(ctx.viewer)),
  myParticipations: (_root, _args, ctx) => ctx.play.ofUser(requireUser(ctx.viewer)),
};
