import type { Runtime } from './runtime.ts';

/** One internal movement: `key` makes it idempotent at the wallet. */
export interface Movement {
  userId: string;
  asset: string;
  amount: string;
  reference: string;
  idempotencyKey: string;
  memo?: string;
}

const MUTATION = (field: 'internalDebit' | 'internalCredit') =>
  `mutation ($input: InternalMovementInput!) { ${field}(input: $input) { id } }`;

/**
 * The wallet context's internal movements (`internalDebit`/`internalCredit`, @inaccessible), called
 * directly with the calling context's service credential: how features and hunts move money.
 */
export class WalletClient {
  constructor(private readonly runtime: Pick<Runtime, 'callSubgraph'>) {}

  /** Debits; INSUFFICIENT_FUNDS and other refusals arrive as AppErrors with their code. */
  async debit(movement: Movement, requestId?: string): Promise<void> {
    await this.runtime.callSubgraph('wallet', MUTATION('internalDebit'), { input: movement }, requestId);
  }

  async credit(movement: Movement, requestId?: string): Promise<void> {
    await this.runtime.callSubgraph('wallet', MUTATION('internalCredit'), { input: movement }, requestId);
  }
}
