// The app's API layer against the real supergraph (router and subgraphs of @worldgraph/testenv):
// bearer token, transparent refresh of an expired token, refusals as sentences, and a live
// wallet over graphql-ws.
import { BuyParcelDocument, MeDocument, RegisterDocument, WalletChangedDocument, type WalletChangedSubscription } from '@worldgraph/sdk';
import { closeDatabases, credit, eventually, mintAccessToken, stack, unique, untilListening } from '@worldgraph/testenv';
import WebSocket from 'ws';
import { createApi } from '../src/api/client';
import { memoryTokenStore } from '../src/api/tokens';

afterAll(closeDatabases);

async function signedUp() {
  const store = memoryTokenStore();
  const api = createApi({ url: stack().router, store, webSocketImpl: WebSocket });
  const username = unique('mob');
  const { register } = await api.request(RegisterDocument, { input: { username, email: `${username}@example.com`, password: 'correct-horse-1' } }, 'register');
  await api.signedIn(register);
  return { api, store, user: register.user, refreshToken: register.refreshToken };
}

test('an expired access token is refreshed once and the call goes through', async () => {
  const { api, store, user, refreshToken } = await signedUp();
  const expired = await mintAccessToken({ sub: user.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
  await store.save({ accessToken: expired, refreshToken });
  await api.restore();

  const { me } = await api.request(MeDocument);
  expect(me?.username).toBe(user.username);
  const tokens = await store.load();
  expect(tokens?.accessToken).not.toBe(expired);
  expect(tokens?.refreshToken).not.toBe(refreshToken);
});

test('buying without PSC says so in words; the live wallet shows the credit and the debit', async () => {
  const { api, user } = await signedUp();
  // Not web.e2e's parcel (tehran-001234): both files buy on the same stack, and a second buyer is refused.
  const parcelId = `tehran-${String(1500 + Math.floor(Math.random() * 500)).padStart(6, '0')}`;
  const buy = (key: string) => api.request(BuyParcelDocument, { id: parcelId, idempotencyKey: key }, 'buy');
  await expect(buy(unique('k'))).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS', message: 'Not enough PSC.' });

  const events: WalletChangedSubscription['walletChanged'][] = [];
  // The credit is made once the wallet listens (a listener started, in turn with the other files' subscriptions), not after a fixed pause.
  const stop = await untilListening(async () => api.subscribe(WalletChangedDocument, {}, { next: (d) => events.push(d.walletChanged) }));
  await credit(user.id, 'PSC', '1000000');
  const { buyFeature } = await buy(unique('k'));
  expect(buyFeature.feature?.owner?.id).toBe(user.id);
  await eventually(async () => events.length, (n) => n >= 2, undefined, 'the credit and the debit on the live wallet');
  stop();
  api.dispose();
  expect(events.map((e) => e.kind)).toEqual(['admin_credit', 'debit']);
  expect(events[1]!.balanceAfter).toBe(String(1000000 - Number(buyFeature.price.amount)));
});
