import { isSelfOrAdmin, type Viewer } from './auth.ts';

/** Who may see one of a user's fields: anyone, signed-in users, or only the user (and admins). */
export type Audience = 'everyone' | 'signed_in' | 'only_me';

/** What a user can choose to show or hide (accounts keeps the choices). */
export type PrivacyField = 'email' | 'presence' | 'holdings' | 'level';

/** The choices of a user who never changed them. */
export const PRIVACY_DEFAULTS: Record<PrivacyField, Audience> = { email: 'only_me', presence: 'everyone', holdings: 'only_me', level: 'everyone' };

/**
 * The one privacy rule, applied by every resolver of a user's field: the user, admins and services
 * always see it; others see it when the user's audience for it admits them.
 */
export function mayView(viewer: Viewer, ownerId: string, audience: Audience | null | undefined): boolean {
  if (isSelfOrAdmin(viewer, ownerId)) return true;
  const chosen = audience ?? 'only_me';
  return chosen === 'everyone' || (chosen === 'signed_in' && viewer.kind === 'user');
}
