// Benchmark: OpenSearch's CPU per audit entry, through audit's own store (OpenSearchAuditStore).
//   npm run bench:audit-store     (BENCH_ROUNDS, default 4; BENCH_BATCHES per round, 60; BENCH_BATCH, 130)
// Needs OPENSEARCH_URL (tools/opensearch/launch.sh) and OpenSearch's process on this machine (the
// java process whose command line carries `-Ehttp.port=<OPENSEARCH_URL's port>`). Each round appends
// BENCH_BATCHES batches of BENCH_BATCH entries (two contexts, as the audit consumer's batches carry
// them: ~130 events each under Scenario B) under a prefix of its own, and prints the entries per
// second and OpenSearch's CPU (utime + stime from /proc) per entry. Its indices and template are
// deleted at the end. For before/after, run it from two checkouts alternately: only pairs compare.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { deleteAuditIndices } from '@worldgraph/testenv';
import { OpenSearchAuditStore } from '../../subgraphs/audit/src/store/opensearch.ts';
import { processCpu } from './gateways/proc.ts';

const url = process.env.OPENSEARCH_URL;
if (!url) throw new Error('bench:audit-store needs OPENSEARCH_URL (tools/opensearch/launch.sh prints it)');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 60);
const BATCH = Number(process.env.BENCH_BATCH ?? 130);

/** OpenSearch's process: the one started with this URL's HTTP port. */
function openSearchPid(): number {
  const flag = `-Ehttp.port=${new URL(url!).port}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes('org.opensearch.bootstrap.OpenSearch') && args.includes(flag)) return Number(entry);
    } catch {
      // gone
    }
  }
  throw new Error(`no OpenSearch process on this machine with ${flag}`);
}

const pid = openSearchPid();
const prefix = `wgt_bench${randomUUID().slice(0, 8)}_audit`;
const store = new OpenSearchAuditStore({ url, prefix });
const draft = (i: number) => ({
  eventId: randomUUID(), context: i % 3 ? 'features' : 'wallet', action: i % 3 ? 'FeatureStatusChanged' : 'WalletChanged', outcome: 'ok' as const, errorCode: null,
  actor: randomUUID(), userIds: [randomUUID()], entityType: i % 3 ? 'Feature' : 'Wallet', entityId: `e${i}`, requestId: randomUUID(), clientAddress: '127.0.0.1',
  userAgent: 'bench', occurredAt: new Date().toISOString(), before: '{"status":"available","price":"100.0000000000"}', after: `{"status":"reserved","price":"100.0000000000","buyerId":"${randomUUID()}"}`,
});

try {
  await store.append('features', [draft(1)]); // the template and heads, before the rounds
  for (let round = 1; round <= ROUNDS; round++) {
    const from = processCpu(pid).total;
    const t0 = performance.now();
    let entries = 0;
    for (let b = 0; b < BATCHES; b++) {
      const drafts = Array.from({ length: BATCH }, (_, i) => draft(i));
      await store.appendMany([
        ['features', drafts.filter((d) => d.context === 'features')],
        ['wallet', drafts.filter((d) => d.context === 'wallet')],
      ]);
      entries += drafts.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpuMs = (processCpu(pid).total - from) * 1000;
    console.log(`round ${round}: ${entries} entries, ${(entries / seconds).toFixed(0)}/s; OpenSearch CPU ${(cpuMs * 1000 / entries).toFixed(0)} µs an entry`);
  }
} finally {
  await deleteAuditIndices(url, prefix);
  await store.client.close();
}
