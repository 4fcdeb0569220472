// The app's provider sign-in against the real supergraph and the development OpenID provider: the
// app's redirect URI (its own scheme) is one the accounts context and the provider accept, and the
// URL the provider sends the app back to completes the sign-in.
import { CompleteProviderSignInDocument, MeDocument, SignInProvidersDocument, StartProviderSignInDocument } from '@worldgraph/sdk';
import { closeDatabases, signInAtProvider, stack, unique } from '@worldgraph/testenv';
import WebSocket from 'ws';
import { createApi } from '../src/api/client';
import { PROVIDER_REDIRECT_URI } from '../src/api/provider-redirect';
import { memoryTokenStore } from '../src/api/tokens';

afterAll(closeDatabases);

test('a new player signs up through the provider with the app’s redirect URI, and is signed in', async () => {
  const store = memoryTokenStore();
  const api = createApi({ url: stack().router, store, webSocketImpl: WebSocket });
  const { signInProviders } = await api.request(SignInProvidersDocument);
  expect(signInProviders.length).toBeGreaterThan(0);

  const { startProviderSignIn } = await api.request(StartProviderSignInDocument, { provider: signInProviders[0]!.id, redirectUri: PROVIDER_REDIRECT_URI }, 'provider');
  const login = unique('mobid');
  const authorizationResponse = await signInAtProvider(startProviderSignIn.authorizationUrl, login, PROVIDER_REDIRECT_URI);
  expect(authorizationResponse.startsWith(`${PROVIDER_REDIRECT_URI}?`)).toBe(true);

  const { completeProviderSignIn } = await api.request(CompleteProviderSignInDocument, { authorizationResponse }, 'provider');
  await api.signedIn(completeProviderSignIn);
  const { me } = await api.request(MeDocument);
  expect(me?.id).toBe(completeProviderSignIn.user.id);
  expect((await store.load())?.accessToken).toBe(completeProviderSignIn.accessToken);

  // The same answer again: the state works once.
  await expect(api.request(CompleteProviderSignInDocument, { authorizationResponse }, 'provider')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STATE_USED', message: 'That sign-in was already completed. Start again.' });
});
