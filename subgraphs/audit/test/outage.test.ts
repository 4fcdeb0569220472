// With OpenSearch stopped, audit entries wait in their stream and all arrive once it is back.
// Runs where OpenSearch can be launched (CI sets OPENSEARCH_URL): on a node of its own, so stopping
// it disturbs no other test.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createEventBus, createLogger, deleteRedisKeys, type DomainEvent } from '@worldgraph/kit';
import { freePort } from '@worldgraph/testenv';
import { startAuditConsumer } from '../src/domain/consumer.ts';
import { verifyChain } from '../src/domain/verify.ts';
import { OpenSearchAuditStore } from '../src/store/opensearch.ts';

const run = promisify(execFile);
const TOOLS = path.resolve(import.meta.dirname, '../../../tools/opensearch');
const maybe = process.env.OPENSEARCH_URL ? describe : describe.skip;

maybe('the audit consumer while OpenSearch is down', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-opensearch-'));
  const prefix = `wgt_outage_${randomBytes(4).toString('hex')}`;
  const redisPrefix = `wgt:${prefix}:`;
  let env: NodeJS.ProcessEnv;
  const launch = async () => (await run(path.join(TOOLS, 'launch.sh'), { env, timeout: 200_000 })).stdout.trim();
  const stop = () => run(path.join(TOOLS, 'stop.sh'), { env, timeout: 90_000 });

  beforeAll(async () => {
    env = { ...process.env, OPENSEARCH_PORT: String(await freePort()), OPENSEARCH_TRANSPORT_PORT: String(await freePort()), OPENSEARCH_DATA_DIR: dataDir };
  });
  afterAll(async () => {
    await stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    await deleteRedisKeys(process.env.REDIS_URL!, redisPrefix);
  });

  it('keeps every event pending in its stream and records each once when the node is back', async () => {
    const url = await launch();
    const store = new OpenSearchAuditStore({ url, prefix, bulkAttempts: 2 });
    const bus = createEventBus(process.env.REDIS_URL, redisPrefix);
    const consumer = startAuditConsumer(bus, store, createLogger('test', 'silent'), ['wallet']);
    let n = 0;
    const events = (count: number): DomainEvent[] =>
      Array.from({ length: count }, () => {
        const id = ++n;
        return { id: `wallet:${id}`, context: 'wallet', type: 'WalletChanged', aggregateId: `u${id}`, payload: { userId: `u${id}`, asset: 'PSC', amount: '1', kind: 'credit' }, occurredAt: new Date().toISOString() };
      });
    const recorded = async () => {
      await store.refresh();
      return (await store.search({ context: 'wallet' }, 100)).map((e) => e.eventId).sort();
    };
    const until = async <T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> => {
      const end = Date.now() + ms;
      for (;;) {
        const value = await probe().catch(() => undefined);
        if (value !== undefined && ok(value)) return value;
        if (Date.now() > end) throw new Error(`${what} never happened; last: ${JSON.stringify(value)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    // The bus connects in the background and refuses writes until it has.
    const publish = (batch: DomainEvent[]) => until('published', () => bus.publish(batch).then(() => true), Boolean);
    try {
      await publish(events(3));
      await until('the first events recorded', recorded, (ids) => ids.length === 3);

      await stop();
      await publish(events(5));
      if (process.env.REDIS_URL) {
        // The consumer took an event, failed to store it, and left it pending in the stream.
        const redis = new Redis(process.env.REDIS_URL);
        try {
          await until('an event pending', () => redis.xpending(`${redisPrefix}events:wallet`, 'audit') as Promise<[number]>, (p) => p[0] >= 1);
        } finally {
          await redis.quit();
        }
      }

      await launch();
      const ids = await until('every event recorded', recorded, (ids) => ids.length === 8);
      expect(ids).toEqual(Array.from({ length: 8 }, (_, i) => `wallet:${i + 1}`).sort());
      expect(await verifyChain(store, 'wallet')).toMatchObject({ ok: true, checked: 8 });
    } finally {
      await consumer.stop();
      await bus.close();
      if (process.env.REDIS_URL) {
        const redis = new Redis(process.env.REDIS_URL);
        await redis.del(`${redisPrefix}events:wallet`);
        await redis.quit();
      }
      await store.client.indices.delete({ index: `${prefix}-*` }).catch(() => {});
      await store.close();
    }
  }, 300_000);
});
