import { useEffect, useState } from 'react';
import { currentSession, onSessionChange, type Session } from './api/session.ts';

/** The signed-in session, re-rendering on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange(setSession), []);
  return session;
}
