// Scenario B: Worldgraph itself. The real subgraphs (the test stack, fresh databases on
// DATABASE_URL's server, BENCH_B_PARCELS parcels) with a buyer who owns parcels in a box and holds a
// wallet; the gateways route to those subgraphs with the checked-in supergraph. The write cases
// (transfer, buyFeature) are checked afterwards: every domain event they wrote is in the audit
// log's verified hash chain, and every purchase reached its buyer as a notification. With
// BENCH_B_SEPARATE=1 the three the map query needs (features, accounts, wallet) also run as
// processes of their own, as each is deployed (its own pod), and the gateways are routed to those.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl } from '@worldgraph/kit';
import { startStack, startStackProcess, type StackInfo, type StackProcess } from '@worldgraph/testenv';
import { prepareSupergraphForGateway } from '../../../supergraph/src/authorization.ts';
import { SUPERGRAPH_URL } from '../../../supergraph/src/compose.ts';
import type { CaseCheck, PreparedScenario } from './scenario.ts';

/** The subgraphs that run as processes of their own. */
const SEPARATE = process.env.BENCH_B_SEPARATE === '1' ? ['features', 'accounts', 'wallet'] : [];

const BOX_PARCELS = 20;
const OWNED = 8;
/** Parcels in the world: buyFeature buys a distinct one per request (and they go back on the market before its next run). */
const PARCELS = Math.min(200_000, Math.max(2_000, Number(process.env.BENCH_B_PARCELS ?? 20_000)));

async function post(info: StackInfo, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(info.router, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function scenarioB(rate: number): Promise<PreparedScenario> {
  const stack = await startStack({ LOG_LEVEL: 'error', FEATURES_DEMO_COUNT: String(PARCELS) });
  const { info } = stack;
  const separate: StackProcess[] = [];
  const closers: (() => Promise<void>)[] = [];
  const stop = async () => {
    await Promise.all(closers.map((close) => close().catch(() => {})));
    await Promise.all(separate.map((p) => p.stop()));
    await stack.stop();
  };
  try {
    // A box around BOX_PARCELS parcels; the buyer owns OWNED of them, so owners come from accounts.
    const db = (context: string) => new pg.Pool({ connectionString: databaseUrl(info.databaseUrl, `${info.dbPrefix}${context}`), max: 1 });
    const features = db('features');
    const wallet = db('wallet');
    const notifications = db('notifications');
    closers.push(() => features.end(), () => wallet.end(), () => notifications.end());
    const { rows } = await features.query("SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features WHERE status = 'available' ORDER BY id LIMIT $1", [BOX_PARCELS]);
    const lngs = rows.map((r) => r.lng as number);
    const lats = rows.map((r) => r.lat as number);
    const bbox = { minLng: Math.min(...lngs), minLat: Math.min(...lats), maxLng: Math.max(...lngs), maxLat: Math.max(...lats) };
    const login = { login: 'benchbuyer', password: 'bench-password-1' };
    const admin = (await post(info, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: 'admin', password: info.adminPassword } })).login.accessToken;
    const buyer = (await post(info, 'mutation ($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }', { i: { username: login.login, email: 'bench@example.com', password: login.password } })).register;
    const payee = (await post(info, 'mutation ($i: RegisterInput!) { register(input: $i) { user { id } } }', { i: { username: 'benchpayee', email: 'payee@example.com', password: 'bench-password-2' } })).register;
    // Enough for every parcel of the world several times over (they cost 50 to 5,000 PSC).
    await post(info, 'mutation ($i: AdminCreditInput!) { adminCredit(input: $i) { id } }', { i: { userId: buyer.user.id, asset: 'PSC', amount: '5000000000', idempotencyKey: randomUUID() } }, admin);
    for (const row of rows.slice(0, OWNED)) {
      await post(info, 'mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: row.id, k: randomUUID() }, buyer.accessToken);
    }

    const subgraphs = { ...info.subgraphs };
    for (const name of SEPARATE) {
      // Its standalone entry, as its pod runs it, on the stack's databases and keys.
      const started = await startStackProcess(
        info,
        `subgraphs/${name}/src/index.ts`,
        { LOG_LEVEL: 'error', DATABASE_URL: info.databaseUrl, DB_PREFIX: info.dbPrefix, JWT_PRIVATE_KEY: info.jwtPrivateKey, BOOTSTRAP_ADMIN_PASSWORD: info.adminPassword, FEATURES_DEMO_COUNT: '2000' },
        ['--max-semi-space-size=64'],
      );
      separate.push(started);
      subgraphs[name] = `${started.origin}/graphql`;
    }
    // The checked-in supergraph, routed to this stack's subgraphs.
    const supergraph = readFileSync(SUPERGRAPH_URL, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (all, name: string) =>
      subgraphs[name] ? `@join__graph(name: "${name}", url: "${subgraphs[name]}")` : all,
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-bench-b-'));
    const supergraphPath = path.join(dir, 'supergraph.graphql');
    const preparedSupergraphPath = path.join(dir, 'supergraph.prepared.graphql');
    writeFileSync(supergraphPath, supergraph);
    writeFileSync(preparedSupergraphPath, prepareSupergraphForGateway(supergraph));

    // Every request's box differs in the twelfth decimal (same parcels), so no gateway can answer
    // 50 identical requests in flight with one subgraph call (Hive Gateway deduplicates those).
    const jittered = (body: string) => body.replace('"__MIN_LNG__"', `${bbox.minLng.toFixed(9)}$JITTER`);
    const variables = { bbox: { ...bbox, minLng: '__MIN_LNG__' } };
    const map = jittered(JSON.stringify({
      query: `query Map($bbox: BBoxInput!) {
  features(bbox: $bbox, first: ${BOX_PARCELS}) { edges { node { id landUse status price { asset amount } owner { id username } } } }
  me { username wallet { balances { asset amount } } }
}`,
      variables,
    }));
    const single = jittered(JSON.stringify({ query: `query Parcels($bbox: BBoxInput!) { features(bbox: $bbox, first: ${BOX_PARCELS}) { edges { node { id landUse status price { asset amount } } } } }`, variables }));
    const transfer = JSON.stringify({
      query: `mutation Transfer($input: TransferInput!) { transfer(input: $input) { id debit { balanceAfter } } }`,
      variables: { input: { toUserId: payee.user.id, asset: 'PSC', amount: '0.01', idempotencyKey: '$UUID' } },
    });
    const buy = JSON.stringify({
      query: `mutation Buy($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { id status } }`,
      variables: { id: '$ITEM', key: '$UUID' },
    });
    const owned = rows.slice(0, OWNED).map((r) => r.id as string);
    const itemsDir = mkdtempSync(path.join(os.tmpdir(), 'wg-bench-b-items-'));
    /**
     * Before each buyFeature run: the parcels its last run bought go back on the market (a fixture
     * reset in features' database: the buyer's purchases stay recorded), and the run is handed every
     * available parcel outside the box, one per request.
     */
    const parcelsForSale = async () => {
      await features.query("UPDATE features SET status = 'available', owner_id = NULL, owned_since = NULL WHERE owner_id = $1 AND NOT id = ANY($2::text[])", [buyer.user.id, owned]);
      const { rows: free } = await features.query("SELECT id FROM features WHERE status = 'available' AND NOT id = ANY($1::text[]) ORDER BY random()", [rows.map((r) => r.id)]);
      const file = path.join(itemsDir, `parcels-${Date.now()}.txt`);
      writeFileSync(file, free.map((r) => r.id).join('\n'));
      return file;
    };
    const adminToken = async () => (await post(info, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: 'admin', password: info.adminPassword } })).login.accessToken as string;
    /** Every domain event a context wrote (its outbox) is an entry of its audit chain, and the chain verifies. */
    const auditComplete = async (context: string, pool: pg.Pool): Promise<CaseCheck> => {
      const { rows: [counts] } = await pool.query('SELECT count(*)::int AS events, count(*) FILTER (WHERE published_at IS NULL)::int AS unrelayed FROM outbox_events');
      const report = (await post(info, 'query ($c: String!) { verifyAuditChain(context: $c) { ok checked brokenAt { sequence reason } } }', { c: context }, await adminToken())).verifyAuditChain;
      const ok = report.ok && report.checked === counts.events && counts.unrelayed === 0;
      const chain = report.ok ? 'verified' : `BROKEN at ${JSON.stringify(report.brokenAt)}`;
      return { ok, detail: `${context}: ${counts.events} events (${counts.unrelayed} unrelayed), audit chain ${chain} with ${report.checked} entries${report.checked === counts.events ? '' : ' (MISSING)'}` };
    };
    /** Every completed purchase of the buyer reached them as a notification. */
    const purchasesNotified = async (): Promise<CaseCheck> => {
      const { rows: [bought] } = await features.query("SELECT count(*)::int AS n FROM purchases WHERE buyer_id = $1 AND status = 'completed'", [buyer.user.id]);
      const { rows: [told] } = await notifications.query("SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND data ? 'purchaseId'", [buyer.user.id]);
      return { ok: bought.n === told.n, detail: `${bought.n} purchases completed, ${told.n} notified${bought.n === told.n ? '' : ' (MISSING)'}` };
    };
    /**
     * All of the checks, asked again every 2 s until they hold or a minute has passed: on a loaded
     * machine the consumers may still be at work when the stack first looks idle.
     */
    const allOf = async (...checks: (() => Promise<CaseCheck>)[]): Promise<CaseCheck> => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const done = await Promise.all(checks.map((c) => c()));
        const result = { ok: done.every((c) => c.ok), detail: done.map((c) => c.detail).join('; ') };
        if (result.ok || Date.now() > deadline) return result;
        await new Promise((r) => setTimeout(r, 2_000));
      }
    };
    return {
      name: `B: Worldgraph (real subgraphs, Postgres${SEPARATE.length ? `; ${SEPARATE.join(', ')} as processes of their own` : ', one process'})`,
      setup: {
        supergraphPath,
        preparedSupergraphPath,
        subgraphUrls: subgraphs,
        forwardAuthorization: true,
        env: { SERVICE_TOKEN_SECRET: info.serviceSecret, REDIS_PREFIX: info.redisPrefix, DATA_DIR: info.dataDir },
      },
      cases: [
        { name: 'map: 3 subgraphs, 50 in flight', body: map },
        { name: 'single subgraph, 50 in flight', body: single },
        { name: 'transfer, 50 in flight', body: transfer, check: () => allOf(() => auditComplete('wallet', wallet)) },
        { name: 'buyFeature, 50 in flight', body: buy, items: parcelsForSale, check: () => allOf(() => auditComplete('wallet', wallet), () => auditComplete('features', features), purchasesNotified) },
        { name: `map: 3 subgraphs, ${rate}/s`, body: map, rate },
      ],
      // A fresh access token (they live 15 minutes) before each gateway.
      async refresh() {
        const token = (await post(info, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: login })).login.accessToken;
        return { authorization: `Bearer ${token}` };
      },
      subgraphPids: [stack.pid, ...separate.map((p) => p.pid)],
      close: stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
