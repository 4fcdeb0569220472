// Regression tests of the defects a hostile-input probe found at the router's edge (issue 14).
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import {
  adminToken,
  closeDatabases,
  CLIENT_ADDRESS,
  codeOf,
  credit,
  database,
  gql,
  liveClient,
  registerUser,
  stack,
  startStackProcess,
  subscribe,
  unique,
  type StackProcess,
} from '@worldgraph/testenv';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const STATUS_CHANGED = 'subscription ($bbox: BBoxInput!) { featureStatusChanged(bbox: $bbox) { status feature { id } } }';
const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';

afterAll(() => closeDatabases());

/** Runs one operation on an open graphql-ws client and collects what it sent. */
function run(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<{ results: any[]; error?: unknown }> {
  return new Promise((resolve) => {
    const results: any[] = [];
    client.subscribe({ query, variables }, { next: (r) => results.push(r), error: (error) => resolve({ results, error }), complete: () => resolve({ results }) });
  });
}

/** Records how a client's socket closed. */
function closes(client: Client): { code?: number } {
  const seen: { code?: number } = {};
  client.on('closed', (event) => (seen.code = (event as { code: number }).code));
  return seen;
}

/** The audit entries whose text holds `requestId`, once there are some (events reach the audit log asynchronously). */
async function auditedAddresses(requestId: string): Promise<(string | null)[]> {
  const query = 'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { edges { node { action clientAddress } } } }';
  const end = Date.now() + 30_000;
  for (;;) {
    const res = await gql(query, { f: { text: requestId } }, { token: await adminToken() });
    const entries = (res.data?.auditLog.edges ?? []).map((e: { node: { clientAddress: string | null } }) => e.node.clientAddress);
    if (entries.length) return entries;
    if (Date.now() > end) throw new Error(`no audit entry for ${requestId}: ${JSON.stringify(res.errors)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('graphql-ws', () => {
  it('answers a mutation whose result carries errors on that operation only; the socket and its subscription live on', async () => {
    // A parcel of its own: schema-registry.test.ts buys one on the same stack at the same time (both once took
    // "the 1700th available" one, so both could pick it and the second purchase was refused).
    const { rows } = await database('features').query('SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features ORDER BY id OFFSET 1750 LIMIT 1');
    const { id, lng, lat } = rows[0];
    const buyer = await registerUser();
    await credit(buyer.id, 'PSC', '100000');
    const client = liveClient({ token: buyer.accessToken });
    const closed = closes(client);
    const sub = await subscribe(STATUS_CHANGED, { bbox: { minLng: lng - 0.0001, minLat: lat - 0.0001, maxLng: lng + 0.0001, maxLat: lat + 0.0001 } }, { client });
    try {
      const failed = await run(client, LOGIN, { input: { login: unique('nobody_'), password: 'wrong-password-1' } });
      expect(failed.error).toBeUndefined();
      expect(failed.results[0].errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const unnamed = await run(client, 'query A { assets } query B { assets }');
      expect((unnamed.error as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await run(client, '{ assets }');
      expect(ok.results).toEqual([{ data: { assets: ['PSC', 'IRR', 'RED', 'BLUE', 'YELLOW'] } }]);
      // The subscription opened before the failed mutation still delivers.
      expect((await gql(BUY, { id, key: randomUUID() }, { token: buyer.accessToken })).data?.buyFeature.status).toBe('completed');
      expect((await sub.nth(1)).data?.featureStatusChanged.feature.id).toBe(id);
      expect(closed.code).toBeUndefined();
    } finally {
      await sub.close();
      await client.dispose();
    }
  });
});

describe('requests the client got wrong', () => {
  it('answers several operations without a known operationName with 400 BAD_USER_INPUT', async () => {
    const none = await gql('query A { assets } query B { assets }');
    expect({ status: none.status, code: codeOf(none) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    const res = await fetch(stack().router, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query A { assets } query B { assets }', operationName: 'C' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed and oversize JSON bodies with GraphQL errors in JSON, on the router and on a subgraph', async () => {
    for (const url of [stack().router, stack().subgraphs.accounts!]) {
      const malformed = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
      expect({ url, status: malformed.status, type: malformed.headers.get('content-type') }).toEqual({ url, status: 400, type: expect.stringContaining('application/json') });
      expect(((await malformed.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
      const oversize = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ assets }${' '.repeat(2 * 1024 * 1024)}` }) });
      expect({ url, status: oversize.status }).toEqual({ url, status: 413 });
      expect(((await oversize.json()) as any).errors[0].message).not.toMatch(/at |\//);
    }
  });
});

describe('client addresses', () => {
  it('never believes a client its X-Forwarded-For: a login loop rotating it is slowed all the same', async () => {
    const login = unique('victim_');
    const codes: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const res = await gql(LOGIN, { input: { login, password: 'wrong-password-1' } }, { headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      codes.push(String(codeOf(res)));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('records the real address in the audit log, not a forged one, whether the router or a subgraph is called', async () => {
    for (const url of [stack().router, stack().subgraphs.accounts!]) {
      const requestId = `edge-${randomUUID()}`;
      await gql(LOGIN, { input: { login: unique('nobody_'), password: 'wrong-password-1' } }, { url, headers: { 'x-forwarded-for': '203.0.113.7', 'x-request-id': requestId } });
      const addresses = await auditedAddresses(requestId);
      expect(addresses.length).toBeGreaterThan(0);
      // The address gql sends from (testenv's CLIENT_ADDRESS, a loopback address of this process).
      for (const address of addresses) expect(address?.replace(/^::ffff:/, '')).toBe(CLIENT_ADDRESS);
    }
  });

  describe('behind a trusted proxy (TRUSTED_PROXIES)', () => {
    let proxied: StackProcess;
    beforeAll(async () => {
      proxied = await startStackProcess(stack(), 'supergraph/src/index.ts', { TRUSTED_PROXIES: 'loopback', HTTP_REQUEST_TIMEOUT_MS: '1500', HTTP_HEADERS_TIMEOUT_MS: '1500' });
    });
    afterAll(() => proxied?.stop());
    const via = (address: string, requestId: string = randomUUID()) => ({ url: `${proxied.origin}/graphql`, headers: { 'x-forwarded-for': address, 'x-request-id': requestId } });

    it('slows failures of one login from one address without locking its owner out from another', async () => {
      const user = await registerUser();
      for (let i = 0; i < 3; i++) expect(codeOf(await gql(LOGIN, { input: { login: user.username, password: 'wrong-password-1' } }, via('198.51.100.20')))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(LOGIN, { input: { login: user.username, password: user.password } }, via('198.51.100.20')))).toBe('RATE_LIMITED');
      const owner = await gql(LOGIN, { input: { login: user.username, password: user.password } }, via('192.0.2.44'));
      expect(owner.data?.login.accessToken).toBeTruthy();
    });

    it('slows one address failing many logins', async () => {
      const codes = new Set<string>();
      for (let i = 0; i < 21; i++) codes.add(String(codeOf(await gql(LOGIN, { input: { login: unique('nobody_'), password: 'wrong-password-1' } }, via('198.51.100.30')))));
      expect([...codes]).toEqual(['UNAUTHENTICATED', 'RATE_LIMITED']);
      // Another address is not slowed.
      expect(codeOf(await gql(LOGIN, { input: { login: unique('nobody_'), password: 'wrong-password-1' } }, via('198.51.100.31')))).toBe('UNAUTHENTICATED');
    });

    it("passes the proxy's client address on to the subgraphs, which record it", async () => {
      const requestId = `edge-${randomUUID()}`;
      await gql(LOGIN, { input: { login: unique('nobody_'), password: 'wrong-password-1' } }, via('192.0.2.99', requestId));
      expect(await auditedAddresses(requestId)).toContain('192.0.2.99');
    });

    it('answers a request whose body never finishes with 408 and closes it', async () => {
      const { hostname, port } = new URL(proxied.origin);
      const socket = net.connect(Number(port), hostname);
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`still open after 30 s: ${answer}`)), 30_000);
        socket.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });
  });
});

describe('a production router (persisted-operation safelist)', () => {
  let production: StackProcess;
  beforeAll(async () => {
    production = await startStackProcess(stack(), 'supergraph/src/index.ts', { OPERATION_SAFELIST: 'true' });
  });
  afterAll(() => production?.stop());

  it('refuses an operation outside the safelist over graphql-ws as a GraphQL error, and the socket lives on', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../packages/sdk/src/generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const listed = Object.values(manifest).find((text) => text.startsWith('query UnreadNotificationCount'))!;
    const user = await registerUser();
    // Not lazy: the one socket stays open between the two operations.
    const client = createClient({ url: `${production.origin.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${user.accessToken}` } });
    const closed = closes(client);
    try {
      const refused = await run(client, '{ assets }');
      const errors = (refused.error ?? refused.results[0]?.errors) as { extensions?: { code?: string } }[];
      expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
      const ok = await run(client, listed);
      expect(ok.results[0]).toEqual({ data: { unreadNotificationCount: 0 } });
      expect(closed.code).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });
});
