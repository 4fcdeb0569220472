import { forbidden, isSelfOrAdmin } from '@worldgraph/kit';
import type {
  ClueResolvers,
  ClueRiddleResolvers,
  DiscoveryResolvers,
  HuntProgressEventResolvers,
  HuntResolvers,
  LeaderboardEntryResolvers,
  ParticipationResolvers,
  PartnerResolvers,
  UserResolvers,
} from '../generated/graphql.ts';
import type { HuntsContext } from '../context.ts';

const memberOnly = async (ctx: HuntsContext, partnerId: string) => {
  if (!(await ctx.isMember(partnerId))) throw forbidden('Only members of the partner can see this');
};

export const Partner: PartnerResolvers = {
  __resolveReference: (ref, { partnerById }) => partnerById.load(ref.id),
  members: async (p, _args, { membersOf }) => (await membersOf.load(p.id)).map((id) => ({ id })),
  hunts: async (p, _args, ctx) => ctx.hunts.ofPartner(p.id, await ctx.isMember(p.id)),
};

export const Hunt: HuntResolvers = {
  __resolveReference: async (ref, ctx) => {
    const hunt = await ctx.huntById.load(ref.id);
    // Other contexts (service credentials) see drafts too: they decide for their caller themselves.
    const visible = hunt && (hunt.status === 'published' || hunt.status === 'closed' || ctx.viewer.kind === 'service' || (await ctx.isMember(hunt.partnerId)));
    return visible ? hunt : null;
  },
  partner: async (h, _args, { partnerById }) => (await partnerById.load(h.partnerId))!,
  playArea: (h) => ({ center: { lat: h.centerLat, lng: h.centerLng }, radiusMeters: h.radiusM }),
  // A hunt being funded is still a draft to everyone.
  status: (h) => (h.status === 'funding' ? 'draft' : h.status),
  reward: (h) => ({ asset: h.rewardAsset, amount: h.rewardAmount }),
  winner: (h) => (h.winnerId ? { id: h.winnerId } : null),
  participantCount: (h, _args, { participantCount }) => participantCount.load(h.id),
  participants: async (h, _args, ctx) => {
    await memberOnly(ctx, h.partnerId);
    return ctx.play.participants(h.id);
  },
  clues: async (h, _args, ctx) => {
    await memberOnly(ctx, h.partnerId);
    return ctx.clueGraph.clues(h.id);
  },
  paths: async (h, _args, ctx) => {
    await memberOnly(ctx, h.partnerId);
    return (await ctx.clueGraph.graph(h.id)).paths;
  },
  shortestPath: async (h, { from, to }, ctx) => {
    await memberOnly(ctx, h.partnerId);
    return ctx.hunts.shortestPath(ctx.viewer.kind === 'user' ? ctx.viewer.userId : '', h, from, to);
  },
  leaderboard: (h, { first }, { play }) => play.leaderboard(h.id, first ?? 20),
};

export const Clue: ClueResolvers = {
  location: (c) => ({ lat: c.lat, lng: c.lng }),
  radiusMeters: (c) => c.radiusM,
};

export const ClueRiddle: ClueRiddleResolvers = {};

export const Discovery: DiscoveryResolvers = {
  location: (d) => ({ lat: d.lat, lng: d.lng }),
  distanceMeters: (d) => d.distanceM,
};

export const Participation: ParticipationResolvers = {
  hunt: async (p, _args, { huntById }) => (await huntById.load(p.huntId))!,
  user: (p) => ({ id: p.userId }),
  discoveries: (p, _args, { play }) => play.discoveries(p),
  nextClues: (p, _args, { play }) => play.nextClues(p),
  rewardPaid: async (p, _args, { huntById }) => {
    const hunt = await huntById.load(p.huntId);
    return !!hunt && hunt.winnerId === p.userId && hunt.rewardPaidAt !== null;
  },
};

export const LeaderboardEntry: LeaderboardEntryResolvers = {
  user: (s) => ({ id: s.userId }),
};

export const HuntProgressEvent: HuntProgressEventResolvers = {
  user: (e) => (e.userId ? { id: e.userId } : null),
};

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // Someone else's hunts read as null, like accounts' private fields.
  participations: (u, _args, ctx) => (isSelfOrAdmin(ctx.viewer, u.id) ? ctx.play.ofUser(u.id) : null),
};
