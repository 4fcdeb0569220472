// Sign in, or create an account.
import { SignInProvidersDocument } from '@worldgraph/sdk';
import { useState } from 'react';
import { Platform } from 'react-native';
import { useSession, type TwoFactorStep } from '../api/context';
import { ApiError, messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { Button, ErrorText, Field, Screen } from '../ui/kit';
import { PasswordResetScreen } from './PasswordResetScreen';

export function LoginScreen() {
  const { login, completeTwoFactor, register, signInWithProvider } = useSession();
  // The provider sends the app back to its own scheme: not a page the web build can receive.
  const providers = useQuery(SignInProvidersDocument, undefined, { skip: Platform.OS === 'web' }).data?.signInProviders ?? [];
  const [mode, setMode] = useState<'login' | 'register' | 'reset'>('login');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set when the password was right and the account asks for a two-factor code.
  const [challenge, setChallenge] = useState<TwoFactorStep | null>(null);
  const [code, setCode] = useState('');

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (challenge) await completeTwoFactor(challenge.challenge, code.trim());
      else if (mode === 'login') {
        const step = await login(name.trim(), password);
        if (step) {
          setChallenge(step);
          setBusy(false);
        }
      } else await register(name.trim(), email.trim(), password);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  const withProvider = async (provider: string) => {
    setBusy(true);
    setError(null);
    try {
      if ((await signInWithProvider(provider)) === 'cancelled') setBusy(false);
    } catch (e) {
      // A provider sign-in has no second step here: the account's own password and code do.
      setError(e instanceof ApiError && e.reason === 'TWO_FACTOR_REQUIRED' ? 'This account asks for a two-factor code: sign in with your password and code instead.' : messageOf(e));
      setBusy(false);
    }
  };

  if (mode === 'reset') return <PasswordResetScreen onDone={() => (setMode('login'), setError(null))} />;
  if (challenge) {
    return (
      <Screen title="Two-factor code">
        <Field
          label={challenge.method === 'sms' ? `Code sent by SMS to ${challenge.phoneHint ?? 'your phone'}` : 'Code from your app'}
          value={code}
          onChangeText={setCode}
          keyboardType="number-pad"
        />
        <ErrorText message={error} />
        <Button label="Continue" onPress={submit} disabled={busy || !code} />
        <Button kind="plain" label="Cancel" onPress={() => (setChallenge(null), setCode(''), setError(null))} />
      </Screen>
    );
  }
  return (
    <Screen title={mode === 'login' ? 'Sign in' : 'Create account'}>
      <Field label={mode === 'login' ? 'Username or email' : 'Username'} value={name} onChangeText={setName} />
      {mode === 'register' && <Field label="Email" value={email} onChangeText={setEmail} keyboardType="email-address" />}
      <Field label="Password" value={password} onChangeText={setPassword} secureTextEntry />
      <ErrorText message={error} />
      <Button label={mode === 'login' ? 'Sign in' : 'Create account'} onPress={submit} disabled={busy || !name || !password} />
      <Button
        kind="plain"
        label={mode === 'login' ? 'New here? Create an account' : 'Have an account? Sign in'}
        onPress={() => (setMode(mode === 'login' ? 'register' : 'login'), setError(null))}
      />
      {mode === 'login' && providers.map((p) => <Button key={p.id} kind="plain" label={`Sign in with ${p.name}`} onPress={() => void withProvider(p.id)} disabled={busy} />)}
      {mode === 'login' && <Button kind="plain" label="Forgot your password?" onPress={() => (setMode('reset'), setError(null))} />}
    </Screen>
  );
}
