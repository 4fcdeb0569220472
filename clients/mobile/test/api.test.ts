// The API layer: bearer token, transparent refresh (one at a time), errors as sentences, and
// subscriptions over graphql-ws that survive an expired token.
import { BuyParcelDocument, MeDocument, WalletChangedDocument } from '@worldgraph/sdk';
import { ApiError } from '../src/api/errors';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

const me = { me: { ...viewer, wallet: { balances: [] } } };
const wait = (ms = 10) => new Promise((r) => setTimeout(r, ms));
async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await wait(5);
  expect(condition()).toBe(true);
}

test('sends the access token as a bearer header', async () => {
  const router = new FakeRouter().on('Me', me);
  const { api } = fakeApi(router);
  await api.restore();
  await expect(api.request(MeDocument)).resolves.toEqual(me);
  expect(router.calls[0]!.authorization).toBe('Bearer access-1');
});

test('an expired token is refreshed once for concurrent calls, then each call is retried', async () => {
  const router = new FakeRouter()
    .on('Me', (_v, call) => (call.authorization === 'Bearer access-2' ? me : gqlError('UNAUTHENTICATED')))
    .on('Refresh', async () => (await wait(), { refresh: { accessToken: 'access-2', refreshToken: 'refresh-2', accessTokenExpiresAt: '', refreshTokenExpiresAt: '' } }));
  const { api, store } = fakeApi(router);
  await api.restore();
  const results = await Promise.all([api.request(MeDocument), api.request(MeDocument), api.request(MeDocument)]);
  expect(results).toEqual([me, me, me]);
  expect(router.callsOf('Refresh')).toHaveLength(1);
  expect(router.callsOf('Refresh')[0]!.variables).toEqual({ refreshToken: 'refresh-1' });
  await expect(store.load()).resolves.toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });
});

test('a refused refresh ends the session', async () => {
  const router = new FakeRouter().on('Me', gqlError('UNAUTHENTICATED')).on('Refresh', gqlError('UNAUTHENTICATED', {}, 'Refresh token was already used'));
  const { api, store } = fakeApi(router);
  await api.restore();
  const signedOut = jest.fn();
  api.onSignedOut(signedOut);
  await expect(api.request(MeDocument)).rejects.toThrow('Your session has ended. Please sign in again.');
  expect(signedOut).toHaveBeenCalledTimes(1);
  await expect(store.load()).resolves.toBeNull();
});

test('refusals become sentences by code and operation, never the raw error', async () => {
  const router = new FakeRouter();
  const { api } = fakeApi(router);
  await api.restore();
  const buy = () => api.request(BuyParcelDocument, { id: 'p1', idempotencyKey: 'k' }, 'buy');
  router.on('BuyParcel', gqlError('CONFLICT', {}, 'Parcel p1 is reserved by purchase 42'));
  await expect(buy()).rejects.toMatchObject({ code: 'CONFLICT', message: 'This parcel was just sold.' });
  router.on('BuyParcel', gqlError('INSUFFICIENT_FUNDS', { asset: 'PSC' }, 'Not enough PSC: balance 3, needed 100'));
  await expect(buy()).rejects.toMatchObject({ message: 'Not enough PSC.' });
  router.on('BuyParcel', gqlError('INTERNAL_SERVER_ERROR', {}, 'relation "features" does not exist'));
  await expect(buy()).rejects.toMatchObject({ message: 'Something went wrong on our side. Please try again.' });
  router.on('BuyParcel', () => Promise.reject(new TypeError('Network request failed')));
  await expect(buy()).rejects.toBeInstanceOf(ApiError);
  await expect(buy()).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/Cannot reach Worldgraph/) });
});

test('subscriptions sign in with connection_init and resubscribe after a 4401 with refreshed tokens', async () => {
  const router = new FakeRouter().on('Refresh', { refresh: { accessToken: 'access-2', refreshToken: 'refresh-2', accessTokenExpiresAt: '', refreshTokenExpiresAt: '' } });
  const live = new FakeLiveServer();
  const { api } = fakeApi(router, live);
  await api.restore();
  const events: unknown[] = [];
  const stop = api.subscribe(WalletChangedDocument, {}, { next: (d) => events.push(d.walletChanged.id) });
  await until(() => live.subscriptions.length === 1);
  expect(live.sockets[0]!.initPayload).toEqual({ authorization: 'Bearer access-1' });
  live.push('WalletChanged', { walletChanged: { id: 't1' } });
  await until(() => events.length === 1);

  live.sockets[0]!.close(4401, 'token expired');
  await until(() => live.subscriptions.length === 1 && live.sockets.length === 2);
  expect(router.callsOf('Refresh')).toHaveLength(1);
  expect(live.sockets).toHaveLength(2);
  expect(live.sockets[1]!.initPayload).toEqual({ authorization: 'Bearer access-2' });
  live.push('WalletChanged', { walletChanged: { id: 't2' } });
  await until(() => events.length === 2);
  expect(events).toEqual(['t1', 't2']);
  stop();
  api.dispose();
});

test('a refresh made by an HTTP call neither cuts live subscriptions nor is repeated when the socket expires', async () => {
  const router = new FakeRouter()
    .on('Me', (_v, call) => (call.authorization === 'Bearer access-2' ? me : gqlError('UNAUTHENTICATED')))
    .on('Refresh', { refresh: { accessToken: 'access-2', refreshToken: 'refresh-2', accessTokenExpiresAt: '', refreshTokenExpiresAt: '' } });
  const live = new FakeLiveServer();
  const { api } = fakeApi(router, live);
  await api.restore();
  const events: string[] = [];
  const stops = [api.subscribe(WalletChangedDocument, {}, { next: (d) => events.push(`a:${d.walletChanged.id}`) })];
  await until(() => live.subscriptions.length === 1);

  await api.request(MeDocument);
  stops.push(api.subscribe(WalletChangedDocument, {}, { next: (d) => events.push(`b:${d.walletChanged.id}`) }));
  await until(() => live.subscriptions.length === 2);
  expect(live.sockets).toHaveLength(1);
  live.push('WalletChanged', { walletChanged: { id: 't1' } });
  await until(() => events.length === 2);

  live.sockets[0]!.close(4401, 'token expired');
  await until(() => live.sockets.length === 2 && live.subscriptions.length === 2);
  expect(live.sockets[1]!.initPayload).toEqual({ authorization: 'Bearer access-2' });
  expect(router.callsOf('Refresh')).toHaveLength(1);
  live.push('WalletChanged', { walletChanged: { id: 't2' } });
  await until(() => events.length === 4);
  expect(events.sort()).toEqual(['a:t1', 'a:t2', 'b:t1', 'b:t2']);
  stops.forEach((stop) => stop());
  api.dispose();
});

test('a refresh asked for while signed out does not block the next session from refreshing', async () => {
  const router = new FakeRouter()
    .on('Me', (_v, call) => (call.authorization === 'Bearer access-2' ? me : gqlError('UNAUTHENTICATED')))
    .on('Refresh', { refresh: { accessToken: 'access-2', refreshToken: 'refresh-2', accessTokenExpiresAt: '', refreshTokenExpiresAt: '' } });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  await api.restore();
  await expect(api.refresh()).resolves.toBe(false);
  await api.signedIn({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  await expect(api.request(MeDocument)).resolves.toEqual(me);
  expect(router.callsOf('Refresh')).toHaveLength(1);
});
