import { adminToken, CLAIMABLE, closeDatabases, codeOf, database, gql, registerUser, stack } from '@worldgraph/testenv';
import { CENTRE, parcelsIn, type Box } from './helpers.ts';

afterAll(closeDatabases);

/** The bounding box of a parcel, from its GeoJSON. */
async function boundsOf(id: string): Promise<Box> {
  const res = await gql<{ feature: { geometry: { coordinates: number[][][] } } }>('query ($id: ID!) { feature(id: $id) { geometry { coordinates } } }', { id });
  const ring = res.data!.feature.geometry.coordinates[0]!;
  const lngs = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  return { minLng: Math.min(...lngs), minLat: Math.min(...lats), maxLng: Math.max(...lngs), maxLat: Math.max(...lats) };
}

describe('parcels in a bounding box', () => {
  let sample: string;
  let box: Box;
  beforeAll(async () => {
    const { rows } = await database('features').query("SELECT id FROM features ORDER BY id OFFSET 500 LIMIT 1");
    sample = rows[0].id;
    box = await boundsOf(sample);
  });

  it('finds a parcel by a box inside it, and by a box touching only its edge or corner', async () => {
    const inner = { minLng: (box.minLng * 3 + box.maxLng) / 4, minLat: (box.minLat * 3 + box.maxLat) / 4, maxLng: (box.minLng + box.maxLng * 3) / 4, maxLat: (box.minLat + box.maxLat * 3) / 4 };
    expect((await parcelsIn(inner)).map((p) => p.id)).toEqual([sample]);
    const eastEdge = { minLng: box.maxLng, minLat: box.minLat, maxLng: box.maxLng + 0.00001, maxLat: box.maxLat };
    expect((await parcelsIn(eastEdge)).map((p) => p.id)).toContain(sample);
    const corner = { minLng: box.maxLng, minLat: box.maxLat, maxLng: box.maxLng + 0.00001, maxLat: box.maxLat + 0.00001 };
    expect((await parcelsIn(corner)).map((p) => p.id)).toContain(sample);
    const beside = { minLng: box.maxLng + 0.0000001, minLat: box.minLat, maxLng: box.maxLng + 0.00001, maxLat: box.maxLat };
    expect((await parcelsIn(beside)).map((p) => p.id)).not.toContain(sample);
  });

  it('returns nothing where there is no land', async () => {
    expect(await parcelsIn({ minLng: -30, minLat: -30, maxLng: -29.5, maxLat: -29.5 })).toEqual([]);
  });

  it('pages through a box in id order without gaps or repeats', async () => {
    const all = (await parcelsIn(CENTRE, 500)).map((p) => p.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await gql('query ($bbox: BBoxInput!, $after: String) { features(bbox: $bbox, first: 37, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { bbox: CENTRE, after });
      paged.push(...res.data.features.edges.map((e: any) => e.node.id));
      after = res.data.features.pageInfo.hasNextPage ? res.data.features.pageInfo.endCursor : null;
    } while (after && paged.length < 500);
    expect(paged.slice(0, all.length)).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
    expect([...all].sort()).toEqual(all);
  });

  it('filters by land use', async () => {
    const parks = await gql<{ features: { edges: { node: { landUse: string } }[] } }>(
      'query ($bbox: BBoxInput!) { features(bbox: $bbox, first: 200, filter: { landUse: [recreational] }) { edges { node { landUse } } } }',
      { bbox: CENTRE },
    );
    expect(parks.data!.features.edges.every((e) => e.node.landUse === 'recreational')).toBe(true);
  });

  it.each([
    ['min greater than max', { minLng: 51.5, minLat: 35.5, maxLng: 51.4, maxLat: 35.6 }],
    ['latitude out of range', { minLng: 51, minLat: 89.5, maxLng: 51.1, maxLat: 91 }],
    ['too large an area', { minLng: 0, minLat: 0, maxLng: 10, maxLat: 10 }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, bbox) => {
    const res = await gql('query ($bbox: BBoxInput!) { features(bbox: $bbox) { edges { cursor } } }', { bbox });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('owners of a page of parcels', () => {
  it('are fetched from accounts in one batched call for 100 parcels', async () => {
    const owners = await Promise.all([registerUser(), registerUser(), registerUser()]);
    // A block of 100 neighbours past the parcels claimParcel hands out (CLAIMABLE), which no other test uses.
    const { rows } = await database('features').query('SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features ORDER BY id OFFSET $1 LIMIT 100', [CLAIMABLE]);
    // Arrange ownership directly: this test is about reading, not buying.
    for (const [i, row] of rows.entries()) {
      await database('features').query("UPDATE features SET owner_id = $1, status = 'sold', owned_since = now() WHERE id = $2", [owners[i % 3]!.id, row.id]);
    }
    // The gateway names each subgraph fetch after the operation: count accounts' OwnersPage fetches.
    const accountsCalls = async () => {
      const text = await (await fetch(new URL('/metrics', stack().subgraphs.accounts))).text();
      return [...text.matchAll(/^graphql_operation_duration_seconds_count\{service="accounts",operation="OwnersPage__accounts__\d+"[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    };
    const ids = rows.map((r) => r.id);
    const before = await accountsCalls();
    const res = await gql<{ a: { owner: { username: string } } }>(
      `query OwnersPage($bbox: BBoxInput!, $filter: FeatureFilter) { features(bbox: $bbox, first: 100, filter: $filter) { edges { node { id owner { username } } } } }`,
      // The box of the block's centres: sold parcels of other tests (every package shares the stack) stay out of the page.
      { bbox: { minLng: Math.min(...rows.map((r) => r.lng)), minLat: Math.min(...rows.map((r) => r.lat)), maxLng: Math.max(...rows.map((r) => r.lng)), maxLat: Math.max(...rows.map((r) => r.lat)) }, filter: { status: ['sold'] } },
      { token: await adminToken() },
    );
    const after = await accountsCalls();
    const nodes = (res.data as any).features.edges.map((e: any) => e.node);
    const ours = nodes.filter((n: any) => ids.includes(n.id));
    expect(ours.length).toBeGreaterThan(50);
    expect(new Set(ours.map((n: any) => n.owner.username))).toEqual(new Set(owners.map((o) => o.username)));
    expect(after - before).toBe(1);
  });
});
