import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { freePort, gql, registerUser, serviceToken, startStack, subscribe, type StartedStack } from '@worldgraph/testenv';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() !== 'PONG'; i++) await new Promise((r) => setTimeout(r, 100));
  return child;
}

const CREDIT = 'mutation ($input: InternalMovementInput!) { internalCredit(input: $input) { id } }';

// A stack of its own on a Redis of its own, which the test stops and starts again. Machines
// without redis-server (a fresh user machine: in-process bus) skip it; CI has one.
(hasRedis ? describe : describe.skip)('a Redis restart under live subscriptions', () => {
  let redis: ChildProcess;
  let port: number;
  let own: StartedStack;
  const previous = process.env.WORLDGRAPH_TEST_STACK;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    own = await startStack({ REDIS_URL: `redis://127.0.0.1:${port}` });
    process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(own.info); // the helpers below talk to this stack
  }, 120_000);

  afterAll(async () => {
    process.env.WORLDGRAPH_TEST_STACK = previous;
    await own?.stop();
    redis?.kill('SIGKILL');
  });

  it('loses no event: what happened while Redis was down arrives once it is back', async () => {
    const bob = await registerUser();
    const sub = await subscribe('subscription { walletChanged { amount balanceAfter } }', {}, { token: bob.accessToken });
    // Service credentials are checked without Redis, so money can move while it is down.
    const credit = async (amount: string) => {
      const res = await gql(CREDIT, { input: { userId: bob.id, asset: 'PSC', amount, reference: 'test:redis', idempotencyKey: randomUUID() } }, { url: own.info.subgraphs.wallet, token: await serviceToken('features', own.info.serviceSecret) });
      expect(res.errors).toBeUndefined();
    };
    try {
      await credit('1');
      expect((await sub.nth(1)).data?.walletChanged).toEqual({ amount: '1', balanceAfter: '1' });

      redis.kill('SIGKILL');
      await new Promise((r) => redis.once('exit', r));
      await credit('2'); // written to wallet's outbox; the relay cannot publish it yet
      await credit('4');

      redis = await startRedis(port); // an empty server: only the outbox still has the two events
      expect((await sub.nth(3, 30_000)).data?.walletChanged).toEqual({ amount: '4', balanceAfter: '7' });
      expect(sub.results.map((r) => r.data?.walletChanged.amount)).toEqual(['1', '2', '4']);
    } finally {
      await sub.close();
    }
  }, 90_000);
});
