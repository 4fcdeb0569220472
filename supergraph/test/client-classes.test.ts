import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MeDocument, MyWalletDocument, operationText } from '@worldgraph/sdk';
import { adminToken, closeDatabases, codeOf, database, gql, registerUser, serviceToken, stack, startRouterProcess, type RouterProcess } from '@worldgraph/testenv';

const CREATE = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name roles prefix owner { id } revokedAt } } }';
const MINE = '{ myApiKeys { id name prefix roles revokedAt lastUsedAt } }';
const ROTATE = 'mutation ($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id rotatedAt } } }';
const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const ME = '{ me { id } }';

const withKey = (secret: string, url?: string) => ({ headers: { 'x-api-key': secret }, url });

async function createKey(token: string, input: Record<string, unknown> = {}) {
  const res = await gql(CREATE, { input: { name: 'Scores bot', ...input } }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { id: res.data.createApiKey.apiKey.id as string, secret: res.data.createApiKey.secret as string, apiKey: res.data.createApiKey.apiKey };
}

afterAll(closeDatabases);

describe('integrator API keys', () => {
  it('shows the secret once, stores only its hash, lists keys without it, and signs the owner in with it', async () => {
    const owner = await registerUser();
    const { id, secret, apiKey } = await createKey(owner.accessToken);
    expect(secret).toMatch(/^wgk_[\w-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Scores bot', roles: ['user'], prefix: secret.slice(0, 12), owner: { id: owner.id }, revokedAt: null });

    const listed = await gql(MINE, {}, { token: owner.accessToken });
    expect(listed.data?.myApiKeys).toEqual([expect.objectContaining({ id, prefix: secret.slice(0, 12) })]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const { rows } = await database('accounts').query('SELECT * FROM api_keys WHERE id = $1', [id]);
    expect(rows[0].secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(secret);

    expect((await gql(ME, {}, withKey(secret))).data?.me.id).toBe(owner.id);
    expect((await gql(ME, {}, { authorization: `ApiKey ${secret}` })).data?.me.id).toBe(owner.id);
  });

  it('refuses an unknown key with 401 UNAUTHENTICATED', async () => {
    const res = await gql(ME, {}, withKey('wgk_not-a-key'));
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('rotating stops the old secret at once; revoking stops the key', async () => {
    const owner = await registerUser();
    const { id, secret } = await createKey(owner.accessToken);
    expect((await gql(ME, {}, withKey(secret))).data?.me.id).toBe(owner.id); // the router now keeps its verdict
    const rotated = await gql(ROTATE, { id }, { token: owner.accessToken });
    const fresh = rotated.data?.rotateApiKey.secret as string;
    expect(fresh).not.toBe(secret);
    expect(codeOf(await gql(ME, {}, withKey(secret)))).toBe('UNAUTHENTICATED');
    expect((await gql(ME, {}, withKey(fresh))).data?.me.id).toBe(owner.id);

    const revoked = await gql(REVOKE, { id }, { token: owner.accessToken });
    expect(revoked.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect(codeOf(await gql(ME, {}, withKey(fresh)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(ROTATE, { id }, { token: owner.accessToken }))).toBe('BAD_USER_INPUT');
  });

  it("scopes a key to its owner's roles: beyond them is FORBIDDEN, within them the key gets no more", async () => {
    const user = await registerUser();
    const beyond = await gql(CREATE, { input: { name: 'Escalator', roles: ['admin'] } }, { token: user.accessToken });
    expect(codeOf(beyond)).toBe('FORBIDDEN');
    expect((await gql(MINE, {}, { token: user.accessToken })).data?.myApiKeys).toEqual([]);

    const admin = await adminToken();
    const adminKey = await createKey(admin, { name: 'Ops', roles: ['admin', 'user'] });
    expect(codeOf(await gql('{ apiKeys(first: 1) { id } }', {}, withKey(adminKey.secret)))).toBeUndefined();
    const userScoped = await createKey(admin, { name: 'Read-only' });
    expect(codeOf(await gql('{ apiKeys(first: 1) { id } }', {}, withKey(userScoped.secret)))).toBe('FORBIDDEN');
    // A key cannot mint a key worth more than itself.
    const viaKey = await gql(CREATE, { input: { name: 'Sneaky', roles: ['admin'] } }, withKey(userScoped.secret));
    expect(codeOf(viaKey)).toBe('FORBIDDEN');
  });

  it("keeps others' keys out of reach; admins manage anyone's", async () => {
    const owner = await registerUser();
    const other = await registerUser();
    const { id, secret } = await createKey(owner.accessToken);
    expect(codeOf(await gql(ROTATE, { id }, { token: other.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(REVOKE, { id }, { token: other.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await gql('{ apiKeys(first: 5) { id } }', {}, { token: other.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CREATE, { input: { name: 'For you', ownerId: owner.id } }, { token: other.accessToken }))).toBe('FORBIDDEN');
    expect((await gql(ME, {}, withKey(secret))).data?.me.id).toBe(owner.id);

    const admin = await adminToken();
    const listed = await gql('query ($o: ID) { apiKeys(ownerId: $o) { id owner { id } } }', { o: owner.id }, { token: admin });
    expect(listed.data?.apiKeys).toEqual([{ id, owner: { id: owner.id } }]);
    expect((await gql(REVOKE, { id }, { token: admin })).data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect(codeOf(await gql(ME, {}, withKey(secret)))).toBe('UNAUTHENTICATED');
  });
  it("answers the key check to a service credential only (the router's)", async () => {
    const owner = await registerUser();
    const { id, secret } = await createKey(owner.accessToken);
    const check = 'query ($k: String!) { internalApiKeyGrant(apiKey: $k) { keyId ownerId roles accessToken } }';
    const url = stack().subgraphs.accounts;
    expect(codeOf(await gql(check, { k: secret }, { url, token: owner.accessToken }))).toBe('FORBIDDEN');
    const granted = await gql(check, { k: secret }, { url, token: await serviceToken('router') });
    expect(granted.data?.internalApiKeyGrant).toEqual({ keyId: id, ownerId: owner.id, roles: ['user'], accessToken: expect.any(String) });
    expect((await gql(check, { k: `${secret}x` }, { url, token: await serviceToken('router') })).data?.internalApiKeyGrant).toBeNull();
    expect(codeOf(await gql(check, { k: secret }))).toBe('GRAPHQL_VALIDATION_FAILED'); // not in the router's graph at all
  });

  it("closes a key's graphql-ws connections when it is revoked", async () => {
    const owner = await registerUser();
    const { id, secret } = await createKey(owner.accessToken);
    let connected!: () => void;
    const ready = new Promise<void>((resolve) => (connected = resolve));
    let closedWith: number | undefined;
    const client = createClient({
      url: stack().router.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { apiKey: secret },
      retryAttempts: 0,
      lazy: true,
      on: { connected: () => connected(), closed: (event) => (closedWith = (event as { code: number }).code) },
    });
    try {
      const events = client.iterate({ query: 'subscription ($ids: [ID!]!) { userStatusChanged(userIds: $ids) { status } }', variables: { ids: [owner.id] } });
      const ended = events.next().catch((error: unknown) => error);
      await ready;
      expect((await gql(REVOKE, { id }, { token: owner.accessToken })).data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
      await ended;
      expect(closedWith).toBe(4401);
    } finally {
      await client.dispose();
    }
  });
});

describe('client classes on a production router (NODE_ENV=production, safelist on)', () => {
  let router: RouterProcess;
  beforeAll(async () => {
    router = await startRouterProcess({ NODE_ENV: 'production', OPERATION_SAFELIST: 'true' });
  });
  afterAll(() => router?.stop());

  it('lets an integrator send an operation of its own', async () => {
    const owner = await registerUser();
    const { secret } = await createKey(owner.accessToken);
    const res = await gql('query Mine { me { id username } }', {}, withKey(secret, router.graphqlUrl));
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({ id: owner.id, username: owner.username });
  });

  it('refuses a first-party client an operation outside the SDK, and runs the SDK one', async () => {
    const user = await registerUser();
    const adHoc = await gql('query Mine { me { id username } }', {}, { token: user.accessToken, url: router.graphqlUrl });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_IN_LIST' });
    const listed = await gql(operationText(MeDocument), {}, { token: user.accessToken, url: router.graphqlUrl });
    expect(listed.data?.me.id).toBe(user.id);
  });

  it('gives anonymous callers public fields only', async () => {
    for (const doc of [MeDocument, MyWalletDocument]) {
      const res = await gql(operationText(doc), {}, { url: router.graphqlUrl });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const adHoc = await gql('{ landUses { code } }', {}, { url: router.graphqlUrl });
    expect(codeOf(adHoc)).toBe('FORBIDDEN');
  });

  it('lets an integrator send its own operations over graphql-ws with its key', async () => {
    const owner = await registerUser();
    const { secret } = await createKey(owner.accessToken);
    const socket = (connectionParams: Record<string, string>) =>
      createClient({ url: router.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
    const integrator = socket({ apiKey: secret });
    const firstParty = socket({ authorization: `Bearer ${owner.accessToken}` });
    // A subscription the owning subgraph refuses once planned: the safelist let it through for the key only.
    const emptySubscription = { query: 'subscription Empty { userStatusChanged(userIds: []) { status } }' };
    try {
      expect((await integrator.iterate({ query: 'query Who { me { id } }' }).next()).value).toEqual({ data: { me: { id: owner.id } } });
      const planned = await integrator.iterate(emptySubscription).next();
      expect(planned.value).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })] });
      await expect(firstParty.iterate(emptySubscription).next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ reason: 'PERSISTED_QUERY_NOT_IN_LIST' }) })]);
    } finally {
      await integrator.dispose();
      await firstParty.dispose();
    }
  });

  it('serves the explorer, which an integrator uses with its key (introspection included)', async () => {
    const page = await (await fetch(router.graphqlUrl, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('X-Api-Key');
    const owner = await registerUser();
    const { secret } = await createKey(owner.accessToken);
    const introspection = '{ __schema { queryType { name } } }';
    expect((await gql(introspection, {}, withKey(secret, router.graphqlUrl))).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(codeOf(await gql(introspection, {}, { token: owner.accessToken, url: router.graphqlUrl }))).toBe('FORBIDDEN');
  });
});
