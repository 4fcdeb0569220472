// tools/backup/backup.ts against the test stack's own databases: a context's database is dumped,
// restored into a fresh one and checked (row counts, wallet's ledger against its balances, audit's
// hash chains); a copy tampered with is caught.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { closeDatabases, credit, database, gql, registerUser, stack, unique } from '@worldgraph/testenv';
import type { BackupReport } from '../../tools/backup/backup.ts';

afterAll(() => closeDatabases());

const ROOT = path.resolve(import.meta.dirname, '../..');
const urlOf = (name: string) => {
  const url = new URL(stack().databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Runs the script as an operator would; resolves with its exit code and JSON report. */
function backup(context: string, databaseName: string, ...extra: string[]): Promise<{ code: number | null; report: BackupReport; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/backup/backup.ts', '--context', context, '--database-url', urlOf(databaseName), ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, report: stdout ? JSON.parse(stdout) : undefined, stderr }));
  });
}

async function withClient<T>(name: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf(name) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const kept: string[] = [];
afterAll(async () => {
  for (const name of kept) await withClient('postgres', (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

/** Whether the stack's audit log is in its Postgres database (not OpenSearch, as under .ci/run). */
const auditInPostgres = !process.env.OPENSEARCH_URL;

describe('backup and restore check', () => {
  beforeAll(async () => {
    // Money moved (ledger entries, balances) and audited.
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '100');
    const res = await gql('mutation ($input: TransferInput!) { transfer(input: $input) { id } }', { input: { toUserId: bob.id, asset: 'PSC', amount: '30.5', idempotencyKey: unique('t-') } }, { token: alice.accessToken });
    expect(res.errors).toBeUndefined();
    // The audit writer appends from the events: wait until wallet's chain has entries (in Postgres:
    // with OPENSEARCH_URL the stack's audit log lives in OpenSearch, whose backups are snapshots).
    for (const end = Date.now() + 60_000; auditInPostgres && Date.now() < end; ) {
      const { rows } = await database('audit').query(`SELECT seq FROM audit_chain_heads WHERE context = 'wallet'`);
      if (rows.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  it('wallet: every table restored with its rows, and the ledger sums equal the balances', async () => {
    const { code, report, stderr } = await backup('wallet', `${stack().dbPrefix}wallet`);
    expect({ code, stderr, problems: report?.problems }).toEqual({ code: 0, stderr: '', problems: [] });
    expect(report.tables.ledger_entries!.restored).toBeGreaterThanOrEqual(3);
    expect(report.tables.ledger_entries!.restored).toBe(report.tables.ledger_entries!.source);
    expect(report.tables.balances!.restored).toBeGreaterThanOrEqual(2);
    expect(report.checks.ledger).toMatchObject({ restored: { mismatches: 0 } });
    expect(report.dumpBytes).toBeGreaterThan(0);
    // The fresh database is gone afterwards.
    const { rows } = await withClient('postgres', (c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [report.restoredInto]));
    expect(rows).toEqual([]);
  });

  (auditInPostgres ? it : it.skip)("audit: every context's hash chain verifies in the restored copy", async () => {
    const { code, report } = await backup('audit', `${stack().dbPrefix}audit`);
    expect({ code, problems: report.problems }).toEqual({ code: 0, problems: [] });
    const chains = report.checks.auditChains as { context: string; ok: boolean; checked: number }[];
    expect(chains.find((c) => c.context === 'wallet')).toMatchObject({ ok: true, checked: expect.any(Number) });
    expect(chains.every((c) => c.ok)).toBe(true);
  });

  it('a copy whose balance was altered fails the check, saying why', async () => {
    const wallet = (await backup('wallet', `${stack().dbPrefix}wallet`, '--keep')).report.restoredInto;
    kept.push(wallet);
    await withClient(wallet, (c) => c.query(`UPDATE balances SET amount = amount + 1 WHERE ctid = (SELECT ctid FROM balances WHERE amount > 0 LIMIT 1)`));
    const badWallet = await backup('wallet', wallet);
    expect(badWallet.code).toBe(1);
    expect(badWallet.report.problems).toEqual([expect.stringContaining('balances differ from the sum of their ledger entries')]);
  });

  (auditInPostgres ? it : it.skip)('a copy whose audit entry was altered fails the check, saying why', async () => {
    const audit = (await backup('audit', `${stack().dbPrefix}audit`, '--keep')).report.restoredInto;
    kept.push(audit);
    await withClient(audit, (c) => c.query(`UPDATE audit_entries SET action = action || '!' WHERE context = 'wallet' AND seq = 1`));
    const badAudit = await backup('audit', audit);
    expect(badAudit.code).toBe(1);
    expect(badAudit.report.problems).toEqual([expect.stringMatching(/^audit: chain of wallet broken at 1: entry altered/)]);
  });
});
