import type { AuditEntryResolvers } from '../generated/graphql.ts';

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => e.eventId,
  sequence: (e) => e.seq,
  previousHash: (e) => e.prevHash,
};
