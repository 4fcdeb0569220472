import { GroupWriter, type SqlPool } from '@worldgraph/kit';

/** What a purchase step answers (prisma/features/migrations/*_purchase_steps): the purchase, decimals as exact text (pg's parsing: timestamps as Dates). */
export interface PurchaseStep {
  outcome: 'fresh' | 'same' | 'refused' | 'child';
  refusal_code: string | null;
  refusal: string | null;
  id: string;
  feature_id: string;
  buyer_id: string;
  seller_id: string | null;
  asset: string;
  price: string;
  commission: string;
  buy_request_id: string | null;
  from_status: string;
  idempotency_key: string;
  status: string;
  failure: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A reservation to make (features_reserve_purchase's arguments). */
export interface Reservation {
  purchaseId: string;
  featureId: string;
  buyerId: string;
  idempotencyKey: string;
  commissionRate: string;
  requestId: string | null;
  sellerId: string | null;
  price: string | null;
  asset: string | null;
  childChecked: boolean;
}

/** A batch function's row: a step's answer and the place of its item in the batch, from 1. */
type StepAt = PurchaseStep & { ord: number };

// 50 purchases in flight fit in one batch; a bound keeps one statement's arrays and locks reasonable.
const MAX_PER_BATCH = 100;

/**
 * Group commit of one purchase step: the steps asked for while a batch of them is in the database go
 * together in the next one, a single statement and a single transaction (migration
 * 20261127093000_purchase_step_batches), so the purchases in flight pay one round trip, one
 * statement's overhead and one commit per batch instead of one each. Each step keeps its own
 * answer. When the batch statement fails (a transfer whose parcel is not reserved for it raises, a
 * deadlock), nothing of it was written, and its steps run again one by one, each failing or not on
 * its own: one purchase never fails another.
 */
class StepBatcher<T> {
  private readonly writer: GroupWriter<{ item: T; outcome?: PurchaseStep | Error }>;

  constructor(private readonly run: (items: T[]) => Promise<StepAt[]>) {
    this.writer = new GroupWriter((batch) => this.write(batch), MAX_PER_BATCH);
  }

  async step(item: T): Promise<PurchaseStep> {
    const pending: { item: T; outcome?: PurchaseStep | Error } = { item };
    await this.writer.add([pending]);
    const outcome = pending.outcome ?? new Error('the batch returned no answer for this purchase step');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  private async write(batch: { item: T; outcome?: PurchaseStep | Error }[]): Promise<void> {
    const answered = (pending: (typeof batch)[number], row: StepAt | undefined) => {
      pending.outcome = row ?? new Error('the batch returned no answer for this purchase step');
    };
    try {
      const byOrd = new Map((await this.run(batch.map((p) => p.item))).map((r) => [r.ord, r]));
      batch.forEach((p, i) => answered(p, byOrd.get(i + 1)));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.outcome = error instanceof Error ? error : new Error(String(error));
        return;
      }
      await Promise.all(batch.map(async (p) => {
        try {
          answered(p, (await this.run([p.item]))[0]);
        } catch (e) {
          p.outcome = e instanceof Error ? e : new Error(String(e));
        }
      }));
    }
  }
}

/** The two purchase steps of features, each gathered across the purchases in flight (StepBatcher). */
export class PurchaseSteps {
  private readonly reservations: StepBatcher<Reservation>;
  private readonly transfers: StepBatcher<string>;

  constructor(sql: SqlPool) {
    this.reservations = new StepBatcher(async (items) => (await sql.query<StepAt>({
      name: 'features_reserve_purchases',
      text: `SELECT * FROM features_reserve_purchases($1::varchar[], $2::varchar[], $3::uuid[], $4::varchar[], $5::numeric[],
        $6::varchar[], $7::uuid[], $8::numeric[], $9::varchar[], $10::boolean[])`,
      values: [
        items.map((r) => r.purchaseId), items.map((r) => r.featureId), items.map((r) => r.buyerId), items.map((r) => r.idempotencyKey),
        items.map((r) => r.commissionRate), items.map((r) => r.requestId), items.map((r) => r.sellerId), items.map((r) => r.price),
        items.map((r) => r.asset), items.map((r) => r.childChecked),
      ],
    })).rows);
    this.transfers = new StepBatcher(async (ids) => (await sql.query<StepAt>({
      name: 'features_transfer_purchases',
      text: 'SELECT * FROM features_transfer_purchases($1::varchar[])',
      values: [ids],
    })).rows);
  }

  /** Step 1 (features_reserve_purchase): reserves the parcel, or answers same, refused or child. */
  reserve(reservation: Reservation): Promise<PurchaseStep> {
    return this.reservations.step(reservation);
  }

  /** Step 3 (features_transfer_purchase): the parcel changes hands; throws when it is not reserved for the purchase. */
  transfer(purchaseId: string): Promise<PurchaseStep> {
    return this.transfers.step(purchaseId);
  }
}
