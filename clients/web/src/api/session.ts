// The signed-in session: tokens kept in localStorage, so a reload stays signed in.
const KEY = 'worldgraph:session';

/** Tokens of the signed-in user, as login and refresh return them. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; username: string };
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function currentSession(): Session | null {
  const raw = localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener(session);
}

/** Calls `listener` on every sign-in, refresh and sign-out; returns how to stop. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
