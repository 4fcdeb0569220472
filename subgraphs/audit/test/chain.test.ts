// The log's guarantees through the running stack: nothing recorded twice when the event stream is
// replayed, tampering named by verifyAuditChain, and no credentials anywhere in what was recorded.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from '@opensearch-project/opensearch';
import { closeDatabases, credit, database, gql, registerUser, stack, type TestUser } from '@worldgraph/testenv';
import { auditLog, eventually, verifyChain, type Entry } from './helpers.ts';

afterAll(closeDatabases);

const TRANSFER = 'mutation ($input: TransferInput!) { transfer(input: $input) { id } }';
async function transfer(from: TestUser, to: TestUser, amount = '1') {
  const res = await gql(TRANSFER, { input: { toUserId: to.id, asset: 'PSC', amount, idempotencyKey: randomUUID() } }, { token: from.accessToken });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

/** Every entry matching the filter, all pages. */
async function everything(filter: Parameters<typeof auditLog>[0]): Promise<Entry[]> {
  const all: Entry[] = [];
  let after: string | undefined;
  do {
    const page = await auditLog(filter, 100, after);
    all.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
  } while (after);
  return all;
}

/** How a tamperer reaches the stored entry behind the service's back, in whichever store the stack uses. */
const tamper = process.env.OPENSEARCH_URL
  ? async (entry: Entry, after: string | null) => {
      const client = new Client({ node: process.env.OPENSEARCH_URL });
      const month = `${entry.occurredAt.slice(0, 4)}.${entry.occurredAt.slice(5, 7)}`;
      await client.update({ index: `${stack().dbPrefix}audit-entries-${month}`, id: entry.id, body: { doc: { after } }, refresh: true });
      await client.close();
    }
  : async (entry: Entry, after: string | null) => {
      await database('audit').query('UPDATE audit_entries SET after = $2 WHERE event_id = $1', [entry.id, after]);
    };

/** audit_chain_verification_ok of a context, from the stack's /metrics (its subgraphs share one process). */
async function chainMetric(context: string): Promise<number | undefined> {
  const text = await (await fetch(new URL('/metrics', stack().subgraphs.audit))).text();
  const value = new RegExp(`^audit_chain_verification_ok\\{context="${context}"\\} (\\S+)$`, 'm').exec(text)?.[1];
  return value === undefined ? undefined : Number(value);
}

describe('the audit chain', () => {
  it('records nothing twice when the wallet stream is delivered again from its start', async () => {
    const [alice, bob] = await Promise.all([registerUser(), registerUser()]);
    await credit(alice.id, 'PSC', '100');
    await transfer(alice, bob);
    const windowStart = new Date(Date.now() - 60 * 60_000).toISOString();
    await eventually({ action: 'transfer', actor: alice.id }, (e) => e.length === 1);
    await eventually({ action: 'WalletChanged', entityId: bob.id }, (e) => e.length === 1);
    const windowEnd = new Date().toISOString();
    const before = await everything({ context: 'wallet', from: windowStart, to: windowEnd });

    if (process.env.REDIS_URL) {
      // Rewind the audit group: Redis delivers the whole wallet stream to it again.
      const redis = new Redis(process.env.REDIS_URL);
      await redis.xgroup('SETID', `${stack().redisPrefix}events:wallet`, 'audit', '0');
      await redis.quit();
    } else {
      // In process: wallet relays its outbox again, the same event ids a second time.
      await database('wallet').query('UPDATE outbox_events SET published_at = NULL');
    }
    // Events are handled in stream order: once a later transfer is in, the replay was handled.
    await transfer(bob, alice);
    await eventually({ action: 'transfer', actor: bob.id }, (e) => e.length === 1);
    await eventually({ action: 'WalletChanged', entityId: alice.id }, (e) => e.length >= 3);

    const after = await everything({ context: 'wallet', from: windowStart, to: windowEnd });
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(new Set(after.map((e) => e.id)).size).toBe(after.length);
    const report = await verifyChain('wallet');
    expect(report.data!.verifyAuditChain).toMatchObject({ ok: true, brokenAt: null });
  });

  it('keeps credentials out of every entry: passwords, access and refresh tokens', async () => {
    const password = `Pw-${randomUUID()}`;
    const user = await registerUser({ password });
    const wrong = `Wrong-${randomUUID()}`;
    await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: user.username, password: wrong } });
    const login = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id } } }', { i: { login: user.username, password } });
    const refreshed = await gql('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken user { id } } }', { t: login.data!.login.refreshToken });
    const { accessToken, refreshToken } = refreshed.data!.refresh;
    await gql('mutation { logout }', {}, { token: accessToken });

    const entries = [
      ...(await eventually({ entityType: 'User', entityId: user.id }, (e) => ['register', 'login', 'refresh', 'logout'].every((a) => e.some((x) => x.action === a)))),
      ...(await eventually({ actor: user.username }, (e) => e.some((x) => x.outcome === 'refused'))),
    ];
    const secrets = [password, wrong, user.accessToken, user.refreshToken, login.data!.login.accessToken, login.data!.login.refreshToken, accessToken, refreshToken];
    const recorded = JSON.stringify(entries);
    for (const secret of secrets) expect(recorded).not.toContain(secret);
    // Nor in what accounts wrote to its outbox for the audit, nor anywhere in a text search.
    for (const secret of secrets) {
      const { rows } = await database('accounts').query('SELECT count(*)::int AS n FROM outbox_events WHERE strpos(payload::text, $1) > 0', [secret]);
      expect(rows[0].n).toBe(0);
      expect((await auditLog({ text: secret })).edges).toEqual([]);
    }
  });

  it('names an altered entry when its chain is verified, and holds again once restored', async () => {
    const [alice, bob] = await Promise.all([registerUser(), registerUser()]);
    await credit(alice.id, 'PSC', '100');
    await transfer(alice, bob, '7');
    const [entry] = await eventually({ action: 'transfer', actor: alice.id }, (e) => e.length === 1);
    const original = entry!.after;
    await tamper(entry!, JSON.stringify({ id: 'forged' }));
    try {
      const report = await verifyChain('wallet');
      expect(report.data!.verifyAuditChain).toMatchObject({ ok: false, brokenAt: { entryId: entry!.id, sequence: entry!.sequence, reason: expect.stringMatching(/altered/) } });
      // What the AuditChainBroken alert watches (k8s/monitoring), on the stack's /metrics.
      expect(await chainMetric('wallet')).toBe(0);
    } finally {
      await tamper(entry!, original);
    }
    expect((await verifyChain('wallet')).data!.verifyAuditChain).toMatchObject({ ok: true });
    expect(await chainMetric('wallet')).toBe(1);
  });
});
