import type { SocialContext } from '../context.ts';
import type {
  ChildPermissionsResolvers,
  DynastyChangeResolvers,
  DynastyMemberResolvers,
  DynastyResolvers,
  FamilyRelationResolvers,
  FamilyResolvers,
  FeatureResolvers,
  JoinRequestResolvers,
  UserResolvers,
} from '../generated/graphql.ts';
import { answererOf, effectiveStatus } from '../domain/members.ts';

const viewerId = (ctx: SocialContext) => (ctx.viewer.kind === 'user' ? ctx.viewer.userId : undefined);
const isAdmin = (ctx: SocialContext) => ctx.viewer.kind === 'user' && ctx.viewer.roles.includes('admin');

export const Dynasty: DynastyResolvers = {
  __resolveReference: (ref, { dynastyById }) => dynastyById.load(ref.id),
  head: (d) => ({ id: d.headId }),
  seat: (d) => (d.seatFeatureId ? { id: d.seatFeatureId } : null),
  members: async (d, { first }, { membersOf }) => (await membersOf.load(d.id)).slice(0, Math.min(Math.max(first ?? 100, 1), 500)),
  families: (d, _args, { familiesOf }) => familiesOf.load(d.id),
  relations: (d, _args, { relationsOf }) => relationsOf.load(d.id),
  pendingRequests: async (d, _args, ctx) => {
    if (viewerId(ctx) !== d.headId && !isAdmin(ctx)) return [];
    const now = new Date();
    return ctx.db.joinRequest.findMany({ where: { dynastyId: d.id, status: 'pending', expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' }, take: 200 });
  },
  childPermissions: async (d, _args, ctx) => {
    const all = await ctx.childPermissionsOf.load(d.id);
    return viewerId(ctx) === d.headId || isAdmin(ctx) ? all : all.filter((c) => c.userId === viewerId(ctx));
  },
};

export const DynastyMember: DynastyMemberResolvers = {
  user: (m) => ({ id: m.userId }),
  family: async (m, _args, { familyById }) => (await familyById.load(m.familyId))!,
  relations: async (m, _args, { relationsOf }) => (await relationsOf.load(m.dynastyId)).filter((r) => r.userId === m.userId),
  isChild: async (m, _args, { relationsOf }) => (await relationsOf.load(m.dynastyId)).some((r) => r.userId === m.userId && r.kind === 'parent'),
};

export const Family: FamilyResolvers = {
  members: async (f, _args, { membersOf }) => (await membersOf.load(f.dynastyId)).filter((m) => m.familyId === f.id),
};

export const FamilyRelation: FamilyRelationResolvers = {
  user: (r) => ({ id: r.userId }),
  relative: (r) => ({ id: r.relativeId }),
};

export const JoinRequest: JoinRequestResolvers = {
  dynasty: async (r, _args, { dynastyById }) => (await dynastyById.load(r.dynastyId))!,
  sender: (r) => ({ id: r.senderId }),
  user: (r) => ({ id: r.userId }),
  relative: (r) => (r.relativeId ? { id: r.relativeId } : null),
  status: (r) => effectiveStatus(r),
  canAnswer: async (r, _args, ctx) => {
    const dynasty = await ctx.dynastyById.load(r.dynastyId);
    return !!dynasty && effectiveStatus(r) === 'pending' && answererOf(r, dynasty) === viewerId(ctx);
  },
};

export const ChildPermissions: ChildPermissionsResolvers = {
  user: (c) => ({ id: c.userId }),
  dailySpendLimit: (c) => (c.dailySpendLimit === null ? null : c.dailySpendLimit.toString()),
};

export const DynastyChange: DynastyChangeResolvers = {
  // Read fresh for each event: a subscription's context (and its loaders) lives as long as the subscription.
  dynasty: async (c, _args, { db }) => (await db.dynasty.findUnique({ where: { id: c.dynastyId } }))!,
  user: (c) => (c.userId ? { id: c.userId } : null),
  request: (c, _args, { db }) => (c.requestId ? db.joinRequest.findUnique({ where: { id: c.requestId } }) : null),
};

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  dynasty: async (u, _args, { memberByUser, dynastyById }) => {
    const member = await memberByUser.load(u.id);
    return member ? dynastyById.load(member.dynastyId) : null;
  },
};

export const Feature: FeatureResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  dynasty: async (f, _args, { dynastyBySeat }) => {
    const dynasty = await dynastyBySeat.load(f.id);
    return dynasty?.status === 'active' ? dynasty : null;
  },
};
