import { fetchEntities, forbidden, notFound, usersExist, type Runtime, type Viewer } from '@worldgraph/kit';
import type { TargetType } from './purposes.ts';

/** An entity of another context that files are attached to. */
export interface Target {
  type: TargetType;
  id: string;
}

/**
 * Who may attach files to an entity, asked of the context that owns it (federation's `_entities`
 * with media's service credential): a parcel's owner (features), the members of a hunt's partner
 * (hunts), a user for their own avatar. Admins may act on any.
 */
export class Targets {
  constructor(private readonly runtime: Pick<Runtime, 'callSubgraph'>) {}

  /** NOT_FOUND when the entity does not exist; FORBIDDEN when the viewer may not attach to it. */
  async assertMayManage(viewer: Viewer, target: Target, requestId?: string): Promise<void> {
    if (viewer.kind !== 'user') throw forbidden('Only a signed-in user can attach files');
    const admin = viewer.roles.includes('admin');
    const managers = await this.managersOf(target, requestId);
    if (!managers) throw notFound(target.type === 'HUNT' ? 'Hunt' : target.type === 'FEATURE' ? 'Feature' : 'User');
    if (!admin && !managers.includes(viewer.userId)) {
      throw forbidden(target.type === 'FEATURE' ? 'Only the owner of this parcel can change its images' : target.type === 'HUNT' ? 'Only members of the partner can change this hunt' : 'You can only change your own avatar');
    }
  }

  /** The users who manage an entity, or null when it does not exist. */
  private async managersOf(target: Target, requestId?: string): Promise<string[] | null> {
    switch (target.type) {
      case 'USER_AVATAR': {
        return (await usersExist(this.runtime, [target.id], requestId)) ? [target.id] : null;
      }
      case 'FEATURE': {
        const [feature] = await fetchEntities<{ owner: { id: string } | null }>(this.runtime, 'features', 'Feature', 'owner { id }', [target.id], requestId);
        return feature ? (feature.owner ? [feature.owner.id] : []) : null;
      }
      case 'HUNT': {
        const [hunt] = await fetchEntities<{ partner: { members: { id: string }[] } }>(this.runtime, 'hunts', 'Hunt', 'partner { members { id } }', [target.id], requestId);
        return hunt ? hunt.partner.members.map((m) => m.id) : null;
      }
    }
  }
}
