import { isoDate } from '../domain/kyc.ts';
import type { KycSubmissionResolvers, UserLimitationResolvers } from '../generated/graphql.ts';

export const KycSubmission: KycSubmissionResolvers = {
  user: (s, _args, { users }) => users.load(s.userId).then((u) => u!),
  birthDate: (s) => isoDate(s.birthDate),
  documents: (s) => s.documentIds.map((id) => ({ id })),
  decidedBy: (s, _args, { users }) => (s.decidedBy ? users.load(s.decidedBy) : null),
};

export const UserLimitation: UserLimitationResolvers = {
  inForce: (l) => new Date(l.until).getTime() > Date.now(),
};
