// The app's one way to talk to the router: typed SDK documents over HTTP with the bearer token,
// one transparent refresh when the token has expired, and subscriptions over graphql-ws.
import { RefreshDocument, operationText, type TypedDocumentString } from '@worldgraph/sdk';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { ApiError, toApiError, type ErrorContext, type GraphQLErrorLike } from './errors';
import type { Tokens, TokenStore } from './tokens';

export interface ApiOptions {
  /** The router's HTTP endpoint, e.g. http://localhost:4000/graphql; graphql-ws uses ws(s):// on it. */
  url: string;
  /** Where the tokens are kept between launches. */
  store: TokenStore;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Default: the global WebSocket (React Native has one; Node tests pass `ws`). */
  webSocketImpl?: unknown;
}

export interface SubscriptionHandlers<T> {
  next: (data: T) => void;
  /** A human sentence; the subscription is over. */
  error?: (error: ApiError) => void;
}

interface Result<T> {
  data?: T | null;
  errors?: GraphQLErrorLike[];
}

const isUnauthenticated = (result: Result<unknown>) => result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;

/** Close code of a stream whose token expired or whose session was revoked (README: live graph). */
const TOKEN_EXPIRED = 4401;

export type Api = ReturnType<typeof createApi>;

/** Creates the API layer; call `restore()` once at start to load saved tokens. */
export function createApi(options: ApiOptions) {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const wsUrl = options.url.replace(/^http/, 'ws');
  let tokens: Tokens | null = null;
  let refreshing: Promise<boolean> | null = null;
  // One socket for every subscription. `token` is what its connection signed in with; a socket the
  // server closed with 4401 is `expired` and replaced by the next subscribe.
  let ws: { client: WsClient; token: string | undefined; expired: boolean } | null = null;
  const signedOutListeners = new Set<() => void>();

  async function setTokens(next: Tokens | null) {
    tokens = next;
    await options.store.save(next);
  }

  async function post<T>(document: TypedDocumentString<T, any>, variables: unknown, token: string | undefined): Promise<Result<T>> {
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: operationText(document), variables: variables ?? {} }),
      });
    } catch {
      throw new ApiError('NETWORK', 'Cannot reach Worldgraph. Check your connection and try again.');
    }
    const body = (await response.json().catch(() => null)) as Result<T> | null;
    if (!body || (!body.data && !body.errors?.length)) {
      const code = response.status === 429 ? 'RATE_LIMITED' : response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR';
      return { errors: [{ extensions: { code } }] };
    }
    return body;
  }

  /**
   * Exchanges the refresh token for new tokens. One refresh at a time: concurrent callers share
   * it (refresh tokens rotate, so a second use would end the session). Resolves false when the
   * session is over.
   */
  function refresh(): Promise<boolean> {
    const refreshToken = tokens?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    refreshing ??= (async () => {
      try {
        const result = await post(RefreshDocument, { refreshToken }, undefined);
        if (result.data?.refresh) {
          await setTokens({ accessToken: result.data.refresh.accessToken, refreshToken: result.data.refresh.refreshToken });
          return true;
        }
        if (isUnauthenticated(result)) {
          await signOutLocally();
          return false;
        }
        throw toApiError(result.errors?.[0] ?? {}, 'refresh');
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  /** Runs a query or mutation; throws an ApiError with a human message when refused. */
  async function request<T, V>(document: TypedDocumentString<T, V>, variables?: V, context?: ErrorContext): Promise<T> {
    const sent = tokens?.accessToken;
    let result = await post(document, variables, sent);
    if (isUnauthenticated(result) && sent && context !== 'login' && context !== 'register') {
      // Someone else may have refreshed while this call was out: then just retry with the new token.
      const renewed = tokens?.accessToken !== sent ? true : await refresh();
      if (renewed) result = await post(document, variables, tokens?.accessToken);
    }
    if (result.errors?.length) throw toApiError(result.errors[0]!, context);
    return result.data as T;
  }

  function socket() {
    if (ws && !ws.expired) return ws;
    void ws?.client.dispose();
    const current: NonNullable<typeof ws> = { client: null as unknown as WsClient, token: undefined, expired: false };
    current.client = createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: 5,
      webSocketImpl: options.webSocketImpl,
      connectionParams: () => {
        current.token = tokens?.accessToken;
        return current.token ? { authorization: `Bearer ${current.token}` } : {};
      },
    });
    ws = current;
    return current;
  }

  /**
   * Subscribes to a live operation. A stream closed because the token expired (4401) is
   * refreshed and resubscribed transparently. Returns the function that ends it.
   */
  function subscribe<T, V>(document: TypedDocumentString<T, V>, variables: V | undefined, handlers: SubscriptionHandlers<T>): () => void {
    let stop: (() => void) | null = null;
    let ended = false;
    const start = () => {
      const used = socket();
      stop = used.client.subscribe<T>(
        { query: operationText(document), variables: (variables ?? {}) as Record<string, unknown> },
        {
          next: (result) => {
            if (result.errors?.length) handlers.error?.(toApiError(result.errors[0] as GraphQLErrorLike));
            else if (result.data) handlers.next(result.data as T);
          },
          error: async (error: unknown) => {
            if (ended) return;
            if ((error as { code?: number } | null)?.code === TOKEN_EXPIRED) {
              used.expired = true;
              // Refresh unless a call already did since this socket signed in; then resubscribe.
              const renewed = tokens?.accessToken && tokens.accessToken !== used.token ? true : await refresh().catch(() => false);
              if (renewed && !ended) return start();
            }
            if (Array.isArray(error)) handlers.error?.(toApiError(error[0] as GraphQLErrorLike));
            else handlers.error?.(new ApiError('NETWORK', 'Live updates stopped. Pull to refresh.'));
          },
          complete: () => {},
        },
      );
    };
    start();
    return () => {
      ended = true;
      stop?.();
    };
  }

  async function signOutLocally() {
    await setTokens(null);
    void ws?.client.dispose();
    ws = null;
    for (const listener of signedOutListeners) listener();
  }

  return {
    request,
    subscribe,
    refresh,
    /** Loads saved tokens; true when a session was saved. */
    async restore(): Promise<boolean> {
      tokens = await options.store.load();
      return tokens !== null;
    },
    /** Keeps the tokens of a login or registration. */
    signedIn: (next: Tokens) => setTokens(next),
    /** Ends the session here (and on the server when it can be reached). */
    async signOut(logout?: () => Promise<unknown>) {
      await logout?.().catch(() => {});
      await signOutLocally();
    },
    /** Calls `listener` whenever the session ends (logout, or a refresh refused); returns the unsubscribe. */
    onSignedOut(listener: () => void): () => void {
      signedOutListeners.add(listener);
      return () => void signedOutListeners.delete(listener);
    },
    /** Closes the socket. */
    dispose() {
      void ws?.client.dispose();
      ws = null;
    },
  };
}
