// Small data hooks over the API layer: a query with its loading/error state, and a subscription
// for as long as a screen is mounted.
import type { TypedDocumentString } from '@worldgraph/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from './context';
import { messageOf } from './errors';

export interface QueryState<T> {
  data: T | undefined;
  /** A human sentence, or null. */
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the data locally (after a mutation or a live event). */
  setData: (update: (data: T | undefined) => T | undefined) => void;
}

/** Runs a query when mounted and whenever its variables change (compared by value). */
export function useQuery<T, V>(document: TypedDocumentString<T, V>, variables?: V, options: { skip?: boolean } = {}): QueryState<T> {
  const { api } = useSession();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(!options.skip);
  const key = JSON.stringify(variables ?? {});
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const result = await api.request(document, JSON.parse(key) as V);
      if (mounted.current) (setData(() => result), setError(null));
    } catch (e) {
      if (mounted.current) setError(messageOf(e));
    } finally {
      if (mounted.current) setLoading(false);
    }
  }, [api, document, key]);

  useEffect(() => {
    if (!options.skip) void reload();
  }, [reload, options.skip]);

  const update = useCallback((change: (data: T | undefined) => T | undefined) => setData((d) => change(d)), []);
  return { data, error, loading, reload, setData: update };
}

/** Subscribes while mounted; `onData` may change between renders without resubscribing. */
export function useSubscription<T, V>(document: TypedDocumentString<T, V>, variables: V | undefined, onData: (data: T) => void, onError?: (message: string) => void) {
  const { api } = useSession();
  const handlers = useRef({ onData, onError });
  handlers.current = { onData, onError };
  const key = JSON.stringify(variables ?? {});
  useEffect(
    () =>
      api.subscribe(document, JSON.parse(key) as V, {
        next: (data) => handlers.current.onData(data),
        error: (error) => handlers.current.onError?.(error.message),
      }),
    [api, document, key],
  );
}
