// Forgot password: an email gets a link; the pasted link and a new password set it.
import { fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { tokenOf } from '../src/screens/PasswordResetScreen';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));

test('the token is read from a pasted link, or taken as typed', () => {
  expect(tokenOf('http://localhost:5173/#/reset-password/AbC_12-x')).toBe('AbC_12-x');
  expect(tokenOf('  AbC_12-x ')).toBe('AbC_12-x');
});

test('forgot → the emailed link → a new password; a used link says so', async () => {
  let used = false;
  const router = new FakeRouter()
    .on('RequestPasswordReset', { requestPasswordReset: true })
    .on('ResetPassword', () => {
      if (used) return gqlError('BAD_USER_INPUT', { reason: 'TOKEN_USED' }, 'used');
      used = true;
      return { resetPassword: true };
    });
  const { api } = fakeApi(router, new FakeLiveServer(), null);
  render(<App api={api} />);

  fireEvent.press(await screen.findByRole('button', { name: 'Forgot your password?' }));
  fireEvent.changeText(screen.getByLabelText('Email'), 'ada@example.com');
  fireEvent.press(screen.getByRole('button', { name: 'Send me a link' }));
  fireEvent.changeText(await screen.findByLabelText('Link or code from the email'), 'http://localhost:5173/#/reset-password/tok-1');
  fireEvent.changeText(screen.getByLabelText('New password (10 characters or more)'), 'brand-new-password-7');
  fireEvent.press(screen.getByRole('button', { name: 'Set password' }));
  expect(await screen.findByRole('header', { name: 'Password changed' })).toBeTruthy();
  expect(router.callsOf('RequestPasswordReset').map((c) => c.variables)).toEqual([{ email: 'ada@example.com' }]);
  expect(router.callsOf('ResetPassword').map((c) => c.variables)).toEqual([{ token: 'tok-1', newPassword: 'brand-new-password-7' }]);

  // Back to sign in, and the same link again: refused with a sentence, not a code.
  fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
  fireEvent.press(await screen.findByRole('button', { name: 'Forgot your password?' }));
  fireEvent.changeText(screen.getByLabelText('Email'), 'ada@example.com');
  fireEvent.press(screen.getByRole('button', { name: 'Send me a link' }));
  fireEvent.changeText(await screen.findByLabelText('Link or code from the email'), 'tok-1');
  fireEvent.changeText(screen.getByLabelText('New password (10 characters or more)'), 'brand-new-password-8');
  fireEvent.press(screen.getByRole('button', { name: 'Set password' }));
  expect(await screen.findByText('That link was already used. Ask for a new one.')).toBeTruthy();
});
