import { useEffect, useState } from 'react';
import { MyProfileDocument } from '@worldgraph/sdk';
import { request } from './api/graphql.ts';
import type { Session } from './api/session.ts';

/** The signed-in user's roles (what the nav shows), read once per sign-in; none when signed out. */
export function useRoles(session: Session | null): string[] {
  const [roles, setRoles] = useState<string[]>([]);
  const userId = session?.user.id;
  useEffect(() => {
    if (!userId) return setRoles([]);
    let live = true;
    request(MyProfileDocument).then((d) => live && setRoles(d.me.roles), () => live && setRoles([]));
    return () => {
      live = false;
    };
  }, [userId]);
  return roles;
}
