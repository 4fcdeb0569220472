// Saga failures, on a stack of its own with hunts' test-only faults switched on, each once per
// hunt: opening the hunt fails after the escrow debit (the money goes back); the escrow debit's
// answer is lost (the retry replays it: charged once); the first reward payment fails (the
// retried final call pays, once).
import { databaseUrl } from '@worldgraph/kit';
import { startStack, type StartedStack } from '@worldgraph/testenv';
import pg from 'pg';

let stack: StartedStack;
beforeAll(async () => {
  stack = await startStack({ HUNTS_FAULT_INJECTION: 'publish,escrow,reward', HUNTS_JOB_INTERVAL_MS: '0', FEATURES_DEMO_COUNT: '0' });
}, 120_000);
// Stopping a second stack and dropping its databases can take a while on a loaded 2-core machine.
afterAll(() => stack?.stop(), 180_000);

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(stack.info.router, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}

async function user(name: string) {
  const res = await call('mutation ($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }', {
    i: { username: name, email: `${name}@example.com`, password: 'correct-horse-9' },
  });
  return { id: res.data.register.user.id as string, token: res.data.register.accessToken as string };
}

/** A draft hunt (start s, treasure t, one path) of a new partner owned by `token`'s user. */
async function draftHunt(token: string) {
  const partner = (await call('mutation { createPartner(input: { name: "Comp" }) { id } }', {}, token)).data.createPartner.id;
  const hunt = (
    await call(
      'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }',
      {
        i: {
          partnerId: partner,
          title: 'Faulty',
          playArea: { center: { lat: 0, lng: 0 }, radiusMeters: 1000 },
          startsAt: new Date(Date.now() - 60_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          reward: { asset: 'PSC', amount: '250' },
        },
      },
      token,
    )
  ).data.createHunt.id;
  const ADD = 'mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }';
  const s = (await call(ADD, { h: hunt, i: { name: 's', riddle: 'r', location: { lat: 0, lng: 0 }, start: true } }, token)).data.addClue.id;
  const t = (await call(ADD, { h: hunt, i: { name: 't', riddle: 'r', location: { lat: 0.0001, lng: 0 }, treasure: true } }, token)).data.addClue.id;
  await call('mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h: hunt, f: s, t }, token);
  return { hunt: hunt as string, s: s as string, t: t as string };
}

it('charges once when the escrow answer is lost, returns the escrow when the hunt cannot be opened, and pays a failed reward once on retry', async () => {
  const admin = (await call('mutation ($p: String!) { login(input: { login: "admin", password: $p }) { accessToken } }', { p: stack.info.adminPassword })).data.login.accessToken;
  const owner = await user('comp_partner');
  const player = await user('comp_player');
  await call('mutation ($u: ID!) { adminCredit(input: { userId: $u, asset: "PSC", amount: "1000", idempotencyKey: "fund" }) { id } }', { u: owner.id }, admin);
  const wallet = new pg.Client(databaseUrl(stack.info.databaseUrl, `${stack.info.dbPrefix}wallet`));
  await wallet.connect();
  const ledger = async (userId: string) =>
    (await wallet.query("SELECT kind::text, amount::text FROM ledger_entries WHERE user_id = $1 AND reference LIKE 'hunt:%' ORDER BY seq", [userId])).rows.map(
      (r) => `${r.kind} ${Number(r.amount)}`,
    );
  try {
    const { hunt, s, t } = await draftHunt(owner.token);

    const PUBLISH = 'mutation ($h: ID!) { publishHunt(huntId: $h) { status } }';
    const status = async () => (await call('query ($h: ID!) { hunt(id: $h) { status } }', { h: hunt }, owner.token)).data.hunt.status;
    // 1. The escrow debit goes through but its answer is lost: the hunt waits (a draft to everyone).
    expect((await call(PUBLISH, { h: hunt }, owner.token)).errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await ledger(owner.id)).toEqual(['debit -250']);
    expect(await status()).toBe('draft');
    // 2. The retry replays that debit (no second charge), then opening fails: the money goes back.
    const failed = await call(PUBLISH, { h: hunt }, owner.token);
    expect(failed.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await ledger(owner.id)).toEqual(['debit -250', 'credit 250']);
    expect(await status()).toBe('draft');
    // 3. Publishing again works, with a fresh escrow debit.
    expect((await call(PUBLISH, { h: hunt }, owner.token)).data.publishHunt.status).toBe('published');
    expect(await ledger(owner.id)).toEqual(['debit -250', 'credit 250', 'debit -250']);

    // The player finishes; the first payment fails, the retried final call pays; more retries pay nothing.
    const DISCOVER = 'mutation ($h: ID!, $c: ID!, $p: PositionInput!) { discoverClue(huntId: $h, clueId: $c, position: $p) { status rewardPaid } }';
    await call('mutation ($h: ID!) { joinHunt(huntId: $h) { id } }', { h: hunt }, player.token);
    await call(DISCOVER, { h: hunt, c: s, p: { lat: 0, lng: 0, accuracy: 1 } }, player.token);
    const first = await call(DISCOVER, { h: hunt, c: t, p: { lat: 0.0001, lng: 0, accuracy: 1 } }, player.token);
    expect(first.data.discoverClue).toEqual({ status: 'finished', rewardPaid: false });
    expect(await ledger(player.id)).toEqual([]);
    const retried = await Promise.all([1, 2, 3].map(() => call(DISCOVER, { h: hunt, c: t, p: { lat: 0.0001, lng: 0, accuracy: 1 } }, player.token)));
    for (const r of retried) expect(r.data.discoverClue.status).toBe('finished');
    expect((await call(DISCOVER, { h: hunt, c: t, p: { lat: 0.0001, lng: 0, accuracy: 1 } }, player.token)).data.discoverClue).toEqual({ status: 'finished', rewardPaid: true });
    expect(await ledger(player.id)).toEqual(['credit 250']);

  } finally {
    await wallet.end();
  }
}, 120_000);
