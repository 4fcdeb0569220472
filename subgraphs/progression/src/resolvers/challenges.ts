import type {
  ActivityRuleResolvers,
  ChallengeAnswerResolvers,
  ChallengeRoundResolvers,
  PrizeResolvers,
} from '../generated/graphql.ts';
import { statusOf } from '../domain/challenges.ts';

export const ChallengeRound: ChallengeRoundResolvers = {
  status: (r) => statusOf(r, new Date()),
  prizePool: (r) => (r.winnerLimit > 0 && r.prizeAsset && r.prizeAmount ? { asset: r.prizeAsset, amountEach: r.prizeAmount, winnerLimit: r.winnerLimit } : null),
  myAnswer: (r, _args, ctx) => (ctx.viewer.kind === 'user' ? ctx.challenges.answerOf(r.id, ctx.viewer.userId) : null),
  question: (r, _args, ctx) => ctx.db.question.findUniqueOrThrow({ where: { id: r.questionId } }),
};

export const ChallengeAnswer: ChallengeAnswerResolvers = {
  round: (a, _args, ctx) => ctx.db.challengeRound.findUniqueOrThrow({ where: { id: a.roundId } }),
};

export const Prize: PrizeResolvers = {
  round: (p, _args, ctx) => ctx.db.challengeRound.findUniqueOrThrow({ where: { id: p.roundId } }),
  paid: (p) => p.paidAt !== null,
};


export const ActivityRule: ActivityRuleResolvers = {
  match: (r) => JSON.stringify(r.match ?? {}),
};
