import { badInput, conflict, Decimal } from '@worldgraph/kit';
import type { PlatformVariable, PrismaClient } from '../generated/prisma/client.ts';

/** A runtime setting's definition: what it means, its value before any admin set it, and what it accepts. */
interface Definition {
  description: string;
  default: string;
  validate: (value: string) => boolean;
}

const DECIMAL = /^\d{1,10}(\.\d{1,10})?$/;
const decimal = (value: string) => DECIMAL.test(value);
const rate = (value: string) => decimal(value) && new Decimal(value).lte(1);
const count = (value: string) => /^\d{1,9}$/.test(value);
const assetCode = (value: string) => /^[A-Z][A-Z0-9_]{1,15}$/.test(value);

/**
 * The platform variables (the seed's `variables` table): prices of a top-up per asset (in Rials,
 * the gateway's unit), exchange rates, the marketplace commission rate, top-up limits and the
 * referral programme's reward and caps. Keys outside this list are refused.
 */
export function definitions(assets: string[]): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  const defaultPrice: Record<string, string> = { IRR: '1', PSC: '500000', RED: '10000', BLUE: '10000', YELLOW: '10000' };
  for (const asset of assets) {
    defs.set(`price.${asset}`, { description: `Rials paid for one ${asset} bought by a top-up`, default: defaultPrice[asset] ?? '10000', validate: (v) => decimal(v) && new Decimal(v).gt(0) });
    for (const to of assets) {
      if (to !== asset) defs.set(`rate.${asset}.${to}`, { description: `How many ${to} one ${asset} is worth`, default: '0', validate: decimal });
    }
  }
  defs.set('commission.rate', { description: "The platform's share of a marketplace sale, 0 to 1", default: '0.05', validate: rate });
  defs.set('topup.minIrr', { description: 'Smallest top-up, in Rials', default: '10000', validate: count });
  defs.set('topup.maxIrr', { description: 'Largest top-up, in Rials', default: '500000000', validate: count });
  defs.set('topup.maxOpenOrders', { description: 'Most unpaid orders one user may have open at once', default: '5', validate: (v) => count(v) && Number(v) >= 1 });
  defs.set('order.ttlMinutes', { description: 'Minutes an unpaid order stays open before it expires', default: '20', validate: (v) => count(v) && Number(v) >= 1 });
  defs.set('referral.rewardAsset', { description: "Asset of the referrer's reward", default: 'PSC', validate: (v) => assetCode(v) && assets.includes(v) });
  defs.set('referral.rewardAmount', { description: "The referrer's reward on the referred user's first paid top-up (0 turns rewards off)", default: '1', validate: decimal });
  defs.set('referral.minTopUpIrr', { description: 'Smallest paid top-up, in Rials, that earns the referrer a reward', default: '0', validate: count });
  defs.set('referral.maxPerReferrer', { description: 'Most users one referrer may bring in', default: '50', validate: count });
  defs.set('referral.maxPerAddress', { description: 'Most referred sign-ups claimed from one network address', default: '3', validate: count });
  return defs;
}

/** One variable as the API shows it: its current value, whether an admin set it, and by whom. */
export interface VariableView {
  key: string;
  value: string;
  description: string;
  defaultValue: string;
  version: number;
  updatedBy: string | null;
  updatedAt: Date | null;
}

/** Reads and changes platform variables; every change is recorded with who, when, from and to. */
export class PlatformVariables {
  readonly defs: Map<string, Definition>;

  constructor(
    private readonly db: PrismaClient,
    assets: string[],
  ) {
    this.defs = definitions(assets);
  }

  private view(key: string, row?: PlatformVariable | null): VariableView {
    const def = this.defs.get(key)!;
    return { key, value: row?.value ?? def.default, description: def.description, defaultValue: def.default, version: row?.version ?? 0, updatedBy: row?.updatedBy ?? null, updatedAt: row?.updatedAt ?? null };
  }

  async list(): Promise<VariableView[]> {
    const rows = new Map((await this.db.platformVariable.findMany()).map((r) => [r.key, r]));
    return [...this.defs.keys()].sort().map((key) => this.view(key, rows.get(key)));
  }

  async get(key: string): Promise<VariableView> {
    if (!this.defs.has(key)) throw badInput(`Unknown platform variable ${key}`, { field: 'key' });
    return this.view(key, await this.db.platformVariable.findUnique({ where: { key } }));
  }

  /** The current value (the default when never set). */
  async value(key: string): Promise<string> {
    return (await this.get(key)).value;
  }

  async decimal(key: string): Promise<Decimal> {
    return new Decimal(await this.value(key));
  }

  /**
   * Sets a variable; `expectedVersion`, when given, refuses a change made on a stale read
   * (CONFLICT). The value and its history row are written in one transaction.
   */
  async set(actor: string, input: { key: string; value: string; reason?: string | null; expectedVersion?: number | null }): Promise<VariableView> {
    const def = this.defs.get(input.key);
    if (!def) throw badInput(`Unknown platform variable ${input.key}`, { field: 'key' });
    const value = input.value.trim();
    if (!def.validate(value)) throw badInput(`Invalid value for ${input.key}`, { field: 'value' });
    if (input.reason && input.reason.length > 280) throw badInput('Reason must be at most 280 characters', { field: 'reason' });
    const row = await this.db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO platform_variables (key, value, version, updated_by) VALUES (${input.key}, ${def.default}, 0, 'default') ON CONFLICT DO NOTHING`;
      const [current] = await tx.$queryRaw<{ value: string; version: number }[]>`SELECT value, version FROM platform_variables WHERE key = ${input.key} FOR UPDATE`;
      if (input.expectedVersion != null && input.expectedVersion !== current!.version) {
        throw conflict(`${input.key} was changed meanwhile (version ${current!.version})`);
      }
      const version = current!.version + 1;
      await tx.platformVariableChange.create({ data: { key: input.key, oldValue: current!.version === 0 ? null : current!.value, newValue: value, version, changedBy: actor, reason: input.reason ?? null } });
      const event = { type: 'PlatformVariableChanged', key: input.key, oldValue: current!.version === 0 ? null : current!.value, newValue: value, version, changedBy: actor };
      await tx.outboxEvent.create({ data: { type: event.type, aggregateId: input.key, payload: event } });
      return tx.platformVariable.update({ where: { key: input.key }, data: { value, version, updatedBy: actor, updatedAt: new Date() } });
    });
    return this.view(input.key, row);
  }

  /** Changes, newest first, of one variable or of all. */
  history(key?: string | null, first = 50) {
    return this.db.platformVariableChange.findMany({ where: key ? { key } : {}, orderBy: { id: 'desc' }, take: Math.min(Math.max(first, 1), 200) });
  }
}
