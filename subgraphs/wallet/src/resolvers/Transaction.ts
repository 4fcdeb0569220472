import type { TransactionResolvers } from '../generated/graphql.ts';

export const Transaction: TransactionResolvers = {
  counterparty: (entry) => (entry.counterpartyId ? { id: entry.counterpartyId } : null),
};
