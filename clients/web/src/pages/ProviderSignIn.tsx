import { useEffect, useRef, useState } from 'react';
import {
  CompleteProviderLinkDocument,
  CompleteProviderSignInDocument,
  DeleteMyAccountWithProviderDocument,
  MyLinkedProvidersDocument,
  SignInProvidersDocument,
  StartProviderAccountDeletionDocument,
  StartProviderLinkDocument,
  StartProviderSignInDocument,
  UnlinkProviderDocument,
  type MyLinkedProvidersQuery,
  type SignInProvidersQuery,
} from '@worldgraph/sdk';
import { GraphError } from '../api/errors.ts';
import { request } from '../api/graphql.ts';
import { saveSession } from '../api/session.ts';
import { ErrorText } from '../ErrorText.tsx';

// Sign-in with an OpenID provider: the button sends the browser to the provider, which sends it back
// to /auth/callback with the authorization response; that page completes the sign-in (or the link or
// the account's deletion started from the account page: which one is remembered in sessionStorage for
// the round trip).

/** Where providers send the browser back: one of accounts' OIDC_REDIRECT_URIS. */
export const CALLBACK_PATH = '/auth/callback';
const INTENT = 'worldgraph:provider-intent';
const callbackUrl = () => `${location.origin}${CALLBACK_PATH}`;

function useProviders() {
  const [providers, setProviders] = useState<SignInProvidersQuery['signInProviders']>([]);
  useEffect(() => {
    void request(SignInProvidersDocument).then((d) => setProviders(d.signInProviders), () => {});
  }, []);
  return providers;
}

type Intent = 'signin' | 'link' | 'erase';

async function startAt(intent: Intent, provider: string) {
  const redirectUri = callbackUrl();
  if (intent === 'signin') return (await request(StartProviderSignInDocument, { provider, redirectUri })).startProviderSignIn;
  if (intent === 'link') return (await request(StartProviderLinkDocument, { provider, redirectUri })).startProviderLink;
  return (await request(StartProviderAccountDeletionDocument, { provider, redirectUri })).startProviderAccountDeletion;
}

async function goToProvider(intent: Intent, provider: string) {
  const start = await startAt(intent, provider);
  sessionStorage.setItem(INTENT, intent);
  location.assign(start.authorizationUrl);
}

/** "Sign in with <provider>" buttons for the sign-in page. */
export function ProviderButtons() {
  const providers = useProviders();
  const [error, setError] = useState<unknown>();
  if (!providers.length) return null;
  return (
    <div className="providers">
      {providers.map((p) => (
        <button key={p.id} type="button" onClick={() => void goToProvider('signin', p.id).catch(setError)}>
          Sign in with {p.name}
        </button>
      ))}
      <ErrorText error={error} action="provider" />
    </div>
  );
}

/** /auth/callback: completes the sign-in (or the link, or the deletion) with the URL the provider came back to. */
export function ProviderCallbackPage() {
  const [error, setError] = useState<unknown>();
  const done = useRef(false);
  useEffect(() => {
    // The state works once: never complete twice (a re-render, React's development double effects).
    if (done.current) return;
    done.current = true;
    const intent = sessionStorage.getItem(INTENT);
    sessionStorage.removeItem(INTENT);
    const authorizationResponse = location.href;
    const leave = (hash: string) => history.replaceState(null, '', `/${hash}`);
    (async () => {
      if (intent === 'link') {
        await request(CompleteProviderLinkDocument, { authorizationResponse });
        leave('#/account');
      } else if (intent === 'erase') {
        await request(DeleteMyAccountWithProviderDocument, { authorizationResponse });
        saveSession(null);
        leave('#/map');
      } else {
        const auth = (await request(CompleteProviderSignInDocument, { authorizationResponse })).completeProviderSignIn;
        saveSession({ accessToken: auth.accessToken, refreshToken: auth.refreshToken, user: { id: auth.user.id, username: auth.user.username } });
        leave('#/map');
      }
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    })().catch(setError);
  }, []);
  const twoFactor = error instanceof GraphError && error.extensions.reason === 'TWO_FACTOR_REQUIRED';
  return (
    <section className="card auth" data-testid="provider-callback">
      <h1>Signing in…</h1>
      {twoFactor ? <p role="alert">This account asks for a two-factor code: sign in with your password and code instead.</p> : <ErrorText error={error} action="provider" />}
      {!!error && <a href="/#/login">Back to sign-in</a>}
    </section>
  );
}

/** Account page: the linked providers, with unlink, and link buttons for the others. */
export function LinkedProvidersPanel() {
  const providers = useProviders();
  const [linked, setLinked] = useState<MyLinkedProvidersQuery['myLinkedProviders']>([]);
  const [error, setError] = useState<unknown>();
  const load = () => request(MyLinkedProvidersDocument).then((d) => setLinked(d.myLinkedProviders), setError);
  useEffect(() => {
    void load();
  }, []);
  const unlink = async (provider: string) => {
    setError(undefined);
    try {
      await request(UnlinkProviderDocument, { provider });
      await load();
    } catch (e) {
      setError(e);
    }
  };
  const unlinked = providers.filter((p) => !linked.some((l) => l.provider.id === p.id));
  return (
    <section className="card" data-testid="linked-providers">
      <h2>Sign-in providers</h2>
      {linked.length ? (
        <ul>
          {linked.map((l) => (
            <li key={l.provider.id}>
              {l.provider.name} · {l.email ?? 'no email'} · linked {new Date(l.linkedAt).toLocaleDateString()}{' '}
              <button onClick={() => void unlink(l.provider.id)}>Unlink {l.provider.name}</button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No provider is linked: you sign in with your password.</p>
      )}
      {unlinked.map((p) => (
        <button key={p.id} onClick={() => void goToProvider('link', p.id).catch(setError)}>
          Link {p.name}
        </button>
      ))}
      <ErrorText error={error} action="provider" />
    </section>
  );
}

/**
 * Account page, deletion: confirmed by a fresh sign-in at a linked provider instead of the password
 * (an account made through a provider has none).
 */
export function DeleteWithProvider() {
  const [linked, setLinked] = useState<MyLinkedProvidersQuery['myLinkedProviders']>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    void request(MyLinkedProvidersDocument).then((d) => setLinked(d.myLinkedProviders), setError);
  }, []);
  const erase = (provider: string) => {
    if (!confirm('Delete your account for good? This cannot be undone.')) return;
    void goToProvider('erase', provider).catch(setError);
  };
  if (!linked.length) return <ErrorText error={error} action="provider" />;
  return (
    <div data-testid="delete-with-provider">
      <p>Or confirm with a fresh sign-in at a provider linked to this account:</p>
      {linked.map((l) => (
        <button key={l.provider.id} type="button" onClick={() => erase(l.provider.id)}>
          Delete my account with {l.provider.name}
        </button>
      ))}
      <ErrorText error={error} action="provider" />
    </div>
  );
}
