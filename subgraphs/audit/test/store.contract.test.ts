// One contract for every AuditStore: Postgres always, OpenSearch when OPENSEARCH_URL is set.
import { randomBytes } from 'node:crypto';
import { createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { stack } from '@worldgraph/testenv';
import pg from 'pg';
import { chain, GENESIS, hashOf, type AuditDraft } from '../src/domain/entry.ts';
import type { AuditStore } from '../src/domain/store.ts';
import { verifyChain } from '../src/domain/verify.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { OpenSearchAuditStore } from '../src/store/opensearch.ts';
import { PostgresAuditStore } from '../src/store/postgres.ts';

/** A store under test, and how a tamperer would change or remove one stored entry behind its back. */
interface Subject {
  store: AuditStore;
  /** Another store instance on the same data: a second writer (another audit replica). */
  twin(): AuditStore;
  alter(entry: { eventId: string; occurredAt: string }, after: string): Promise<void>;
  remove(entry: { eventId: string; occurredAt: string }): Promise<void>;
  close(): Promise<void>;
}

function postgres(): Subject {
  const url = databaseUrl(stack().databaseUrl, `${stack().dbPrefix}audit`);
  const store = new PostgresAuditStore(createPrismaClient(PrismaClient, url));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    store,
    twin: () => new PostgresAuditStore(createPrismaClient(PrismaClient, url)),
    alter: async (e, after) => void (await pool.query('UPDATE audit_entries SET after = $2 WHERE event_id = $1', [e.eventId, after])),
    remove: async (e) => void (await pool.query('DELETE FROM audit_entries WHERE event_id = $1', [e.eventId])),
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
}

function opensearch(url: string): Subject {
  const prefix = `wgt_contract_${randomBytes(4).toString('hex')}`;
  const store = new OpenSearchAuditStore({ url, prefix });
  return {
    store,
    twin: () => new OpenSearchAuditStore({ url, prefix }),
    alter: async (e, after) => void (await store.client.update({ index: store.indexOf(e.occurredAt), id: e.eventId, body: { doc: { after } }, refresh: true })),
    remove: async (e) => void (await store.client.delete({ index: store.indexOf(e.occurredAt), id: e.eventId, refresh: true })),
    close: async () => {
      await store.client.indices.delete({ index: `${prefix}-*` }).catch(() => {});
      await store.client.indices.deleteIndexTemplate({ name: `${prefix}-entries` }).catch(() => {});
      await store.close();
    },
  };
}

const subjects: [string, () => Subject][] = [['postgres', postgres]];
if (process.env.OPENSEARCH_URL) subjects.push(['opensearch', () => opensearch(process.env.OPENSEARCH_URL!)]);

let n = 0;
const context = () => `ctx_${randomBytes(4).toString('hex')}`;
/** Drafts of one context, one minute apart from `start` (occurredAt decides newest-first order). */
function drafts(ctx: string, count: number, overrides: Partial<AuditDraft> = {}, start = Date.UTC(2026, 10, 1, 12)): AuditDraft[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: `${ctx}:${++n}`,
    context: ctx,
    action: i % 2 ? 'transfer' : 'WalletChanged',
    outcome: 'ok' as const,
    errorCode: null,
    actor: 'aaaaaaaa-0000-4000-8000-000000000001',
    userIds: ['aaaaaaaa-0000-4000-8000-000000000001'],
    entityType: 'Wallet',
    entityId: `w${i}`,
    requestId: `req-${ctx}-${i}`,
    clientAddress: '10.0.0.7',
    userAgent: 'contract',
    occurredAt: new Date(start + i * 60_000).toISOString(),
    before: null,
    after: JSON.stringify({ asset: 'PSC', amount: `${i}.5`, memo: `zanzibar${i}` }),
    ...overrides,
  }));
}

describe.each(subjects)('the %s audit store', (_name, make) => {
  let s: Subject;
  beforeAll(async () => {
    s = make();
    await s.store.init();
  });
  afterAll(() => s.close());

  it('chains a context from the genesis hash, each entry carrying the previous one', async () => {
    const ctx = context();
    const added = await s.store.append(ctx, drafts(ctx, 3));
    expect(added.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(added[0]!.prevHash).toBe(GENESIS);
    expect(added[1]!.prevHash).toBe(added[0]!.hash);
    for (const e of added) expect(hashOf(e)).toBe(e.hash);
    const more = await s.store.append(ctx, drafts(ctx, 2));
    expect(more.map((e) => [e.seq, e.prevHash])).toEqual([[4, added[2]!.hash], [5, more[0]!.hash]]);
    expect(await verifyChain(s.store, ctx)).toEqual({ context: ctx, ok: true, checked: 5, brokenAt: null });
  });

  it('records an event id once, however often it is appended', async () => {
    const ctx = context();
    const batch = drafts(ctx, 3);
    await s.store.append(ctx, batch);
    expect(await s.store.append(ctx, batch)).toEqual([]);
    expect(await s.store.append(ctx, [batch[1]!, batch[1]!, ...drafts(ctx, 1)]).then((a) => a.map((e) => e.seq))).toEqual([4]);
    await s.store.refresh();
    expect(await s.store.search({ context: ctx }, 100)).toHaveLength(4);
  });

  it('keeps one unbroken chain when writers append to one context at once', async () => {
    const ctx = context();
    const other = { store: s.twin() };
    try {
      const all = drafts(ctx, 12);
      // Two writers, each appending one event at a time, with some events delivered to both.
      await Promise.all([
        (async () => { for (const d of all.slice(0, 8)) await s.store.append(ctx, [d]); })(),
        (async () => { for (const d of all.slice(4)) await other.store.append(ctx, [d]); })(),
      ]);
      const report = await verifyChain(s.store, ctx);
      expect(report).toMatchObject({ ok: true, checked: 12 });
    } finally {
      await other.store.close();
    }
  });

  it('chains after another writer’s entries appended since its own last append', async () => {
    const ctx = context();
    const other = { store: s.twin() };
    try {
      const all = drafts(ctx, 6);
      await s.store.append(ctx, all.slice(0, 2));
      await other.store.append(ctx, all.slice(2, 4));
      const third = await s.store.append(ctx, all.slice(4));
      expect(third.map((e) => e.seq)).toEqual([5, 6]);
      expect(await verifyChain(s.store, ctx)).toMatchObject({ ok: true, checked: 6 });
    } finally {
      await other.store.close();
    }
  });

  it('appends several contexts at once, each to its own chain, a repeat once', async () => {
    const [a, b] = [context(), context()];
    const [da, db] = [drafts(a, 3), drafts(b, 2)];
    await s.store.append(a, da.slice(0, 1));
    const added = await s.store.appendMany([[a, da], [b, db], [a, da.slice(1, 2)]]);
    expect(added.map((e) => [e.context, e.seq])).toEqual([[a, 2], [a, 3], [b, 1], [b, 2]]);
    expect(await s.store.appendMany([[a, da], [b, db]])).toEqual([]);
    expect(await verifyChain(s.store, a)).toMatchObject({ ok: true, checked: 3 });
    expect(await verifyChain(s.store, b)).toMatchObject({ ok: true, checked: 2 });
  });

  it('finds entries by each field, by time and by words, newest first, page by page', async () => {
    const ctx = context();
    const added = await s.store.append(ctx, [...drafts(ctx, 5), ...drafts(ctx, 1, { actor: 'bob', action: 'login', outcome: 'refused', errorCode: 'UNAUTHENTICATED', entityType: 'User', entityId: 'u-bob', userIds: [] }, Date.UTC(2026, 10, 1, 12, 1, 30))]);
    await s.store.refresh();
    const ids = async (filter: Parameters<AuditStore['search']>[0]) => (await s.store.search({ context: ctx, ...filter }, 100)).map((e) => e.eventId);
    expect(await ids({})).toEqual([added[4], added[3], added[2], added[5], added[1], added[0]].map((e) => e!.eventId));
    expect(await ids({ actor: 'bob' })).toEqual([added[5]!.eventId]);
    expect(await ids({ action: 'transfer' })).toEqual([added[3]!.eventId, added[1]!.eventId]);
    expect(await ids({ entityType: 'Wallet', entityId: 'w2' })).toEqual([added[2]!.eventId]);
    expect(await ids({ userId: 'aaaaaaaa-0000-4000-8000-000000000001' })).toHaveLength(5);
    expect(await ids({ from: new Date(added[1]!.occurredAt), to: new Date(added[3]!.occurredAt) })).toEqual([added[2], added[5], added[1]].map((e) => e!.eventId));
    expect(await ids({ text: 'zanzibar3' })).toEqual([added[3]!.eventId]);
    expect(await ids({ text: `req-${ctx}-4` })).toEqual([added[4]!.eventId]);
    expect(await ids({ text: 'Zanzibar3 PSC' })).toEqual([added[3]!.eventId]);
    expect(await ids({ text: 'zanzibar3 nowhere' })).toEqual([]);
    expect(await ids({ text: 'unauthenticated' })).toEqual([added[5]!.eventId]);

    const pages: string[] = [];
    let after;
    for (;;) {
      const page = await s.store.search({ context: ctx }, 2, after);
      pages.push(...page.map((e) => e.eventId));
      if (page.length < 2) break;
      after = { occurredAt: page.at(-1)!.occurredAt, eventId: page.at(-1)!.eventId };
    }
    expect(pages).toEqual(await ids({}));
    expect(await s.store.countByAction({ context: ctx })).toEqual([
      { action: 'WalletChanged', count: 3 },
      { action: 'transfer', count: 2 },
      { action: 'login', count: 1 },
    ]);
  });

  it('names the altered entry, and the one after a removed entry', async () => {
    const ctx = context();
    const first = await s.store.append(ctx, drafts(ctx, 3));
    await new Promise((r) => setTimeout(r, 5)); // a later recordedAt for the second batch
    const later = await s.store.append(ctx, drafts(ctx, 3));
    const added = [...first, ...later];
    await s.alter(added[2]!, JSON.stringify({ asset: 'PSC', amount: '1000000' }));
    expect(await verifyChain(s.store, ctx)).toMatchObject({ ok: false, checked: 3, brokenAt: { sequence: 3, entryId: added[2]!.eventId, reason: expect.stringMatching(/altered/) } });
    // Over a range after the altered entry, the chain holds.
    expect(await verifyChain(s.store, ctx, new Date(added[3]!.recordedAt))).toMatchObject({ ok: true });

    const ctx2 = context();
    const second = await s.store.append(ctx2, drafts(ctx2, 4));
    await s.remove(second[1]!);
    expect(await verifyChain(s.store, ctx2)).toMatchObject({ ok: false, brokenAt: { sequence: 3, entryId: second[2]!.eventId, reason: expect.stringMatching(/missing/) } });
  });

  it('notices entries cut from the end of a chain, which leave no broken link', async () => {
    const ctx = context();
    const added = await s.store.append(ctx, drafts(ctx, 4));
    expect(await s.store.head(ctx)).toEqual({ seq: 4, hash: added[3]!.hash });
    await s.remove(added[3]!);
    await s.remove(added[2]!);
    expect(await verifyChain(s.store, ctx)).toMatchObject({ ok: false, checked: 2, brokenAt: { sequence: 3, entryId: null, reason: expect.stringMatching(/3\.\.4 are missing at the end/) } });
    // A range that ends before the cut still holds.
    expect(await verifyChain(s.store, ctx, null, new Date(added[1]!.recordedAt))).toMatchObject({ ok: true, checked: 2 });
  });
});

(process.env.OPENSEARCH_URL ? describe : describe.skip)('the OpenSearch store’s write-ahead', () => {
  const prefix = `wgt_contract_${randomBytes(4).toString('hex')}`;
  let store: OpenSearchAuditStore;
  beforeAll(async () => {
    store = new OpenSearchAuditStore({ url: process.env.OPENSEARCH_URL!, prefix });
    await store.init();
  });
  afterAll(async () => {
    await store.client.indices.delete({ index: `${prefix}-*` }).catch(() => {});
    await store.client.indices.deleteIndexTemplate({ name: `${prefix}-entries` }).catch(() => {});
    await store.close();
  });

  it('writes the entries a head claimed and a crash left unwritten, as they were claimed, before chaining after them', async () => {
    const ctx = context();
    const first = await store.append(ctx, drafts(ctx, 2));
    // A writer claimed three more entries in the head and stopped before writing them.
    const claimed = chain(first.at(-1)!, drafts(ctx, 3, { after: JSON.stringify({ memo: 'quux "quoted" ünïcode' }) }));
    await store.client.index({ index: `${prefix}-heads`, id: ctx, body: { seq: claimed.at(-1)!.seq, hash: claimed.at(-1)!.hash, pending: claimed }, refresh: true });
    // Another writer (no head of its own remembered) appends next.
    const next = new OpenSearchAuditStore({ url: process.env.OPENSEARCH_URL!, prefix });
    try {
      const added = await next.append(ctx, drafts(ctx, 1));
      expect(added.map((e) => [e.seq, e.prevHash])).toEqual([[6, claimed.at(-1)!.hash]]);
    } finally {
      await next.close();
    }
    expect(await verifyChain(store, ctx)).toEqual({ context: ctx, ok: true, checked: 6, brokenAt: null });
    await store.refresh();
    const found = await store.search({ context: ctx, text: 'quux' }, 10);
    expect(found.map((e) => e.seq).sort()).toEqual([3, 4, 5]);
    expect(found.find((e) => e.seq === 3)).toEqual(claimed[0]);
  });
});
