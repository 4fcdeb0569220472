import { AppError, type ItemRefusal } from './errors.ts';
import { GroupWriter } from './group-writer.ts';
import { walletCalls, walletMovements } from './metrics.ts';
import { peerError, SubgraphCallError, type Runtime } from './runtime.ts';
import { currentTraceparent, endSpan, startBatchSpan, startClientSpan, withTraceparent } from './tracing.ts';

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
const BATCH = (field: 'internalDebits' | 'internalCredits') =>
  `mutation ($items: [InternalMovementItem!]!) { ${field}(items: $items) { result { id } error { code message reason } } }`;

/** Movements one batched call of wallet's carries at most: what the client sends, and what wallet takes. */
export const WALLET_BATCH_MAX = 100;
/** After a wallet without the batched fields (a release before them), how long to call one at a time before trying again. */
const SINGLE_CALLS_MS = 60_000;

type Kind = 'debit' | 'credit';

interface Pending {
  movement: Movement;
  requestId?: string;
  /** Set when the item's own outcome is a failure (the batch call itself succeeded). */
  failure?: Error;
  /** Its span (`wallet.debit`, `wallet.credit`) in its caller's trace (tracing on, inside a traced operation), from asked to answered. */
  traced?: ReturnType<typeof startClientSpan>;
}

/**
 * The wallet context's internal movements (`internalDebit`/`internalCredit`, @inaccessible), called
 * directly with the calling context's service credential: how features and hunts move money.
 *
 * The movements asked for while a call is in flight go together in the next (the kit's GroupWriter:
 * alone, a movement is sent at once): one request of `internalDebits`/`internalCredits` for the
 * purchases in flight, instead of one each. The wallet runs each item as its single call (its own
 * key, checks and outcome; recorded for audit as that call) and answers each item's outcome, so a
 * refusal reaches only its own caller, with its code. A call refused whole (one item's amount that
 * is no decimal, say) is made again item by item; a request that fails otherwise (the wallet
 * unreachable) fails the items it carried, as a failed single call would. A wallet without the
 * batched fields (a rolling deploy from a release before them) gets single calls for a minute, then
 * the batch is tried again. Each item carries its own request id, and its own trace: a span
 * (`wallet.debit`, `wallet.credit`) in its caller's trace, from asked to answered, whose traceparent
 * the item carries to the wallet, which runs it as a span of that trace (`internalDebit`,
 * `internalCredit`). A batch of several is a root span (`wallet internalDebits`) linked to its items'
 * spans, OpenTelemetry's model of a batch, with the call under it; a batch of one is a call under its
 * item's span. No batch runs in the trace of whichever caller started the GroupWriter's drain.
 */
export class WalletClient {
  private singleCallsUntil = 0;
  private readonly writers: Record<Kind, GroupWriter<Pending>> = {
    debit: new GroupWriter((items) => this.send('debit', items), WALLET_BATCH_MAX),
    credit: new GroupWriter((items) => this.send('credit', items), WALLET_BATCH_MAX),
  };

  constructor(private readonly runtime: Pick<Runtime, 'callSubgraph'> & Partial<Pick<Runtime, 'logger' | 'name'>>) {}

  /** Debits; INSUFFICIENT_FUNDS and other refusals arrive as AppErrors with their code. */
  debit(movement: Movement, requestId?: string): Promise<void> {
    return this.move('debit', movement, requestId);
  }

  credit(movement: Movement, requestId?: string): Promise<void> {
    return this.move('credit', movement, requestId);
  }

  private async move(kind: Kind, movement: Movement, requestId?: string): Promise<void> {
    const parent = currentTraceparent();
    const traced = parent ? startClientSpan(`wallet.${kind}`, { traceparent: parent }, { 'worldgraph.subgraph': 'wallet' }) : undefined;
    const item: Pending = { movement, requestId, traced };
    try {
      await this.writers[kind].add([item]);
    } catch (error) {
      if (traced) endSpan(traced.span, error);
      throw error;
    }
    if (traced) endSpan(traced.span, item.failure);
    if (item.failure) throw item.failure;
  }

  private counted(kind: Kind, form: 'batch' | 'single', movements: number) {
    const context = this.runtime.name ?? 'unknown';
    walletCalls.inc({ context, kind, form });
    walletMovements.inc({ context, kind }, movements);
  }

  private single(kind: Kind, { movement, requestId }: Pending): Promise<unknown> {
    this.counted(kind, 'single', 1);
    return this.runtime.callSubgraph('wallet', MUTATION(kind === 'debit' ? 'internalDebit' : 'internalCredit'), { input: movement }, requestId);
  }

  private async send(kind: Kind, items: Pending[]): Promise<void> {
    if (Date.now() < this.singleCallsUntil) return this.eachAlone(kind, items);
    const field = kind === 'debit' ? 'internalDebits' : 'internalCredits';
    let data: Record<typeof field, { result: { id: string } | null; error: ItemRefusal | null }[]>;
    this.counted(kind, 'batch', items.length);
    const traceparents = items.flatMap((i) => (i.traced?.traceparent ? [i.traced.traceparent] : []));
    const batch = items.length > 1 && traceparents.length ? startBatchSpan(`wallet ${field}`, traceparents, { 'worldgraph.subgraph': 'wallet', 'worldgraph.batch.size': items.length }) : undefined;
    try {
      data = await withTraceparent(batch ? batch.traceparent : items.length === 1 ? items[0]!.traced?.traceparent : undefined, () =>
        this.runtime.callSubgraph<typeof data>('wallet', BATCH(field), {
          // (traceparent only when traced: a wallet before the field takes the items as before)
          items: items.map((i) => ({ input: i.movement, requestId: i.requestId ?? null, ...(i.traced?.traceparent ? { traceparent: i.traced.traceparent } : {}) })),
        }),
      );
      if (batch) endSpan(batch.span);
    } catch (error) {
      if (batch) endSpan(batch.span, error);
      if (error instanceof SubgraphCallError && error.code === 'GRAPHQL_VALIDATION_FAILED') {
        this.runtime.logger?.warn({ err: error }, `wallet refused ${field}: single calls for ${SINGLE_CALLS_MS / 1000} s (a wallet release before batched movements?)`);
        this.singleCallsUntil = Date.now() + SINGLE_CALLS_MS;
        return this.eachAlone(kind, items);
      }
      // A refusal of the whole call (one item's amount that is no decimal fails the variables'
      // coercion) must not refuse the others: each goes alone, with its own outcome. Nothing moved.
      if (error instanceof AppError && items.length > 1) return this.eachAlone(kind, items);
      throw error;
    }
    const outcomes = data[field];
    if (outcomes?.length !== items.length) throw new Error(`wallet answered ${outcomes?.length} outcomes for ${items.length} movements`);
    // As callSubgraph turns a single call's error: a domain refusal keeps its code, anything else is ours.
    outcomes.forEach(({ error }, i) => error && (items[i]!.failure = peerError('wallet', error.code, error.message, error.reason)));
  }

  /** Each item as a call of its own, each with its own outcome. */
  private async eachAlone(kind: Kind, items: Pending[]): Promise<void> {
    await Promise.all(
      items.map((item) =>
        withTraceparent(item.traced?.traceparent, () => this.single(kind, item)).catch((error: unknown) => {
          item.failure = error instanceof Error ? error : new Error(String(error));
        }),
      ),
    );
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
