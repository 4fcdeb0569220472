import { randomBytes, randomUUID } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import pg from 'pg';
import { Agent, fetch as undiciFetch } from 'undici';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, databaseUrl, ServiceCredentials } from '@worldgraph/kit';
import type { StackInfo } from './stack.ts';

/** The stack the package's globalSetup started. */
export function stack(): StackInfo {
  const raw = process.env.WORLDGRAPH_TEST_STACK;
  if (!raw) throw new Error('no test stack: run through jest with @worldgraph/testenv/global-setup');
  return JSON.parse(raw) as StackInfo;
}

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
}

/** Options of one GraphQL request. */
export interface RequestOptions {
  token?: string;
  /** Raw Authorization header, for malformed-token tests. */
  authorization?: string;
  headers?: Record<string, string>;
  /** Another endpoint than the router (a subgraph, for internal-call tests). */
  url?: string;
}

/**
 * The loopback address this test process sends `gql` requests from (127.1.x.y, from its pid): every
 * package of `npm test` shares one stack, and accounts slows failed sign-ins per client address (20 in
 * 15 minutes), so the tests of one process count as one player's, not the whole run's. Linux routes all
 * of 127.0.0.0/8 to the loopback interface, so any of its addresses can be bound without set-up.
 */
export const CLIENT_ADDRESS = `127.1.${(process.pid >> 8) & 255}.${(process.pid % 254) + 1}`;
const fromClientAddress = new Agent({ localAddress: CLIENT_ADDRESS });

/** Sends one operation to the router (or `url`) from CLIENT_ADDRESS and returns status, data and errors. */
export async function gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization) headers.authorization = authorization;
  const response = await undiciFetch(options.url ?? stack().router, { method: 'POST', headers, body: JSON.stringify({ query, variables }), dispatcher: fromClientAddress });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  return { status: response.status, ...body };
}

/** The first error's extensions.code. */
export const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

/** A name no other test uses. */
export const unique = (prefix: string) => `${prefix}${randomBytes(4).toString('hex')}`;

/**
 * A character name the characters context accepts (3-16 letters, no letter three times in a row)
 * and no other test uses: each letter differs from the one before, the prefix's last included,
 * whatever the case.
 */
export function uniqueCharacterName(prefix = 'Hero'): string {
  let name = prefix;
  for (const byte of randomBytes(10)) {
    const choices = 'abcdefghijklmnopqrstuvwxyz'.replace(name.at(-1)!.toLowerCase(), '');
    name += choices[byte % choices.length];
  }
  return name.slice(0, 16);
}

/** A registered, signed-in user. */
export interface TestUser {
  id: string;
  username: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id username } }
}`;

/** Registers a fresh user through the router. */
export async function registerUser(overrides: Partial<{ username: string; email: string; password: string }> = {}): Promise<TestUser> {
  const username = overrides.username ?? unique('user_');
  const input = { username, email: overrides.email ?? `${username}@example.com`, password: overrides.password ?? 'correct-horse-9' };
  const res = await gql<{ register: { accessToken: string; refreshToken: string; user: { id: string } } }>(REGISTER, { input });
  if (!res.data) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.register.user.id, username, email: input.email, password: input.password, accessToken: res.data.register.accessToken, refreshToken: res.data.register.refreshToken };
}

let adminTokenPromise: Promise<string> | undefined;
/** An access token of the bootstrap admin. */
export function adminToken(): Promise<string> {
  adminTokenPromise ??= gql<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { login: 'admin', password: stack().adminPassword } },
  ).then((res) => {
    if (!res.data) throw new Error(`admin login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  });
  return adminTokenPromise;
}

/** Credits `amount` of `asset` to a user, as the admin. */
export async function credit(userId: string, asset: string, amount: string): Promise<void> {
  const res = await gql(
    'mutation ($input: AdminCreditInput!) { adminCredit(input: $input) { id } }',
    { input: { userId, asset, amount, idempotencyKey: randomUUID() } },
    { token: await adminToken() },
  );
  if (!res.data) throw new Error(`credit failed: ${JSON.stringify(res.errors)}`);
}

/** Signs an access token with the stack's key, e.g. an expired one. */
export async function mintAccessToken(claims: { sub: string; sid?: string; roles?: string[]; expiresAt?: number }): Promise<string> {
  const key = await importPKCS8(stack().jwtPrivateKey, 'EdDSA');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sid: claims.sid ?? randomUUID(), roles: claims.roles ?? ['user'] })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt(now - 3600)
    .setExpirationTime(claims.expiresAt ?? now + 600)
    .sign(key);
}

/** A service credential (the bare token) as another context signs it, or signed with another secret. */
export async function serviceToken(service = 'features', secret = stack().serviceSecret): Promise<string> {
  return (await new ServiceCredentials(service, secret).authorization()).replace(/^Bearer /, '');
}

const pools = new Map<string, pg.Pool>();
/** A pool on one context's test database, for assertions on what was stored. */
export function database(context: string): pg.Pool {
  let pool = pools.get(context);
  if (!pool) {
    const { databaseUrl: server, dbPrefix } = stack();
    // allowExitOnIdle: a test file that forgets closeDatabases does not hold its jest process open for
    // the pool's idle timeout (10 s) once the shared stack outlives it.
    pool = new pg.Pool({ connectionString: databaseUrl(server, `${dbPrefix}${context}`), max: 2, allowExitOnIdle: true });
    // The stack's databases are dropped at the end of the run; an idle connection cut then is no failure.
    pool.on('error', () => {});
    pools.set(context, pool);
  }
  return pool;
}

/** Closes the pools `database` opened; call in afterAll. */
export async function closeDatabases(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.end()));
  pools.clear();
}

/** Sends an operation to the router and fails the test with its errors if there are any. */
export async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await gql<T>(query, variables, { token });
  if (res.errors || !res.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Sends an operation expected to be refused: its first error's code, reason and message. */
export async function refusal(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ code?: unknown; reason?: unknown; message?: string }> {
  const error = (await gql(query, variables, { token })).errors?.[0];
  return { code: error?.extensions?.code, reason: error?.extensions?.reason, message: error?.message };
}
