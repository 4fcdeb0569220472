// The API layer and the signed-in user, shared with every screen through React context.
import {
  CompleteProviderSignInDocument,
  CompleteTwoFactorLoginDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RegisterDocument,
  StartProviderSignInDocument,
  type ViewerFragment,
} from '@worldgraph/sdk';
import { openAuthSessionAsync } from 'expo-web-browser';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Api } from './client';
import { PROVIDER_REDIRECT_URI } from './provider-redirect';
import { ApiError } from './errors';

/** The second step of a sign-in with two-factor on. */
export interface TwoFactorStep {
  challenge: string;
  method: 'totp' | 'sms';
  phoneHint?: string;
}

interface Session {
  api: Api;
  /** undefined while the saved session is being restored; null when signed out. */
  user: ViewerFragment | null | undefined;
  /**
   * Resolves `{ challenge, method }` when the account asks for a two-factor code (then call
   * completeTwoFactor): `totp` from the app, or `sms` just sent to `phoneHint`.
   */
  login(login: string, password: string): Promise<void | TwoFactorStep>;
  completeTwoFactor(challenge: string, code: string): Promise<void>;
  register(username: string, email: string, password: string): Promise<void>;
  /**
   * Sign-in with an OpenID provider: the provider's page opens in an in-app browser session, which
   * ends when the provider sends it back to PROVIDER_REDIRECT_URI; that whole URL completes the
   * sign-in. Resolves `cancelled` when the player closed the page first.
   */
  signInWithProvider(provider: string): Promise<'signed-in' | 'cancelled'>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session; `api` is created once by the caller (App, or a test). */
export function SessionProvider({ api, children }: { api: Api; children: ReactNode }) {
  const [user, setUser] = useState<ViewerFragment | null | undefined>(undefined);

  useEffect(() => api.onSignedOut(() => setUser(null)), [api]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const saved = await api.restore();
      const me = saved ? await api.request(MeDocument).then((r) => r.me, () => null) : null;
      if (!cancelled) setUser(me ?? null);
    })();
    return () => {
      cancelled = true;
    };
  }, [api]);

  const login = useCallback(
    async (loginName: string, password: string) => {
      try {
        const { login } = await api.request(LoginDocument, { input: { login: loginName, password } }, 'login');
        await api.signedIn(login);
        setUser(login.user);
      } catch (error) {
        if (error instanceof ApiError && error.reason === 'TWO_FACTOR_REQUIRED') {
          const { challenge, method, phoneHint } = error.extensions;
          return { challenge: String(challenge), method: method === 'sms' ? 'sms' : 'totp', ...(typeof phoneHint === 'string' ? { phoneHint } : {}) } as TwoFactorStep;
        }
        throw error;
      }
    },
    [api],
  );
  const completeTwoFactor = useCallback(
    async (challenge: string, oneTimeCode: string) => {
      const { completeTwoFactorLogin } = await api.request(CompleteTwoFactorLoginDocument, { challenge, oneTimeCode }, 'login');
      await api.signedIn(completeTwoFactorLogin);
      setUser(completeTwoFactorLogin.user);
    },
    [api],
  );
  const register = useCallback(
    async (username: string, email: string, password: string) => {
      const { register } = await api.request(RegisterDocument, { input: { username, email, password } }, 'register');
      await api.signedIn(register);
      setUser(register.user);
    },
    [api],
  );
  const signInWithProvider = useCallback(
    async (provider: string) => {
      const { startProviderSignIn } = await api.request(StartProviderSignInDocument, { provider, redirectUri: PROVIDER_REDIRECT_URI }, 'provider');
      const result = await openAuthSessionAsync(startProviderSignIn.authorizationUrl, PROVIDER_REDIRECT_URI);
      if (result.type !== 'success') return 'cancelled' as const;
      const { completeProviderSignIn } = await api.request(CompleteProviderSignInDocument, { authorizationResponse: result.url }, 'provider');
      await api.signedIn(completeProviderSignIn);
      setUser(completeProviderSignIn.user);
      return 'signed-in' as const;
    },
    [api],
  );
  const logout = useCallback(async () => {
    await api.signOut(() => api.request(LogoutDocument));
    setUser(null);
  }, [api]);

  const value = useMemo(() => ({ api, user, login, completeTwoFactor, register, signInWithProvider, logout }), [api, user, login, completeTwoFactor, register, signInWithProvider, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

