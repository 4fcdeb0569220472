// jest globalTeardown: the stack's own teardown, then the OpenSearch indices and templates of audit
// stores whose stack is gone (this run's, and those other packages' stacks left behind: every test
// stack's audit subgraph writes to OPENSEARCH_URL under `${DB_PREFIX}audit`, and dropping the
// stack's databases does not reach them). A stack is gone when its audit database is.
import pg from 'pg';
import teardown from '../../../packages/testenv/src/global-teardown.mjs';

export default async function auditTeardown() {
  await teardown();
  const url = process.env.OPENSEARCH_URL;
  if (!url || !process.env.DATABASE_URL) return;
  try {
    const indices = await (await fetch(`${url}/_cat/indices/wgt_*?format=json&h=index`)).json();
    const prefixes = new Set(indices.map((i) => /^(wgt_[0-9a-f]+_audit)-/.exec(i.index)?.[1]).filter(Boolean));
    if (!prefixes.size) return;
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [[...prefixes]]);
    await client.end();
    const live = new Set(rows.map((r) => r.datname));
    for (const prefix of prefixes) {
      if (live.has(prefix)) continue;
      await fetch(`${url}/${prefix}-*`, { method: 'DELETE' });
      await fetch(`${url}/_index_template/${prefix}-entries`, { method: 'DELETE' });
    }
  } catch (error) {
    console.error('could not remove the audit test indices', error);
  }
}
