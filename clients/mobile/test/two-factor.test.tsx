// Sign-in with two-factor on: the password answers a challenge, the code from the app completes it.
import { fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));

const auth = { accessToken: 'access-2fa', refreshToken: 'r', accessTokenExpiresAt: '', refreshTokenExpiresAt: '', user: viewer };

test('a wrong code says so; the right one signs in', async () => {
  const router = new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('Login', gqlError('FORBIDDEN', { reason: 'TWO_FACTOR_REQUIRED', challenge: 'ch-1' }, 'Two-factor code required'))
    .on('CompleteTwoFactorLogin', (v) => (v.oneTimeCode === '123456' ? { completeTwoFactorLogin: auth } : gqlError('FORBIDDEN', { reason: 'WRONG_CODE' }, 'Wrong code')));
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.changeText(await screen.findByLabelText('Username or email'), 'ada');
  fireEvent.changeText(screen.getByLabelText('Password'), 'correct-horse-1');
  fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('header', { name: 'Two-factor code' })).toBeTruthy();

  fireEvent.changeText(screen.getByLabelText('Code from your app'), '000000');
  fireEvent.press(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByText(/That code is not right/)).toBeTruthy();

  fireEvent.changeText(screen.getByLabelText('Code from your app'), '123456');
  fireEvent.press(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByRole('header', { name: 'Wallet' })).toBeTruthy();
  expect(router.callsOf('CompleteTwoFactorLogin').map((c) => c.variables)).toEqual([
    { challenge: 'ch-1', oneTimeCode: '000000' },
    { challenge: 'ch-1', oneTimeCode: '123456' },
  ]);
});

test('with SMS two-factor, the step names where the code went and takes the texted code', async () => {
  const router = new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('Login', gqlError('FORBIDDEN', { reason: 'TWO_FACTOR_REQUIRED', challenge: 'ch-2', method: 'sms', phoneHint: '+44•••••••23' }, 'Two-factor code required'))
    .on('CompleteTwoFactorLogin', { completeTwoFactorLogin: auth });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.changeText(await screen.findByLabelText('Username or email'), 'ada');
  fireEvent.changeText(screen.getByLabelText('Password'), 'correct-horse-1');
  fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
  fireEvent.changeText(await screen.findByLabelText('Code sent by SMS to +44•••••••23'), '654321');
  fireEvent.press(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByRole('header', { name: 'Wallet' })).toBeTruthy();
  expect(router.callsOf('CompleteTwoFactorLogin').map((c) => c.variables)).toEqual([{ challenge: 'ch-2', oneTimeCode: '654321' }]);
});
