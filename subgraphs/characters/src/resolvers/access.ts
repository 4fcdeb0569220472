import { isSelfOrAdmin, type Viewer } from '@worldgraph/kit';
import type { Character } from '../generated/prisma/client.ts';

/** The owner, admins and other contexts see a character's private fields. */
export const mayManage = (viewer: Viewer, c: Character) => isSelfOrAdmin(viewer, c.accountId);

/** Anyone sees a playable character; its owner and admins see it deleted or banned too. */
export const mayView = (viewer: Viewer, c: Character) => (!c.deletedAt && !c.bannedAt) || mayManage(viewer, c);

/** The admin's id, for events and audit. */
export const adminId = (viewer: Viewer) => (viewer.kind === 'user' ? viewer.userId : `service:${viewer.kind === 'service' ? viewer.service : 'anonymous'}`);
