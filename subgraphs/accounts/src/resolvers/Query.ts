import { requireUser, unauthenticated } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  me: async (_root, _args, { viewer, users }) => {
    if (viewer.kind !== 'user') throw unauthenticated();
    const user = await users.load(viewer.userId);
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  },
  myApiKeys: (_root, _args, ctx) => ctx.apiKeys.list(requireUser(ctx.viewer)),
  apiKeys: (_root, { ownerId, first }, ctx) => ctx.apiKeys.list(ownerId ?? undefined, first ?? 50),
  internalApiKeyGrant: (_root, { apiKey }, ctx) => ctx.apiKeys.grant(apiKey),
  internalUserLimitations: (_root, { userIds }, ctx) => ctx.limitations.inForce(userIds),
  mySessions: async (_root, _args, ctx) => {
    const userId = requireUser(ctx.viewer);
    const current = ctx.viewer.kind === 'user' ? ctx.viewer.sessionId : undefined;
    const open = await ctx.sessions.findMany({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: 'desc' }, take: 100 });
    return open.map((s) => ({ ...s, current: s.id === current }));
  },
  myBankAccounts: (_root, _args, ctx) => ctx.bankAccounts.list(requireUser(ctx.viewer)),
  signInProviders: (_root, _args, ctx) => ctx.providerSignIn.available(),
  myLinkedProviders: (_root, _args, ctx) => ctx.providerSignIn.links(requireUser(ctx.viewer)),
  mySignIns: (_root, { first }, ctx) => ctx.signIns.latest(requireUser(ctx.viewer), first ?? 20),
  myKycSubmission: (_root, _args, ctx) => ctx.kyc.latest(requireUser(ctx.viewer)),
  kycSubmissions: (_root, { status, first, after }, ctx) => ctx.kyc.list(status, first, after),
  kycSubmission: (_root, { id }, ctx) => ctx.kyc.get(id),
  userLimitations: (_root, { userId }, ctx) => ctx.limitations.ofUser(userId),
  user: (_root, { id }, { users }) => users.load(id),
  userByUsername: (_root, { username }, { usersByUsername }) => usersByUsername.load(username.toLowerCase()),
};
