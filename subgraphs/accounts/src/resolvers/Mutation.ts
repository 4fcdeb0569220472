import { badInput, isUserId, requireUser, unauthenticated } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { AccountsContext } from '../context.ts';

const client = (ctx: AccountsContext) => ({ address: ctx.clientAddress, userAgent: ctx.userAgent });
/** The signed-in user's viewer (with its session): UNAUTHENTICATED otherwise. */
const signedIn = (ctx: AccountsContext) => {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  return ctx.viewer;
};

export const Mutation: MutationResolvers = {
  register: async (_root, { input }, ctx) => {
    const session = await ctx.accounts.register(input, client(ctx));
    await ctx.emailTokens.requestVerification(session.user.id);
    return session;
  },
  requestEmailVerification: async (_root, _args, ctx) => {
    await ctx.emailTokens.requestVerification(requireUser(ctx.viewer));
    return true;
  },
  verifyEmail: (_root, { token }, ctx) => ctx.emailTokens.verify(token),
  requestPasswordReset: async (_root, { email }, ctx) => {
    await ctx.emailTokens.requestReset(email);
    return true;
  },
  resetPassword: (_root, { token, newPassword }, ctx) => ctx.emailTokens.reset(token, newPassword),
  beginTwoFactorEnrolment: (_root, _args, ctx) => ctx.twoFactor.begin(requireUser(ctx.viewer)),
  confirmTwoFactorEnrolment: async (_root, { oneTimeCode }, ctx) => ({ recoveryCodes: await ctx.twoFactor.confirm(requireUser(ctx.viewer), oneTimeCode) }),
  beginSmsTwoFactorEnrolment: (_root, { phoneNumber }, ctx) => ctx.twoFactor.beginSms(requireUser(ctx.viewer), phoneNumber),
  confirmSmsTwoFactorEnrolment: async (_root, { oneTimeCode }, ctx) => ({ recoveryCodes: await ctx.twoFactor.confirmSms(requireUser(ctx.viewer), oneTimeCode) }),
  requestTwoFactorDisableCode: (_root, _args, ctx) => ctx.twoFactor.requestDisableCode(requireUser(ctx.viewer)),
  disableTwoFactor: async (_root, { oneTimeCode }, ctx) => {
    await ctx.twoFactor.disable(requireUser(ctx.viewer), oneTimeCode);
    return true;
  },
  completeTwoFactorLogin: (_root, { challenge, oneTimeCode }, ctx) => ctx.accounts.completeTwoFactorLogin(challenge, oneTimeCode, client(ctx)),
  addBankAccount: (_root, { iban, holderName }, ctx) => ctx.bankAccounts.add(requireUser(ctx.viewer), { iban, holderName }),
  removeBankAccount: (_root, { id }, ctx) => ctx.bankAccounts.remove(requireUser(ctx.viewer), id),
  updatePrivacy: (_root, { input }, ctx) => {
    const data = Object.fromEntries(
      (['email', 'presence', 'holdings', 'level'] as const).filter((k) => input[k]).map((k) => [`privacy${k[0]!.toUpperCase()}${k.slice(1)}`, input[k] as string]),
    );
    return ctx.accounts.updatePrivacy(requireUser(ctx.viewer), data);
  },
  signOutEverywhere: (_root, _args, ctx) => ctx.accounts.endAllSessions(requireUser(ctx.viewer)),
  deleteMyAccount: (_root, { password }, ctx) => ctx.accounts.erase(requireUser(ctx.viewer), password, client(ctx)),
  startProviderAccountDeletion: (_root, { provider, redirectUri }, ctx) => ctx.providerSignIn.start('erase', provider, redirectUri, signedIn(ctx)),
  deleteMyAccountWithProvider: async (_root, { authorizationResponse }, ctx) => {
    const viewer = signedIn(ctx);
    await ctx.providerSignIn.confirmErase(viewer, authorizationResponse, client(ctx));
    return ctx.accounts.eraseConfirmed(viewer.userId);
  },
  login: (_root, { input }, ctx) => ctx.accounts.login(input, client(ctx)),
  refresh: (_root, { refreshToken }, ctx) => ctx.accounts.refresh(refreshToken),
  startProviderSignIn: (_root, { provider, redirectUri }, ctx) => ctx.providerSignIn.start('signin', provider, redirectUri),
  completeProviderSignIn: (_root, { authorizationResponse }, ctx) => ctx.providerSignIn.completeSignIn(authorizationResponse, client(ctx)),
  startProviderLink: (_root, { provider, redirectUri }, ctx) => ctx.providerSignIn.start('link', provider, redirectUri, signedIn(ctx)),
  completeProviderLink: (_root, { authorizationResponse }, ctx) => ctx.providerSignIn.completeLink(signedIn(ctx), authorizationResponse, client(ctx)),
  unlinkProvider: (_root, { provider }, ctx) => ctx.providerSignIn.unlink(requireUser(ctx.viewer), provider),
  logout: async (_root, _args, ctx) => {
    if (ctx.viewer.kind !== 'user') throw unauthenticated();
    await ctx.accounts.revoke(ctx.viewer.sessionId);
    return true;
  },
  updateProfile: (_root, { input }, ctx) => ctx.accounts.updateProfile(requireUser(ctx.viewer), input),
  setRoles: (_root, { userId, roles }, ctx) => ctx.accounts.setRoles(userId, roles),
  createApiKey: (_root, { input }, ctx) => ctx.apiKeys.create(ctx.viewer, input),
  rotateApiKey: (_root, { id }, ctx) => ctx.apiKeys.rotate(ctx.viewer, id),
  revokeApiKey: (_root, { id }, ctx) => ctx.apiKeys.revoke(ctx.viewer, id),
  submitKyc: (_root, { input }, ctx) => ctx.kyc.submit(requireUser(ctx.viewer), input, ctx.requestId),
  approveKyc: (_root, { id }, ctx) => ctx.kyc.decide(requireUser(ctx.viewer), id, 'verified'),
  rejectKyc: (_root, { id, reason }, ctx) => ctx.kyc.decide(requireUser(ctx.viewer), id, 'rejected', reason),
  imposeLimitation: (_root, { userId, kind, until, reason }, ctx) => ctx.limitations.impose(requireUser(ctx.viewer), userId, kind, until, reason),
  liftLimitation: (_root, { userId, kind }, ctx) => ctx.limitations.lift(requireUser(ctx.viewer), userId, kind),
  internalLimitUser: (_root, { userId, kind, until, reason }, ctx) => ctx.limitations.limit(userId, kind, until, reason),
  internalReportPresence: (_root, { source, online, offline }, ctx) => {
    if (!/^[\w.:-]{1,64}$/.test(source)) throw badInput('source must be 1-64 of [A-Za-z0-9_.:-]', { field: 'source' });
    if (online.length + offline.length > 10_000) throw badInput('Report at most 10,000 users at once');
    const ids = [...online, ...offline];
    if (!ids.every(isUserId)) throw badInput('Every id must be a user id');
    return ctx.presence.report(source, online, offline);
  },
};
