import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  logActivity: (_root, { input }, ctx) => ctx.scoring.log(input.userId, input.activity, input.sourceId),
  // The time of receipt is taken first: whatever waits after it (a pool, a lock) does not make an answer late.
  submitChallengeAnswer: (_root, { roundId, choiceId }, ctx) => {
    const receivedAt = new Date();
    return ctx.challenges.submit(roundId, requireUser(ctx.viewer), choiceId, receivedAt, ctx.requestId);
  },
  upsertLevel: (_root, { input }, ctx) => ctx.admin.upsertLevel({ ...input, perks: input.perks ?? [] }),
  deleteLevel: (_root, { number }, ctx) => ctx.admin.deleteLevel(number),
  upsertActivityRule: (_root, { input }, ctx) =>
    ctx.admin.upsertRule({ ...input, description: input.description ?? '', userField: input.userField ?? 'userId', match: input.match ?? '{}', active: input.active ?? true }),
  createChallengeQuestion: (_root, { input }, ctx) => ctx.challenges.createQuestion(input),
  scheduleChallengeRound: (_root, { input }, ctx) =>
    ctx.challenges.scheduleRound({ ...input, opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt) }, ctx.knownAssets),
  cancelChallengeRound: (_root, { id }, ctx) => ctx.challenges.cancelRound(id),
};
