import { assertPositive, badInput, conflict, connection, decodeCursor, Decimal, forbidden, notFound, pageSize, timeOrderedId } from '@worldgraph/kit';
import type { Building, Feature, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';

/** Which buildings each land use allows. */
const ALLOWED: Record<string, string[]> = {
  residential: ['house', 'apartment', 'park'],
  commercial: ['shop', 'office', 'apartment', 'park'],
  educational: ['school', 'park'],
  healthcare: ['clinic', 'park'],
  industrial: ['factory', 'office'],
  recreational: ['park', 'shop'],
  agricultural: ['farm', 'house'],
  governmental: ['office', 'park'],
};
const MAX_BUILDINGS = 5;

/** What an owner does with their parcels: list them, take them off the market, build. */
export class Holdings {
  constructor(private readonly db: PrismaClient) {}

  /** Locks the parcel and checks the caller owns it. */
  private async owned(tx: Prisma.TransactionClient, ownerId: string, featureId: string): Promise<Feature> {
    await tx.$queryRaw`SELECT id FROM features WHERE id = ${featureId} FOR UPDATE`;
    const feature = await tx.feature.findUnique({ where: { id: featureId } });
    if (!feature) throw notFound('Parcel');
    if (feature.ownerId !== ownerId) throw forbidden('You do not own this parcel');
    if (feature.status === 'reserved') throw conflict('A purchase of this parcel is in progress');
    return feature;
  }

  async list(ownerId: string, featureId: string, price: Decimal): Promise<Feature> {
    assertPositive(price, 'price');
    return this.setStatus(ownerId, featureId, 'for_sale', price);
  }

  async unlist(ownerId: string, featureId: string): Promise<Feature> {
    return this.setStatus(ownerId, featureId, 'sold');
  }

  private setStatus(ownerId: string, featureId: string, status: 'for_sale' | 'sold', price?: Decimal): Promise<Feature> {
    return this.db.$transaction(async (tx) => {
      const feature = await this.owned(tx, ownerId, featureId);
      if (status === 'sold' && feature.status !== 'for_sale') return feature; // not listed: nothing to cancel
      await tx.$executeRaw`UPDATE features SET status = ${status}::"FeatureStatus", price = COALESCE(${price?.toFixed() ?? null}::numeric, price),
        version = version + 1, updated_at = now() WHERE id = ${featureId}`;
      if (feature.status !== status) {
        await emit(tx, featureId, { type: 'FeatureStatusChanged', featureId, status, previousStatus: feature.status, ownerId });
      }
      return tx.feature.findUniqueOrThrow({ where: { id: featureId } });
    });
  }

  async build(ownerId: string, featureId: string, kind: string, name?: string | null): Promise<Building> {
    if (name && name.length > 80) throw badInput('Name must be at most 80 characters', { field: 'name' });
    return this.db.$transaction(async (tx) => {
      const feature = await this.owned(tx, ownerId, featureId);
      if (!ALLOWED[feature.landUse]?.includes(kind)) {
        throw badInput(`A ${kind} cannot be built on ${feature.landUse} land; allowed: ${ALLOWED[feature.landUse]?.join(', ')}`, { field: 'kind' });
      }
      if ((await tx.building.count({ where: { featureId } })) >= MAX_BUILDINGS) throw badInput(`A parcel holds at most ${MAX_BUILDINGS} buildings`);
      return tx.building.create({ data: { id: timeOrderedId('bld'), featureId, kind, name } });
    });
  }

  async demolish(ownerId: string, buildingId: string): Promise<Feature> {
    const building = await this.db.building.findUnique({ where: { id: buildingId } });
    if (!building) throw notFound('Building');
    return this.db.$transaction(async (tx) => {
      await this.owned(tx, ownerId, building.featureId);
      await tx.building.deleteMany({ where: { id: buildingId } });
      return tx.feature.findUniqueOrThrow({ where: { id: building.featureId } });
    });
  }

  /** A user's parcels, in id order. */
  async ofOwner(ownerId: string, first?: number | null, after?: string | null) {
    const size = pageSize(first);
    const from = after ? decodeCursor(after) : undefined;
    const rows = await this.db.feature.findMany({
      where: { ownerId, ...(from ? { id: { gt: from } } : {}) },
      orderBy: { id: 'asc' },
      take: size + 1,
    });
    return connection(rows, size, (f) => f.id);
  }
}
