import DataLoader from 'dataloader';
import { isSelfOrAdmin, isUserId, type Viewer } from './auth.ts';
import { mayView, PRIVACY_DEFAULTS, type Audience, type PrivacyField } from './privacy.ts';
import { fetchEntities } from './entities.ts';
import type { Runtime } from './runtime.ts';

/** A user's privacy choices, as accounts keeps them. */
export type PrivacySettings = Record<PrivacyField, Audience>;

/**
 * A per-request loader of users' privacy choices, read from accounts (one `_entities` lookup per
 * batch, with the calling context's service credential, which accounts shows the settings to).
 * A user accounts does not know gets the defaults.
 */
export function privacyLoader(runtime: Pick<Runtime, 'callSubgraph'>, requestId?: string): DataLoader<string, PrivacySettings> {
  return new DataLoader<string, PrivacySettings>(async (ids) => {
    const known = ids.filter(isUserId);
    const found = new Map<string, PrivacySettings>();
    if (known.length) {
      const users = await fetchEntities<{ id: string; privacy: PrivacySettings | null }>(runtime, 'accounts', 'User', 'id privacy { email presence holdings level }', known, requestId);
      for (const u of users) if (u?.privacy) found.set(u.id, u.privacy);
    }
    return ids.map((id) => found.get(id) ?? PRIVACY_DEFAULTS);
  });
}

/**
 * The kit's privacy rule for one of `ownerId`'s fields, with the owner's choice loaded from
 * accounts only when the viewer is not already admitted (the user, admins and services are).
 */
export async function mayViewField(loader: DataLoader<string, PrivacySettings>, viewer: Viewer, ownerId: string, field: PrivacyField): Promise<boolean> {
  if (isSelfOrAdmin(viewer, ownerId)) return true;
  return mayView(viewer, ownerId, (await loader.load(ownerId))[field]);
}
