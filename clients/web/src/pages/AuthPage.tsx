import { useState, type FormEvent } from 'react';
import { CompleteTwoFactorLoginDocument, LoginDocument, RegisterDocument } from '@worldgraph/sdk';
import { GraphError } from '../api/errors.ts';
import { request } from '../api/graphql.ts';
import { saveSession } from '../api/session.ts';
import { ErrorText } from '../ErrorText.tsx';
import { go } from '../route.ts';
import { ProviderButtons } from './ProviderSignIn.tsx';

/** Sign in, or create an account (which signs in too). */
export function AuthPage() {
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // Set when the password was right and the account asks for a two-factor code.
  const [challenge, setChallenge] = useState<{ challenge: string; method: string; phoneHint?: string }>();
  const signedIn = (auth: { accessToken: string; refreshToken: string; user: { id: string; username: string } }) => {
    saveSession({ accessToken: auth.accessToken, refreshToken: auth.refreshToken, user: { id: auth.user.id, username: auth.user.username } });
    go('map');
  };
  const completeTwoFactor = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    setError(undefined);
    try {
      signedIn((await request(CompleteTwoFactorLoginDocument, { challenge: challenge!.challenge, oneTimeCode: code })).completeTwoFactorLogin);
    } catch (e) {
      setError(e);
    }
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setError(undefined);
    try {
      const auth =
        mode === 'login'
          ? (await request(LoginDocument, { input: { login: field('login'), password: field('password') } })).login
          : (await request(RegisterDocument, { input: { username: field('username'), email: field('email'), password: field('password') } })).register;
      signedIn(auth);
    } catch (e) {
      if (e instanceof GraphError && e.extensions.reason === 'TWO_FACTOR_REQUIRED') {
        const { challenge, method, phoneHint } = e.extensions as { challenge: string; method?: string; phoneHint?: string };
        return setChallenge({ challenge, method: method ?? 'totp', phoneHint });
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (challenge) {
    return (
      <section className="card auth">
        <h1>Two-factor code</h1>
        <form onSubmit={completeTwoFactor}>
          <label>
            {challenge.method === 'sms' ? `Code we sent by SMS to ${challenge.phoneHint ?? 'your phone'}` : 'Code from your app'} (or a recovery code){' '}
            <input name="code" autoComplete="one-time-code" required />
          </label>
          <ErrorText error={error} action="two-factor" />
          <button type="submit">Sign in</button>
        </form>
      </section>
    );
  }
  return (
    <section className="card auth">
      <h1>{mode === 'login' ? 'Sign in' : 'Create an account'}</h1>
      <form onSubmit={submit}>
        {mode === 'login' ? (
          <label>
            Username or email <input name="login" autoComplete="username" required />
          </label>
        ) : (
          <>
            <label>
              Username <input name="username" autoComplete="username" required />
            </label>
            <label>
              Email <input name="email" type="email" autoComplete="email" required />
            </label>
          </>
        )}
        <label>
          Password <input name="password" type="password" autoComplete={mode === 'login' ? 'current-password' : 'new-password'} required />
        </label>
        <ErrorText error={error} action={mode} />
        <button type="submit" disabled={busy}>
          {mode === 'login' ? 'Sign in' : 'Create account'}
        </button>
      </form>
      <button className="link" onClick={() => setMode(mode === 'login' ? 'register' : 'login')}>
        {mode === 'login' ? 'New here? Create an account' : 'Have an account? Sign in'}
      </button>
      {mode === 'login' && <a href="#/forgot-password">Forgot your password?</a>}
      <ProviderButtons />
    </section>
  );
}
