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
          for (const s of ss.spans ?? []) spans.push({ service, scope: ss.scope?.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, kind: s.kind, attributes: flat(s.attributes) });
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

describe('traces across a saga', () => {
  it("follow a purchase from the router into features and on into wallet's debit (a subgraph's own call to another)", async () => {
    const url = started.info.router;
    const admin = (await gql(LOGIN, { input: { login: 'admin', password: started.info.adminPassword } }, { url })).data!.login.accessToken as string;
    const username = `buyer_${randomUUID().slice(0, 8)}`;
    const buyer = (await gql(REGISTER_ID, { input: { username, email: `${username}@example.com`, password: 'correct-horse-9' } }, { url })).data!.register;
    await gql('mutation ($input: AdminCreditInput!) { adminCredit(input: $input) { id } }', { input: { userId: buyer.user.id, asset: 'PSC', amount: '1000000', idempotencyKey: randomUUID() } }, { url, token: admin });
    const parcels = await gql('{ features(bbox: { minLng: 51.385, minLat: 35.686, maxLng: 51.393, maxLat: 35.692 }, first: 20) { edges { node { id status } } } }', {}, { url });
    expect(parcels.errors).toBeUndefined();
    const parcel = (parcels.data!.features.edges as { node: { id: string; status: string } }[]).find((e) => e.node.status === 'available')!.node;
    const traceId = randomUUID().replace(/-/g, '');
    const bought = await gql('mutation Buy($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }', { id: parcel.id, key: randomUUID() }, { url, token: buyer.accessToken, headers: { traceparent: `00-${traceId}-${'2'.repeat(16)}-01` } });
    expect(bought.data?.buyFeature.status).toBe('completed');
    const found = await spansOf(traceId, (f) => ['features', 'wallet'].every((scope) => f.some((s) => s.scope === scope)) && f.some((s) => s.name === 'call wallet'));
    const features = found.find((s) => s.scope === 'features');
    const call = found.find((s) => s.name === 'call wallet');
    const wallet = found.find((s) => s.scope === 'wallet');
    expect(call?.parentSpanId).toBe(features?.spanId);
    expect(wallet?.parentSpanId).toBe(call?.spanId);
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
