// Backs up one context's database and proves the backup restores: pg_dump (custom format), restore
// into a fresh database, then check it against the source — row counts per table equal, and the
// context's own invariants: for wallet every balance equals the sum of its ledger entries, for audit
// every context's hash chain verifies (audit's own verifyChain over its Postgres store).
//
//   node --import tsx tools/backup/backup.ts --context wallet --database-url postgres://…/wg_wallet [--out wallet.dump] [--keep]
//
// Prints a JSON report; exits 1 when the restored copy differs or an invariant fails, 2 on bad usage.
// The fresh database (<source>_restore_<time>) is dropped afterwards unless --keep.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

export interface BackupReport {
  context: string;
  source: string;
  restoredInto: string;
  dumpFile: string;
  dumpBytes: number;
  ok: boolean;
  tables: Record<string, { source: number; restored: number }>;
  problems: string[];
  checks: Record<string, unknown>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr.trim()}`);
}

async function query<T extends pg.QueryResultRow>(url: string, fn: (client: pg.Client) => Promise<T[]>): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Row count of every table in the public schema, as `client` sees it. */
async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM public.${quoteIdent(name)}`);
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

/** wallet: balances whose amount is not the sum of their ledger entries (none in a sound copy). */
async function walletLedger(client: pg.Client): Promise<{ balances: number; ledgerTotal: string; balanceTotal: string; mismatches: number }> {
  const { rows } = await client.query<{ balances: string; ledger_total: string; balance_total: string; mismatches: string }>(`
    WITH sums AS (SELECT user_id, asset, sum(amount) AS total FROM ledger_entries GROUP BY user_id, asset)
    SELECT (SELECT count(*) FROM balances)::text AS balances,
           (SELECT coalesce(sum(amount), 0) FROM ledger_entries)::text AS ledger_total,
           (SELECT coalesce(sum(amount), 0) FROM balances)::text AS balance_total,
           (SELECT count(*) FROM balances b FULL JOIN sums s USING (user_id, asset)
             WHERE coalesce(b.amount, 0) <> coalesce(s.total, 0))::text AS mismatches`);
  const row = rows[0]!;
  return { balances: Number(row.balances), ledgerTotal: row.ledger_total, balanceTotal: row.balance_total, mismatches: Number(row.mismatches) };
}

/** audit: every context's chain, verified by audit's own code over the restored Postgres store. */
async function auditChains(url: string) {
  const [{ createAuditStore }, { verifyChain }] = await Promise.all([
    import('../../subgraphs/audit/src/store/index.ts'),
    import('../../subgraphs/audit/src/domain/verify.ts'),
  ]);
  const store = createAuditStore({ OPENSEARCH_URL: undefined } as never, { databaseUrl: url });
  try {
    const contexts = await query(url, async (client) => (await client.query<{ context: string }>('SELECT context FROM audit_chain_heads ORDER BY context')).rows);
    const reports = [];
    for (const { context } of contexts) reports.push(await verifyChain(store, context));
    return reports;
  } finally {
    await store.close();
  }
}

/** Dumps `databaseUrl`, restores the dump into a fresh database and checks it. */
export async function backupAndVerify(context: string, databaseUrl: string, options: { out?: string; keep?: boolean } = {}): Promise<BackupReport> {
  const source = new URL(databaseUrl).pathname.slice(1);
  const restoredInto = `${source}_restore_${Date.now()}`.slice(0, 63);
  const restoredUrl = withDatabase(databaseUrl, restoredInto);
  const tmp = options.out ? undefined : mkdtempSync(path.join(os.tmpdir(), 'wg-backup-'));
  const dumpFile = options.out ?? path.join(tmp!, `${source}.dump`);
  const problems: string[] = [];
  const checks: Record<string, unknown> = {};
  const admin = withDatabase(databaseUrl, 'postgres');
  // The source is read in one snapshot that pg_dump shares (--snapshot): on a live system the counts
  // and sums compared are exactly what the dump holds, whatever is written meanwhile.
  const snapshot = new pg.Client({ connectionString: databaseUrl });
  await snapshot.connect();
  let snapshotOpen = true;
  try {
    await snapshot.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await snapshot.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${dumpFile}`, `--dbname=${databaseUrl}`]);
    const before = await rowCounts(snapshot);
    const sourceLedger = context === 'wallet' ? await walletLedger(snapshot) : undefined;
    await snapshot.query('COMMIT');
    snapshotOpen = false;
    await snapshot.end();

    await query(admin, async (c) => (await c.query(`CREATE DATABASE ${quoteIdent(restoredInto)}`)).rows);
    run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${restoredUrl}`, dumpFile]);
    const restoredClient = new pg.Client({ connectionString: restoredUrl });
    await restoredClient.connect();
    const restored = await rowCounts(restoredClient);
    const copyLedger = context === 'wallet' ? await walletLedger(restoredClient) : undefined;
    await restoredClient.end();

    const tables: BackupReport['tables'] = {};
    for (const name of new Set([...Object.keys(before), ...Object.keys(restored)])) {
      tables[name] = { source: before[name] ?? -1, restored: restored[name] ?? -1 };
      if (before[name] !== restored[name]) problems.push(`table ${name}: ${before[name] ?? 'missing'} rows in the source, ${restored[name] ?? 'missing'} restored`);
    }
    if (sourceLedger && copyLedger) {
      checks.ledger = { source: sourceLedger, restored: copyLedger };
      if (copyLedger.mismatches) problems.push(`wallet: ${copyLedger.mismatches} balances differ from the sum of their ledger entries`);
      if (sourceLedger.ledgerTotal !== copyLedger.ledgerTotal || sourceLedger.balanceTotal !== copyLedger.balanceTotal) problems.push('wallet: ledger or balance totals differ from the source');
    }
    if (context === 'audit') {
      const chains = await auditChains(restoredUrl);
      checks.auditChains = chains;
      for (const chain of chains) if (!chain.ok) problems.push(`audit: chain of ${chain.context} broken at ${chain.brokenAt?.sequence}: ${chain.brokenAt?.reason}`);
    }
    return { context, source, restoredInto, dumpFile, dumpBytes: statSync(dumpFile).size, ok: problems.length === 0, tables, problems, checks };
  } finally {
    if (snapshotOpen) await snapshot.end().catch(() => {});
    if (!options.keep) await query(admin, async (c) => (await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(restoredInto)} WITH (FORCE)`)).rows);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('tools/backup/backup.ts')) {
  const { values } = parseArgs({
    options: { context: { type: 'string' }, 'database-url': { type: 'string' }, out: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.context || !values['database-url']) {
    console.error('usage: node --import tsx tools/backup/backup.ts --context <name> --database-url <postgres url of that context> [--out <file.dump>] [--keep]');
    process.exit(values.help ? 0 : 2);
  }
  backupAndVerify(values.context, values['database-url'], { out: values.out, keep: values.keep }).then(
    (report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exit(report.ok ? 0 : 1);
    },
    (error: Error) => {
      console.error(`backup: ${error.message}`);
      process.exit(1);
    },
  );
}
