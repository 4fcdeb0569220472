import { badInput, forbidden, inItemSpan, requireUser, settleItem, WALLET_BATCH_MAX } from '@worldgraph/kit';
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

/**
 * internalDebits / internalCredits: each item as its single call (the same domain command, its own
 * checks and idempotency key), all at once, so the payers' group commits take them together.
 */
async function movements(ctx: WalletContext, kind: 'debit' | 'credit', items: readonly { input: Parameters<WalletContext['wallet']['internalMovement']>[2]; traceparent?: string | null }[]) {
  const service = serviceOf(ctx);
  if (items.length > WALLET_BATCH_MAX) throw badInput(`At most ${WALLET_BATCH_MAX} movements per call`, { field: 'items' });
  const name = kind === 'debit' ? 'internalDebit' : 'internalCredit';
  // Each item in its caller's trace when it carries one (tracing on), as its single call would be.
  return Promise.all(
    items.map(({ input, traceparent }) =>
      settleItem(() => inItemSpan('wallet', name, traceparent, async () => (await ctx.wallet.internalMovement(service, kind, input)).entries[0]!), ctx.logger),
    ),
  );
}

export const Mutation: MutationResolvers = {
  transfer: async (_root, { input }, ctx) => transferOf(await ctx.wallet.transfer(requireUser(ctx.viewer), input, ctx.requestId)),
  adminCredit: async (_root, { input }, ctx) => (await ctx.wallet.adminCredit(requireUser(ctx.viewer), input, ctx.requestId)).entries[0]!,
  internalDebit: async (_root, { input }, ctx) => (await ctx.wallet.internalMovement(serviceOf(ctx), 'debit', input)).entries[0]!,
  internalCredit: async (_root, { input }, ctx) => (await ctx.wallet.internalMovement(serviceOf(ctx), 'credit', input)).entries[0]!,
  internalDebits: (_root, { items }, ctx) => movements(ctx, 'debit', items),
  internalCredits: (_root, { items }, ctx) => movements(ctx, 'credit', items),
};
