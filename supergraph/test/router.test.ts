import { readFileSync } from 'node:fs';
import { codeOf, gql, registerUser, serviceToken, stack } from '@worldgraph/testenv';
import { composeFromRover, SUPERGRAPH_URL } from '../src/compose.ts';

describe('the router', () => {
  it('serves the supergraph composed from rover.yaml, checked in and current', () => {
    const result = composeFromRover();
    expect(result.ok).toBe(true);
    expect(result.ok && result.supergraphSdl).toBe(readFileSync(SUPERGRAPH_URL, 'utf8'));
  });

  it('joins fields of two subgraphs in one query', async () => {
    const user = await registerUser();
    const res = await gql('{ me { username wallet { balance(asset: "PSC") { amount } } } }', {}, { token: user.accessToken });
    expect(res.data).toEqual({ me: { username: user.username, wallet: { balance: { amount: '0' } } } });
  });

  it('keeps internal fields out of the public graph', async () => {
    const res = await gql('{ __type(name: "Mutation") { fields { name } } }');
    const names = (res.data!.__type.fields as { name: string }[]).map((f) => f.name);
    expect(names).toContain('transfer');
    expect(names).not.toContain('internalDebit');
    const call = await gql('mutation { internalDebit(input: { userId: "x", asset: "PSC", amount: "1", reference: "r", idempotencyKey: "k" }) { id } }');
    expect(codeOf(call)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation with a protected field before calling any subgraph', async () => {
    const res = await gql('{ userByUsername(username: "admin") { id } me { id } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('echoes and forwards the request id', async () => {
    const response = await fetch(stack().router, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-42' },
      body: JSON.stringify({ query: '{ assets }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('test-request-42');
    expect(await response.json()).toEqual({ data: { assets: ['PSC', 'IRR', 'RED', 'BLUE', 'YELLOW'] } });
  });

  it('answers CORS preflights', async () => {
    const response = await fetch(stack().router, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('rejects a GET mutation and a simple request without a preflight header (CSRF prevention); a GET query needs none', async () => {
    const mutation = `${stack().router}?query=${encodeURIComponent('mutation { logout }')}`;
    expect((await fetch(mutation, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(405);
    expect((await fetch(mutation)).status).toBe(400);
    const simple = await fetch(stack().router, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ assets }' }) });
    expect(simple.status).toBe(400);
    // Since GraphQL over HTTP's audit (src/http-spec.ts): a query by GET is read-only and, forged cross-site, anonymous.
    const query = await fetch(`${stack().router}?query=${encodeURIComponent('{ assets }')}`, { headers: { accept: 'application/json' } });
    expect(query.status).toBe(200);
  });
});

describe('the explorer', () => {
  it('is served on GET /graphql to browsers, with its scripts bundled locally', async () => {
    const page = await fetch(stack().router, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/(?:src|href)="(\/explorer\/[^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const path of scripts) {
      const asset = await fetch(new URL(path, stack().router));
      expect({ path, status: asset.status }).toEqual({ path, status: 200 });
    }
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
  });
});

describe('health and metrics', () => {
  it('reports liveness and readiness for the router and every subgraph', async () => {
    const bases = [stack().router, ...Object.values(stack().subgraphs)].map((u) => new URL(u).origin);
    for (const base of bases) {
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      // Ready may lag a moment behind a store that is still warming up (audit on a cold OpenSearch);
      // what matters is that it becomes ready, as a readiness probe would wait for.
      let status = 0;
      for (const end = Date.now() + 30_000; status !== 200 && Date.now() < end; ) {
        status = (await fetch(`${base}/health/ready`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect({ base, status }).toEqual({ base, status: 200 });
    }
  });

  it('exposes Prometheus metrics per operation', async () => {
    await gql('query Assets { assets }');
    const text = await (await fetch(new URL('/metrics', stack().router))).text();
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{service="router",operation="Assets",outcome="ok"\} \d+/);
  });
});

describe('credentials at the router', () => {
  it('refuses service credentials: they are for calls inside the cluster only', async () => {
    const res = await gql('{ assets }', {}, { token: await serviceToken() });
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('answers 401 when an operation needs a signed-in user', async () => {
    const res = await gql('{ me { id } }');
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
