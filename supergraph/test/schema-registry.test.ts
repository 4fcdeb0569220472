import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { composeFromRover, SUPERGRAPH_URL } from '@worldgraph/router/compose';
import { registryDatabaseUrl, SchemaRegistry } from '@worldgraph/router/registry';
import { dropDatabases, readRoverConfig } from '@worldgraph/kit';
import { closeDatabases, credit, database, gql, registerUser, stack, startRouterProcess, subscribe, type RouterProcess } from '@worldgraph/testenv';
import { editedRover, schemaCli, withoutColour } from './schema-fixtures.ts';

/** A registry of this file's own (`<prefix>registry`), dropped at the end. */
const prefix = `wgreg_${randomBytes(4).toString('hex')}_`;
const registryEnv = () => ({ DATABASE_URL: stack().databaseUrl, DB_PREFIX: prefix });
let registry: SchemaRegistry;

/** The supergraph without Feature.colour: what was "published" before features shipped colour. */
function supergraphWithoutColour(): string {
  const result = composeFromRover(readRoverConfig(new URL(`file://${editedRover('features', withoutColour)}`)));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.supergraphSdl;
}

/** Waits (bounded) until `ok` holds for the router's answer to `query`. */
async function until(url: string, query: string, variables: Record<string, unknown>, ok: (r: Awaited<ReturnType<typeof gql>>) => boolean) {
  for (let i = 0; i < 600; i++) {
    const response = await gql(query, variables, { url });
    if (ok(response)) return response;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the router never answered ${query} as expected`);
}

beforeAll(async () => {
  registry = await SchemaRegistry.open(registryDatabaseUrl(stack().databaseUrl, prefix));
});
afterAll(async () => {
  await registry?.close();
  await closeDatabases();
  await dropDatabases(stack().databaseUrl, prefix);
});

describe('schema registry', () => {
  it('publishes versions with their subgraphs, keeps history, and rolls back as a new version', async () => {
    const first = await registry.publish({ supergraphSdl: supergraphWithoutColour(), subgraphs: [{ name: 'features', routingUrl: 'http://features/graphql', sdl: 'type Query { a: Int }' }], message: 'v1' });
    expect(first.created).toBe(true);
    expect(await registry.subgraphs(first.version.id)).toEqual([{ name: 'features', routingUrl: 'http://features/graphql', sdl: 'type Query { a: Int }' }]);
    const published = await schemaCli(['publish', '-m', 'colour'], registryEnv());
    expect(published.output).toContain('+ safe      FIELD_ADDED: Feature.colour was added.');
    expect(published.code).toBe(0);
    const second = (await registry.current())!;
    expect(second.id).toBeGreaterThan(first.version.id);
    expect(second.supergraphSdl).toBe(readFileSync(SUPERGRAPH_URL, 'utf8'));
    expect((await registry.subgraphs(second.id)).map((s) => s.name)).toEqual(Object.keys(readRoverConfig().subgraphs).sort());
    // The same supergraph again records nothing.
    const again = await schemaCli(['publish'], registryEnv());
    expect(again.output).toContain('nothing published');
    expect((await registry.currentId())).toBe(second.id);
    // A breaking change against what is published is refused.
    const refused = await schemaCli(['publish', '--config', editedRover('features', withoutColour)], registryEnv());
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('not published: the check failed');
    // One subgraph's working schema against the others as published.
    const subgraphCheck = await schemaCli(['check', 'features', '--config', editedRover('features', withoutColour)], registryEnv());
    expect(subgraphCheck.code).toBe(1);
    expect(subgraphCheck.output).toContain(`changes against registry version ${second.id}`);
    expect(subgraphCheck.output).toContain('FIELD_REMOVED: Feature.colour was removed.');
    const rolledBack = await schemaCli(['rollback', String(first.version.id)], registryEnv());
    expect(rolledBack.code).toBe(0);
    const third = (await registry.current())!;
    expect(third).toMatchObject({ rollbackOf: first.version.id, supergraphSdl: first.version.supergraphSdl });
    expect((await registry.history()).map((v) => v.id).slice(0, 3)).toEqual([third.id, second.id, first.version.id]);
  });
});

const COLOUR = 'query ($id: ID!) { feature(id: $id) { id colour } }';
const STATUS_CHANGED = 'subscription ($bbox: BBoxInput!) { featureStatusChanged(bbox: $bbox) { status feature { id status } } }';

describe('a router fed by the registry', () => {
  let router: RouterProcess;
  let start: number;
  beforeAll(async () => {
    // Start from the supergraph without colour (the rollback above may have made it current already).
    start = (await registry.publish({ supergraphSdl: supergraphWithoutColour(), subgraphs: [], message: 'start' })).version.id;
    // Polling only every 10 minutes: the swaps below arrive by the publish's notification.
    router = await startRouterProcess({ SUPERGRAPH_SOURCE: 'registry', REGISTRY_POLL_MS: '600000', ...registryEnv() });
  });
  afterAll(() => router?.stop());

  it('swaps in a published supergraph live: the new field appears and an open subscription keeps streaming', async () => {
    // A parcel of its own: edge-defects.test.ts buys one on the same stack at the same time (both once took
    // "the 1700th available" one, so both could pick it and the second purchase was refused).
    const { rows } = await database('features').query('SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features ORDER BY id OFFSET 1700 LIMIT 1');
    const { id, lng, lat } = rows[0];
    const bbox = { minLng: lng - 0.0001, minLat: lat - 0.0001, maxLng: lng + 0.0001, maxLat: lat + 0.0001 };
    const before = await gql(COLOUR, { id }, { url: router.graphqlUrl });
    expect(before.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const sub = await subscribe(STATUS_CHANGED, { bbox }, { url: router.graphqlUrl });
    try {
      expect((await schemaCli(['publish', '-m', 'colour is back'], registryEnv())).code).toBe(0);
      const after = await until(router.graphqlUrl, COLOUR, { id }, (r) => !r.errors && Boolean(r.data));
      expect(after.data!.feature).toEqual({ id, colour: expect.stringMatching(/^#/) });
      const metrics = await (await fetch(new URL('/metrics', router.graphqlUrl))).text();
      expect(metrics).toMatch(new RegExp(`^router_supergraph_version ${(await registry.currentId())!}$`, 'm'));

      const buyer = await registerUser();
      await credit(buyer.id, 'PSC', '100000');
      const bought = await gql('mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }', { id, key: randomUUID() }, { token: buyer.accessToken });
      expect(bought.data?.buyFeature.status).toBe('completed');
      // The subscription opened before the swap is still open and delivers the purchase.
      expect((await sub.nth(1)).data?.featureStatusChanged).toEqual({ status: 'reserved', feature: { id, status: expect.any(String) } });
      expect((await sub.nth(2)).data?.featureStatusChanged).toMatchObject({ status: 'sold' });
      expect(sub.ended).toBeUndefined();
    } finally {
      await sub.close();
    }

    // The registry's connections are cut (a database restart): the router keeps serving, listens again
    // and still hears the next publish.
    await database('features').query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [`${prefix}registry`]);
    expect((await gql(COLOUR, { id }, { url: router.graphqlUrl })).data?.feature.colour).toMatch(/^#/);
    // And back: a rollback is a publish too.
    expect((await schemaCli(['rollback', String(start)], registryEnv())).code).toBe(0);
    await until(router.graphqlUrl, COLOUR, { id }, (r) => r.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  });
});
