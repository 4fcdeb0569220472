import { forbidden, requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { WalletContext } from '../context.ts';
import type { CommandResult } from '../domain/wallet.ts';

/** The service named by the caller's credential; @requiresScopes(service) already checked it. */
function serviceOf({ viewer }: WalletContext): string {
  if (viewer.kind !== 'service') throw forbidden('Internal calls need a service credential');
  return viewer.service;
}

const transferOf = ({ operation, entries }: CommandResult) => {
  const debit = entries.find((e) => e.kind === 'transfer_out')!;
  return {
    id: operation.id,
    asset: debit.asset,
    amount: debit.amount.negated(),
    memo: debit.memo,
    from: { id: debit.userId },
    to: { id: debit.counterpartyId! },
    debit,
    createdAt: operation.createdAt,
  };
};

export const Mutation: MutationResolvers = {
  transfer: async (_root, { input }, ctx) => transferOf(await ctx.wallet.transfer(requireUser(ctx.viewer), input, ctx.requestId)),
  adminCredit: async (_root, { input }, ctx) => (await ctx.wallet.adminCredit(requireUser(ctx.viewer), input, ctx.requestId)).entries[0]!,
  internalDebit: async (_root, { input }, ctx) => (await ctx.wallet.internalMovement(serviceOf(ctx), 'debit', input)).entries[0]!,
  internalCredit: async (_root, { input }, ctx) => (await ctx.wallet.internalMovement(serviceOf(ctx), 'credit', input)).entries[0]!,
};
