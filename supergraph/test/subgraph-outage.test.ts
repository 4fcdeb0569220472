// A subgraph that stops answering (SIGSTOP) must not hang the router: per-subgraph timeouts, a
// circuit breaker that fails fast while it is down and probes it back, and an error naming the
// path left unfilled.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { closeDatabases, freePort, gql, registerUser, stack, startStackProcess, type StackProcess } from '@worldgraph/testenv';

const ME = '{ me { username wallet { balance(asset: "PSC") { amount } } } }';

afterAll(() => closeDatabases());

describe('a subgraph that stops answering', () => {
  let wallet: StackProcess;
  let router: StackProcess;
  beforeAll(async () => {
    wallet = await startStackProcess(stack(), 'subgraphs/wallet/src/index.ts', { DATABASE_URL: stack().databaseUrl, DB_PREFIX: stack().dbPrefix });
    router = await startStackProcess(stack(), 'supergraph/src/index.ts', {
      SUBGRAPH_URL_WALLET: `${wallet.origin}/graphql`,
      SUBGRAPH_TIMEOUT_MS: '1000',
      SUBGRAPH_BREAKER_FAILURES: '2',
      // Long enough that the third call still finds the circuit open on a loaded machine (at 2 s a slow
      // round trip after the second timeout let it through as a probe: TIMEOUT, not CIRCUIT_OPEN).
      SUBGRAPH_BREAKER_RESET_MS: '10000',
    });
  });
  afterAll(async () => {
    if (wallet) process.kill(wallet.pid, 'SIGCONT');
    await router?.stop();
    await wallet?.stop();
  });

  it('times out, then fails fast while the circuit is open, naming the path it could not fill; then comes back', async () => {
    const user = await registerUser();
    const url = `${router.origin}/graphql`;
    const healthy = await gql(ME, {}, { url, token: user.accessToken });
    expect(healthy.data).toEqual({ me: { username: user.username, wallet: { balance: { amount: '0' } } } });

    process.kill(wallet.pid, 'SIGSTOP');
    const reasons: string[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const res = await gql(ME, {}, { url, token: user.accessToken });
        // What accounts answered is kept; the wallet's part is null with an error saying where and why.
        expect(res.data).toEqual({ me: { username: user.username, wallet: null } });
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]).toMatchObject({ path: ['me', 'wallet'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'wallet' } });
        reasons.push(String(res.errors![0]!.extensions!.reason));
      }
    } finally {
      process.kill(wallet.pid, 'SIGCONT');
    }
    // Two timeouts open the circuit; the third call is refused without waiting.
    expect(reasons).toEqual(['TIMEOUT', 'TIMEOUT', 'CIRCUIT_OPEN']);

    // After the reset period one probe goes through, and the circuit closes again.
    let back: Awaited<ReturnType<typeof gql>> | undefined;
    for (const end = Date.now() + 30_000; Date.now() < end; ) {
      back = await gql(ME, {}, { url, token: user.accessToken });
      if (!back.errors) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(back?.data).toEqual({ me: { username: user.username, wallet: { balance: { amount: '0' } } } });
  });

  it('counts each subgraph fetch in the metrics, by outcome', async () => {
    const text = await (await fetch(`${router.origin}/metrics`)).text();
    expect(text).toMatch(/router_subgraph_fetch_duration_seconds_count\{subgraph="accounts",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/router_subgraph_fetch_errors_total\{subgraph="wallet",reason="timeout"\} [1-9]/);
    expect(text).toMatch(/router_subgraph_fetch_errors_total\{subgraph="wallet",reason="circuit_open"\} [1-9]/);
  });
});

describe('the router process in production', () => {
  it('serves /metrics on its metrics port only, and exits 0 soon after SIGTERM, with Redis and the safelist on', async () => {
    const metricsPort = await freePort();
    const router = await startStackProcess(stack(), 'supergraph/src/index.ts', { NODE_ENV: 'production', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', CORS_ORIGINS: '*', METRICS_PORT: String(metricsPort) });
    const client = createClient({ url: `${router.origin.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, onNonLazyError: () => {} });
    // Listened for at once: the client connects as soon as it is created.
    const connected = new Promise((resolve, reject) => {
      client.on('connected', resolve);
      client.on('closed', (event) => reject(new Error(`the socket closed: ${(event as { code?: number }).code}`)));
    });
    connected.catch(() => {}); // awaited below
    let timer: NodeJS.Timeout | undefined;
    try {
      // A graphql-ws client and a kept-alive HTTP connection are open when the signal comes.
      // (The safelist refuses this text: 403, on a kept-alive connection all the same.)
      expect((await gql('{ assets }', {}, { url: `${router.origin}/graphql` })).status).toBe(403);
      expect((await fetch(`${router.origin}/metrics`)).status).toBe(404);
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(metrics).toMatch(/graphql_errors_total\{service="router",operation="anonymous",code="FORBIDDEN"\} [1-9]|graphql_operation_duration_seconds/);
      await connected;
      process.kill(router.pid, 'SIGTERM');
      // Bounded for a loaded machine; it takes a few seconds.
      const stillRunning = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the router was still running 40 s after SIGTERM')), 40_000)));
      expect(await Promise.race([router.exited, stillRunning])).toBe(0);
    } finally {
      clearTimeout(timer);
      await client.dispose();
      await router.stop();
    }
  }, 150_000);
});
