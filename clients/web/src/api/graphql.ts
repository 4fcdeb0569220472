// How the app talks to the graph: typed documents of the SDK over HTTP (queries, mutations) and
// graphql-ws (subscriptions), signed in with the session's access token, refreshed transparently.
import { createClient, type Client } from 'graphql-ws';
import { RefreshDocument, type TypedDocumentString } from '@worldgraph/sdk';
import { GraphError } from './errors.ts';
import { currentSession, onSessionChange, saveSession } from './session.ts';

const ENDPOINT = '/graphql';

type Result<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const errorOf = (result: Result<unknown>) => {
  const e = result.errors![0]!;
  return new GraphError(e.message, String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), e.extensions);
};

async function post<T>(query: string, variables: unknown, token?: string): Promise<Result<T>> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result<T>;
}

let refreshing: Promise<boolean> | undefined;
/** Exchanges the refresh token once, however many calls failed at the same time. */
function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const session = currentSession();
    if (!session) return false;
    const result = await post<{ refresh: { accessToken: string; refreshToken: string } }>(RefreshDocument.toString(), { refreshToken: session.refreshToken });
    if (!result.data) {
      saveSession(null);
      return false;
    }
    saveSession({ ...session, ...result.data.refresh });
    return true;
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

/** Runs a query or mutation; throws a GraphError with the graph's code when it refuses. */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T> {
  let result = await post<T>(document.toString(), variables ?? {}, currentSession()?.accessToken);
  if (result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && currentSession() && (await refreshSession())) {
    result = await post<T>(document.toString(), variables ?? {}, currentSession()?.accessToken);
  }
  if (result.errors?.length || !result.data) throw errorOf(result);
  return result.data;
}

// One socket for the session; a new one when the user signs in, refreshes or signs out.
let socket: Client | undefined;
onSessionChange(() => {
  void socket?.dispose();
  socket = undefined;
});
function liveSocket(): Client {
  socket ??= createClient({
    url: `${location.origin.replace(/^http/, 'ws')}${ENDPOINT}`,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    connectionParams: () => {
      const token = currentSession()?.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // 4401: the access token expired or was revoked: refresh, then reconnect.
    shouldRetry: () => true,
    on: {
      closed: (event) => {
        if ((event as CloseEvent).code === 4401) void refreshSession();
      },
    },
  });
  return socket;
}

/**
 * Follows a subscription; `onData` gets each result's data. Survives token refreshes (the socket
 * is re-opened and the subscription re-sent). Returns how to stop.
 */
export function subscribe<T, V>(document: TypedDocumentString<T, V>, variables: V, onData: (data: T) => void, onError?: (error: GraphError) => void): () => void {
  let stop: () => void = () => {};
  let active = true;
  const start = () => {
    stop = liveSocket().subscribe<T>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) onData(result.data as T);
          else if (result.errors?.length) onError?.(errorOf(result as Result<T>));
        },
        error: () => {},
        complete: () => {},
      },
    );
  };
  start();
  const unlisten = onSessionChange(() => {
    if (!active) return;
    stop();
    start();
  });
  return () => {
    active = false;
    unlisten();
    stop();
  };
}
