// audit's background verification (AUDIT_VERIFY_INTERVAL_MS): each context's chain is verified on
// schedule and the result exported as audit_chain_verification_ok, what the AuditChainBroken alert
// (k8s/monitoring) fires on: 1 while the chain holds, 0 once an entry is altered behind its back.
import { randomBytes } from 'node:crypto';
import { createLogger, createPrismaClient, databaseUrl, metricsText } from '@worldgraph/kit';
import { stack } from '@worldgraph/testenv';
import pg from 'pg';
import { AuditLog } from '../src/domain/audit-log.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { PostgresAuditStore } from '../src/store/postgres.ts';

/** The gauge's value for a context in this process's /metrics text, once it equals `want` (or the last seen). */
async function chainOk(context: string, want: number, ms = 15_000): Promise<number | undefined> {
  const end = Date.now() + ms;
  let value: number | undefined;
  do {
    const line = (await metricsText()).split('\n').find((l) => l.startsWith(`audit_chain_verification_ok{context="${context}"} `));
    value = line === undefined ? undefined : Number(line.split(' ')[1]);
    if (value === want) return value;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
  return value;
}

it('verifies every context on schedule and exports whether its chain holds', async () => {
  const url = databaseUrl(stack().databaseUrl, `${stack().dbPrefix}audit`);
  const store = new PostgresAuditStore(createPrismaClient(PrismaClient, url));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const context = `wgt_sched_${randomBytes(4).toString('hex')}`;
  const other = `${context}_b`;
  const log = new AuditLog(store, [context, other]);
  let stop = () => {};
  try {
    await store.init();
    for (const ctx of [context, other]) {
      await store.append(ctx, [0, 1, 2].map((i) => ({
        eventId: `${ctx}:${i}`, context: ctx, action: 'transfer', outcome: 'ok' as const, errorCode: null,
        actor: 'aaaaaaaa-0000-4000-8000-000000000001', userIds: [], entityType: 'Wallet', entityId: `w${i}`,
        requestId: null, clientAddress: null, userAgent: null, occurredAt: new Date(Date.UTC(2026, 10, 1, 12, i)).toISOString(),
        before: null, after: JSON.stringify({ amount: `${i}` }),
      })));
    }
    expect(await chainOk(context, 1, 0)).toBeUndefined(); // nothing verified yet
    stop = log.verifyEvery(100, createLogger('audit-test', 'silent'));
    expect(await chainOk(context, 1)).toBe(1);
    expect(await chainOk(other, 1)).toBe(1);

    await pool.query('UPDATE audit_entries SET after = $2 WHERE event_id = $1', [`${context}:1`, JSON.stringify({ amount: 'forged' })]);
    expect(await chainOk(context, 0)).toBe(0);
    expect(await chainOk(other, 1)).toBe(1);
  } finally {
    stop();
    await pool.end();
    await store.close();
  }
}, 60_000);
