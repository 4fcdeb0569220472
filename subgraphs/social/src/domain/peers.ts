import { usersExist, type Runtime } from '@worldgraph/kit';

/** Whether accounts knows a user (the kit's entity lookup with the service credential). */
export const userExists = (runtime: Pick<Runtime, 'callSubgraph'>, userId: string, requestId?: string): Promise<boolean> => usersExist(runtime, [userId], requestId);

/**
 * What social asks features (internal `@inaccessible` queries, service credential): who owns a
 * parcel, and which parcels a user owns. Parcels are features'; social never stores ownership.
 */
export class FeaturesClient {
  constructor(private readonly runtime: Pick<Runtime, 'callSubgraph'>) {}

  /** The parcel's owner (null: the world owns it), or undefined when there is no such parcel. */
  async ownerOf(featureId: string, requestId?: string): Promise<string | null | undefined> {
    const data = await this.runtime.callSubgraph<{ internalFeatureOwner: { ownerId: string | null } | null }>(
      'features',
      'query ($id: ID!) { internalFeatureOwner(id: $id) { ownerId } }',
      { id: featureId },
      requestId,
    );
    return data.internalFeatureOwner === null ? undefined : data.internalFeatureOwner.ownerId;
  }

  /** Ids of the parcels a user owns, in id order. */
  async ownedBy(userId: string, requestId?: string): Promise<string[]> {
    const data = await this.runtime.callSubgraph<{ internalFeaturesOwnedBy: string[] }>(
      'features',
      'query ($u: ID!) { internalFeaturesOwnedBy(userId: $u) }',
      { u: userId },
      requestId,
    );
    return data.internalFeaturesOwnedBy;
  }
}
