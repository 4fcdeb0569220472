// Site health (GodValley CoreService.HealthCheck): the router's /health/site asks every subgraph's
// /health/ready, each reporting its datastores with latencies; the router's own readiness names
// degraded subgraphs but stays ready, since it still serves every other context.
import { readFileSync } from 'node:fs';
import { closeDatabases, freePort, stack, startStackProcess, type StackProcess } from '@worldgraph/testenv';
import { readinessUrlOf, subgraphsOf, type SiteHealth } from '../src/site-health.ts';

afterAll(() => closeDatabases());

const originOf = (graphqlUrl: string) => new URL(graphqlUrl).origin;

describe('site health', () => {
  it('reports every subgraph of the supergraph and each datastore, up, with latencies', async () => {
    const res = await fetch(`${originOf(stack().router)}/health/site`);
    // Status and body first, whole: a CI run once got an empty body here (JSON.parse failed, nothing said what came back).
    // On a wrong answer its headers are shown too: Node's own 400/408 (Connection: close, no length, no request id)
    // is told apart from an answer of the router's (x-request-id set by its first middleware).
    const body = await res.text();
    const fine = res.status === 200 && Boolean(body);
    expect({ status: res.status, type: res.headers.get('content-type'), body: fine ? 'a body' : body, headers: fine ? 'as usual' : Object.fromEntries(res.headers) }).toEqual({
      status: 200,
      type: expect.stringContaining('application/json'),
      body: 'a body',
      headers: 'as usual',
    });
    const health = JSON.parse(body) as SiteHealth;
    expect(health).toMatchObject({ status: 'ok', degraded: [], router: { checks: { redis: { status: 'up' } } } });
    // Every subgraph the stack runs (rover.yaml), each of the supergraph's.
    const names = Object.keys(stack().subgraphs);
    expect(names).toEqual(expect.arrayContaining(['accounts', 'wallet', 'audit']));
    expect(Object.keys(health.subgraphs).sort()).toEqual(expect.arrayContaining([...names].sort()));
    expect([...subgraphsOf(readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8')).keys()]).toEqual(expect.arrayContaining(['accounts', 'wallet']));
    for (const name of names) {
      const subgraph = health.subgraphs[name]!;
      expect({ name, status: subgraph.status }).toEqual({ name, status: 'up' });
      expect(subgraph.latencyMs).toEqual(expect.any(Number));
      expect(subgraph.checks.redis).toMatchObject({ status: 'up', latencyMs: expect.any(Number) });
    }
    expect(health.subgraphs.wallet!.checks.postgres).toMatchObject({ status: 'up', latencyMs: expect.any(Number) });
  });

  it("a subgraph's readiness lists its datastore checks", async () => {
    const res = await fetch(readinessUrlOf(stack().subgraphs.accounts!));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  describe('with a subgraph down', () => {
    let router: StackProcess;
    beforeAll(async () => {
      // Nothing listens on this port: wallet is down for this router.
      const port = await freePort();
      router = await startStackProcess(stack(), 'supergraph/src/index.ts', { SUBGRAPH_URL_WALLET: `http://127.0.0.1:${port}/graphql` });
    });
    afterAll(() => router?.stop());

    it('/health/site answers 503 naming it, and the router stays ready but reports it degraded', async () => {
      const site = await fetch(`${router.origin}/health/site`);
      const health = (await site.json()) as SiteHealth;
      expect(site.status).toBe(503);
      expect(health.status).toBe('degraded');
      expect(health.degraded).toEqual(['wallet']);
      expect(health.subgraphs.wallet).toMatchObject({ status: 'down', error: expect.any(String) });
      expect(health.subgraphs.accounts).toMatchObject({ status: 'up' });

      const ready = await fetch(`${router.origin}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', degraded: ['wallet'] });
    });
  });
});
