import { closeDatabases, gql, registerUser, startRouterProcess, type RouterProcess } from '@worldgraph/testenv';
import { ACCEPT, dynastyOn, ok, boughtParcel, SEND } from './helpers.ts';

// A router of this test's own, so its fetch counters see this test's query alone.
let router: RouterProcess;
beforeAll(async () => {
  router = await startRouterProcess();
}, 90_000);
afterAll(async () => {
  await router?.stop();
  await closeDatabases();
});

/** The router's subgraph fetches so far, per subgraph (every outcome), from its /metrics. */
async function fetchesBySubgraph(): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', router.graphqlUrl))).text();
  const counts: Record<string, number> = {};
  for (const [, subgraph, n] of text.matchAll(/^router_subgraph_fetch_duration_seconds_count\{subgraph="([^"]+)"[^}]*\} (\d+)$/gm)) {
    counts[subgraph!] = (counts[subgraph!] ?? 0) + Number(n);
  }
  return counts;
}

const MEMBERS = `query ($id: ID!) { dynasty(id: $id) { memberCount members(first: 100) {
  role user { username level { number points } features(first: 5) { edges { node { id } } } }
} } }`;

test('one query for 50 members with their levels and holdings makes one fetch per other subgraph', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel, 60);
  const joiners = [];
  for (let i = 0; i < 49; i += 7) joiners.push(...(await Promise.all(Array.from({ length: 7 }, () => registerUser()))));
  const requests = await Promise.all(joiners.map(async (u) => (await ok(SEND, { i: { dynastyId } }, u.accessToken)).sendJoinRequest.id as string));
  for (const id of requests) await ok(ACCEPT, { id }, head.accessToken);

  const before = await fetchesBySubgraph();
  const res = await gql(MEMBERS, { id: dynastyId }, { token: head.accessToken, url: router.graphqlUrl });
  const after = await fetchesBySubgraph();
  expect(res.errors).toBeUndefined();
  expect(res.data!.dynasty.memberCount).toBe(50);
  const members = res.data!.dynasty.members;
  expect(members).toHaveLength(50);
  expect(members[0]).toMatchObject({ role: 'head', user: { username: head.username, level: { number: expect.any(Number) }, features: { edges: [{ node: { id: expect.any(String) } }] } } });
  expect(new Set(members.map((m: any) => m.user.username)).size).toBe(50);
  const fetched = Object.fromEntries(Object.keys(after).map((s) => [s, after[s]! - (before[s] ?? 0)]).filter(([, n]) => n));
  // social for the dynasty, then one batched entity fetch to each subgraph holding the users' fields.
  expect(fetched).toEqual({ social: 1, accounts: 1, progression: 1, features: 1 });
}, 120_000);
