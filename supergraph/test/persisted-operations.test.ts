import { createHash } from 'node:crypto';
import { FeatureStatusChangedDocument, operationText, ParcelDocument, persistedRequest } from '@worldgraph/sdk';
import { closeDatabases, database, gql, stack, startRouterProcess, subscribe, type RouterProcess } from '@worldgraph/testenv';

/** POSTs a raw GraphQL request body. */
async function post(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

/** A GET request naming a persisted operation by hash (cacheable by CDNs), as Apollo clients send it. */
async function getByHash(url: string, sha256Hash: string, variables: Record<string, unknown>) {
  const params = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }) });
  const response = await fetch(`${url}?${params}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

let parcelId: string;
beforeAll(async () => {
  const { rows } = await database('features').query('SELECT id FROM features ORDER BY id LIMIT 1');
  parcelId = rows[0].id;
});
afterAll(() => closeDatabases());

describe('persisted operations in production (safelist)', () => {
  let router: RouterProcess;
  beforeAll(async () => {
    router = await startRouterProcess({ OPERATION_SAFELIST: 'true' });
  });
  afterAll(() => router?.stop());

  it('runs an SDK operation sent by its hash alone, or by its text', async () => {
    const byHash = await post(router.graphqlUrl, persistedRequest(ParcelDocument, { id: parcelId }));
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.feature.id).toBe(parcelId);
    const byText = await gql(operationText(ParcelDocument), { id: parcelId }, { url: router.graphqlUrl });
    expect(byText.data?.feature.id).toBe(parcelId);
    const byGet = await getByHash(router.graphqlUrl, persistedRequest(ParcelDocument).extensions.persistedQuery.sha256Hash, { id: parcelId });
    expect(byGet.data.feature.id).toBe(parcelId);
  });

  it('refuses any other operation with FORBIDDEN (PERSISTED_QUERY_NOT_IN_LIST), and an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const adHoc = await gql('query ($id: ID!) { feature(id: $id) { id } }', { id: parcelId }, { url: router.graphqlUrl });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_IN_LIST' });
    expect(adHoc.errors?.[0]?.message).toContain('safelist');
    const unknownHash = createHash('sha256').update('{ me { id } }').digest('hex');
    const unknown = await post(router.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await getByHash(router.graphqlUrl, unknownHash, {})).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('applies the safelist to subscriptions over graphql-ws', async () => {
    const bbox = { minLng: 0, minLat: 0, maxLng: 0.001, maxLat: 0.001 };
    const refused = await subscribe('subscription ($bbox: BBoxInput!) { featureStatusChanged(bbox: $bbox) { status } }', { bbox }, { url: router.graphqlUrl });
    expect(await refused.end()).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_IN_LIST' }) })]);
    const listed = await subscribe(operationText(FeatureStatusChangedDocument), { bbox }, { url: router.graphqlUrl });
    try {
      expect(listed.ended).toBeUndefined();
      expect(listed.results).toEqual([]);
    } finally {
      await listed.close();
    }
  });
});

describe('automatic persisted queries in development', () => {
  it('accepts any operation and remembers it by hash', async () => {
    const query = `query Apq${Date.now()} ($id: ID!) { feature(id: $id) { id status } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const missing = await post(stack().router, { variables: { id: parcelId }, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(stack().router, { query, variables: { id: parcelId }, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(registered.data.feature.id).toBe(parcelId);
    const byHash = await post(stack().router, { variables: { id: parcelId }, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byHash.data.feature.id).toBe(parcelId);
  });

  it('finds the SDK operations by hash without registering them first', async () => {
    const byHash = await post(stack().router, persistedRequest(ParcelDocument, { id: parcelId }));
    expect(byHash.data.feature.id).toBe(parcelId);
  });
});
