// Sign-in with an OpenID provider: the provider's page opens in an in-app browser session that ends
// at the app's redirect URI; the whole URL it came back with completes the sign-in.
import { fireEvent, render, screen } from '@testing-library/react-native';
import { openAuthSessionAsync, WebBrowserResultType } from 'expo-web-browser';
import App from '../src/App';
import { PROVIDER_REDIRECT_URI } from '../src/api/provider-redirect';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));
// The device's browser session (a native module); the router's side is the fake network's.
jest.mock('expo-web-browser', () => ({ ...jest.requireActual('expo-web-browser'), openAuthSessionAsync: jest.fn() }));
const browser = openAuthSessionAsync as jest.MockedFunction<typeof openAuthSessionAsync>;

const auth = { accessToken: 'access-oidc', refreshToken: 'r', accessTokenExpiresAt: '', refreshTokenExpiresAt: '', user: viewer };
const callback = `${PROVIDER_REDIRECT_URI}?code=abc&state=st-1&iss=http%3A%2F%2F127.0.0.1%3A9500`;

function routerWith(complete: object) {
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('SignInProviders', { signInProviders: [{ id: 'dev', name: 'Worldgraph ID' }] })
    .on('StartProviderSignIn', { startProviderSignIn: { authorizationUrl: 'http://127.0.0.1:9500/auth?state=st-1', expiresAt: '' } })
    .on('CompleteProviderSignIn', complete);
}

beforeEach(() => browser.mockReset());

test('the provider button opens its page and the callback signs in', async () => {
  const router = routerWith({ completeProviderSignIn: auth });
  browser.mockResolvedValue({ type: 'success', url: callback });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.press(await screen.findByRole('button', { name: 'Sign in with Worldgraph ID' }));
  expect(await screen.findByRole('header', { name: 'Wallet' })).toBeTruthy();
  expect(router.callsOf('StartProviderSignIn').map((c) => c.variables)).toEqual([{ provider: 'dev', redirectUri: PROVIDER_REDIRECT_URI }]);
  expect(browser).toHaveBeenCalledWith('http://127.0.0.1:9500/auth?state=st-1', PROVIDER_REDIRECT_URI);
  expect(router.callsOf('CompleteProviderSignIn').map((c) => c.variables)).toEqual([{ authorizationResponse: callback }]);
});

test('closing the provider page leaves the sign-in screen as it was, without an error', async () => {
  const router = routerWith({ completeProviderSignIn: auth });
  browser.mockResolvedValue({ type: WebBrowserResultType.CANCEL });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.press(await screen.findByRole('button', { name: 'Sign in with Worldgraph ID' }));
  expect(await screen.findByRole('button', { name: 'Sign in with Worldgraph ID', disabled: false })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(router.callsOf('CompleteProviderSignIn')).toEqual([]);
});

test('an email that already has an account says how to link the provider instead', async () => {
  const router = routerWith(gqlError('CONFLICT', { reason: 'ACCOUNT_EXISTS' }));
  browser.mockResolvedValue({ type: 'success', url: callback });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.press(await screen.findByRole('button', { name: 'Sign in with Worldgraph ID' }));
  expect(await screen.findByText(/An account with this email exists/)).toBeTruthy();
  expect(screen.getByRole('header', { name: 'Sign in' })).toBeTruthy();
});

test('an account with two-factor on is sent to its password and code', async () => {
  const router = routerWith(gqlError('FORBIDDEN', { reason: 'TWO_FACTOR_REQUIRED' }));
  browser.mockResolvedValue({ type: 'success', url: callback });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.press(await screen.findByRole('button', { name: 'Sign in with Worldgraph ID' }));
  expect(await screen.findByText(/sign in with your password and code instead/)).toBeTruthy();
});
