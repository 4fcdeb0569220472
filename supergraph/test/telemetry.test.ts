// Telemetry and nothing-reaches-outside, on a stack of its own: every subgraph and the router in one
// process, started with the outbound guard preloaded (packages/testenv/src/outbound-guard.mjs) and
// OTLP traces sent to a receiver in this test.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gql, startStack, type StartedStack } from '@worldgraph/testenv';

interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  links: { traceId: string; spanId: string }[];
}

const GUARD = path.resolve(import.meta.dirname, '../../packages/testenv/src/outbound-guard.mjs');
const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }';
const REGISTER_ID = 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

const flat = (attributes: { key: string; value: Record<string, unknown> }[] = []) => Object.fromEntries(attributes.map((a) => [a.key, Object.values(a.value)[0]]));

let receiver: http.Server;
let started: StartedStack;
let dir: string;
const spans: ReceivedSpan[] = [];

beforeAll(async () => {
  // A tiny OTLP/HTTP (JSON) trace receiver on loopback.
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = JSON.parse((req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString());
      for (const rs of body.resourceSpans ?? []) {
        const service = String(flat(rs.resource?.attributes)['service.name']);
        for (const ss of rs.scopeSpans ?? []) {
          for (const s of ss.spans ?? []) spans.push({ service, scope: ss.scope?.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, kind: s.kind, attributes: flat(s.attributes), links: (s.links ?? []).map((l: { traceId: string; spanId: string }) => ({ traceId: l.traceId, spanId: l.spanId })) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  dir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-outbound-'));
  writeFileSync(path.join(dir, 'outbound.log'), '');
  const before = process.env.WORLDGRAPH_STACK_NODE_ARGS;
  process.env.WORLDGRAPH_STACK_NODE_ARGS = `${before ?? ''} --import ${GUARD}`;
  try {
    started = await startStack({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as { port: number }).port}`, OUTBOUND_LOG: path.join(dir, 'outbound.log') });
  } finally {
    if (before === undefined) delete process.env.WORLDGRAPH_STACK_NODE_ARGS;
    else process.env.WORLDGRAPH_STACK_NODE_ARGS = before;
  }
}, 180_000);

afterAll(async () => {
  await started?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function spansOf(traceId: string, enough: (found: ReceivedSpan[]) => boolean): Promise<ReceivedSpan[]> {
  const end = Date.now() + 30_000;
  for (;;) {
    const found = spans.filter((s) => s.traceId === traceId);
    if (enough(found) || Date.now() > end) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('traces (OTLP)', () => {
  it("carry one operation from the router through each subgraph it calls, in one trace, with the operation's name and client class", async () => {
    const url = started.info.router;
    const username = `trace_${randomUUID().slice(0, 8)}`;
    const registered = await gql(REGISTER, { input: { username, email: `${username}@example.com`, password: 'correct-horse-9' } }, { url });
    const token = registered.data!.register.accessToken as string;
    // The client's own trace is continued (W3C traceparent).
    const traceId = randomUUID().replace(/-/g, '');
    const res = await gql('query MyWallet { me { username wallet { balance(asset: "PSC") { amount } } } }', {}, { url, token, headers: { traceparent: `00-${traceId}-${'1'.repeat(16)}-01` } });
    expect(res.data?.me.username).toBe(username);

    const found = await spansOf(traceId, (f) => f.some((s) => s.scope === 'wallet') && f.some((s) => s.scope === 'accounts') && f.some((s) => s.scope === 'router'));
    const operation = found.find((s) => s.scope === 'router');
    expect(operation).toMatchObject({ name: 'query MyWallet', parentSpanId: '1'.repeat(16), attributes: { 'graphql.operation.name': 'MyWallet', 'worldgraph.client_class': 'first-party' } });
    // A span per subgraph fetch, child of the operation; each subgraph's own span is the fetch's child.
    for (const subgraph of ['accounts', 'wallet']) {
      const fetchSpan = found.find((s) => s.name === `fetch ${subgraph}`);
      expect({ subgraph, parent: fetchSpan?.parentSpanId }).toEqual({ subgraph, parent: operation!.spanId });
      const served = found.find((s) => s.scope === subgraph);
      expect({ subgraph, parent: served?.parentSpanId }).toEqual({ subgraph, parent: fetchSpan!.spanId });
    }
  });
});

/** A new user with `amount` PSC in their wallet (credited by the admin). */
async function buyerWith(amount: string): Promise<{ accessToken: string; user: { id: string } }> {
  const url = started.info.router;
  const admin = (await gql(LOGIN, { input: { login: 'admin', password: started.info.adminPassword } }, { url })).data!.login.accessToken as string;
  const username = `buyer_${randomUUID().slice(0, 8)}`;
  const buyer = (await gql(REGISTER_ID, { input: { username, email: `${username}@example.com`, password: 'correct-horse-9' } }, { url })).data!.register;
  await gql('mutation ($input: AdminCreditInput!) { adminCredit(input: $input) { id } }', { input: { userId: buyer.user.id, asset: 'PSC', amount, idempotencyKey: randomUUID() } }, { url, token: admin });
  return buyer;
}

describe('traces across a saga', () => {
  it("follow a purchase from the router into features and on into wallet's debit (a subgraph's own call to another)", async () => {
    const url = started.info.router;
    const buyer = await buyerWith('1000000');
    const parcels = await gql('{ features(bbox: { minLng: 51.385, minLat: 35.686, maxLng: 51.393, maxLat: 35.692 }, first: 20) { edges { node { id status } } } }', {}, { url });
    expect(parcels.errors).toBeUndefined();
    const parcel = (parcels.data!.features.edges as { node: { id: string; status: string } }[]).find((e) => e.node.status === 'available')!.node;
    const traceId = randomUUID().replace(/-/g, '');
    const bought = await gql('mutation Buy($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }', { id: parcel.id, key: randomUUID() }, { url, token: buyer.accessToken, headers: { traceparent: `00-${traceId}-${'2'.repeat(16)}-01` } });
    expect(bought.data?.buyFeature.status).toBe('completed');
    // features' operation → its debit (the kit's wallet client) → wallet's item; alone, the debit's
    // call is under the debit's span, and wallet's operation under the call.
    // (features' operation span ends last; the commission rate's read is a call to wallet of its own)
    const found = await spansOf(traceId, (f) => ['wallet.debit', 'internalDebit', 'mutation anonymous'].every((name) => f.some((s) => s.name === name)) && f.some((s) => s.scope === 'features'));
    const features = found.find((s) => s.scope === 'features');
    const debit = found.find((s) => s.name === 'wallet.debit');
    const item = found.find((s) => s.scope === 'wallet' && s.name === 'internalDebit');
    const operation = found.find((s) => s.scope === 'wallet' && s.name === 'mutation anonymous');
    const call = found.find((s) => s.spanId === operation?.parentSpanId);
    expect(call?.name).toBe('call wallet');
    expect(debit?.parentSpanId).toBe(features?.spanId);
    expect(item?.parentSpanId).toBe(debit?.spanId);
    expect(call?.parentSpanId).toBe(debit?.spanId);
    expect(operation?.parentSpanId).toBe(call?.spanId);
    expect(item?.links).toEqual([{ traceId, spanId: operation?.spanId }]);
  });

  it("follow each of concurrent purchases into its own item of wallet's batched debit, each batch linked to its purchases' debits", async () => {
    const url = started.info.router;
    const buyer = await buyerWith('10000000');
    const parcels = await gql('{ features(bbox: { minLng: 51.3, minLat: 35.6, maxLng: 51.5, maxLat: 35.8 }, first: 100) { edges { node { id status } } } }', {}, { url });
    const available = (parcels.data!.features.edges as { node: { id: string; status: string } }[]).filter((e) => e.node.status === 'available').slice(0, 8);
    expect(available).toHaveLength(8);
    const traceIds = available.map(() => randomUUID().replace(/-/g, ''));
    // All at once: the debits that wait for a call in flight go together in the next (kit WalletClient).
    const bought = await Promise.all(
      available.map(({ node }, i) =>
        gql('mutation Buy($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }', { id: node.id, key: randomUUID() }, { url, token: buyer.accessToken, headers: { traceparent: `00-${traceIds[i]}-${'3'.repeat(16)}-01` } }),
      ),
    );
    expect(bought.map((b) => b.data?.buyFeature.status)).toEqual(available.map(() => 'completed'));
    const batchOf = (debit: ReceivedSpan) => spans.filter((s) => s.name === 'wallet internalDebits' && s.links.some((l) => l.spanId === debit.spanId));
    let batched = 0;
    for (const traceId of traceIds) {
      // (features' operation span ends after everything it waited for)
      const found = await spansOf(traceId, (f) => f.some((s) => s.scope === 'wallet' && s.name === 'internalDebit') && f.some((s) => s.scope === 'features'));
      // Exactly this purchase's own debit and wallet item in its trace, the item under the debit: no
      // other purchase's call (a batch's request once ran in the trace of the caller that started it).
      const features = found.filter((s) => s.scope === 'features');
      const debits = found.filter((s) => s.name === 'wallet.debit');
      const items = found.filter((s) => s.scope === 'wallet' && s.name === 'internalDebit');
      expect({ features: features.length, debits: debits.length, items: items.length }).toEqual({ features: 1, debits: 1, items: 1 });
      expect(debits[0]!.parentSpanId).toBe(features[0]!.spanId);
      expect(items[0]!.parentSpanId).toBe(debits[0]!.spanId);
      // Its wallet call: its own (a batch of one, under its debit, and wallet's operation under that)
      // or a batch's, linked to its debit; never another purchase's.
      const calls = found.filter((s) => s.name === 'call wallet' && s.parentSpanId === debits[0]!.spanId);
      const operations = found.filter((s) => s.scope === 'wallet' && s.name === 'mutation anonymous');
      const batches = await (async () => {
        const end = Date.now() + 30_000;
        while (calls.length === 0 && batchOf(debits[0]!).length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
        return batchOf(debits[0]!);
      })();
      expect({ own: calls.length, operations: operations.length, batches: batches.length }).toEqual(calls.length ? { own: 1, operations: 1, batches: 0 } : { own: 0, operations: 0, batches: 1 });
      if (calls.length) expect(operations[0]!.parentSpanId).toBe(calls[0]!.spanId);
      else {
        batched++;
        // The batch's own trace: its call, wallet's operation under it, which the item links to.
        const [batch] = batches;
        const inBatch = await spansOf(batch!.traceId, (f) => f.some((s) => s.scope === 'wallet' && s.name === 'mutation anonymous'));
        const call = inBatch.find((s) => s.name === 'call wallet');
        const operation = inBatch.find((s) => s.scope === 'wallet' && s.name === 'mutation anonymous');
        expect(batch!.parentSpanId).toBeUndefined();
        expect(call?.parentSpanId).toBe(batch!.spanId);
        expect(operation?.parentSpanId).toBe(call?.spanId);
        expect(items[0]!.links).toEqual([{ traceId: batch!.traceId, spanId: operation!.spanId }]);
      }
    }
    // Eight purchases at once: the debits of those that reached wallet while a call was in flight went together.
    expect(batched).toBeGreaterThanOrEqual(2);
  });
});

describe('nothing reaches outside the machine', () => {
  it('the stack made no connection and no DNS lookup but to loopback', async () => {
    const url = started.info.router;
    // Some traffic of every kind: a registration, a failed login, a map query, the explorer.
    const username = `out_${randomUUID().slice(0, 8)}`;
    await gql(REGISTER, { input: { username, email: `${username}@example.com`, password: 'correct-horse-9' } }, { url });
    await gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { login: username, password: 'wrong-password-1' } }, { url });
    await gql('{ features(bbox: { minLng: 51.3, minLat: 35.6, maxLng: 51.5, maxLat: 35.8 }, first: 5) { edges { node { id } } } }', {}, { url });
    expect((await fetch(url, { headers: { accept: 'text/html' } })).status).toBe(200);
    const recorded = readFileSync(path.join(dir, 'outbound.log'), 'utf8').trim();
    expect(recorded).toBe('');
  });
});
