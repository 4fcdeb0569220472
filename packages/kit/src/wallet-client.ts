import type { Runtime } from './runtime.ts';

/** One internal movement: `key` makes it idempotent at the wallet. */
export interface Movement {
  userId: string;
  asset: string;
  amount: string;
  reference: string;
  idempotencyKey: string;
  memo?: string;
  /** A credit only: what the platform kept from this sale; wallet credits it to the platform account. */
  commission?: string;
  /** Who paid the sale the commission came from. */
  payerId?: string;
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

/**
 * Reads wallet's platform variables (admin-set runtime settings: prices, rates, limits) with the
 * calling context's service credential, each kept `ttlMs` (default 30 s). When wallet cannot answer,
 * the last value read, else `fallback` (the context's own config), is used.
 */
export class PlatformVariableReader {
  private readonly cache = new Map<string, { value: string; at: number }>();
  /** One read per key at a time: a burst of callers shares it. */
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
    private readonly ttlMs = 30_000,
  ) {}

  async read(key: string, fallback: string): Promise<string> {
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.value;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.runtime
        .callSubgraph<{ internalPlatformVariable: string }>('wallet', 'query ($key: String!) { internalPlatformVariable(key: $key) }', { key })
        .then(
          (data) => {
            this.cache.set(key, { value: data.internalPlatformVariable, at: Date.now() });
            return data.internalPlatformVariable;
          },
          () => cached?.value ?? fallback,
        )
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
