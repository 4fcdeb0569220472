import { randomUUID } from 'node:crypto';
import { AppError, badInput, isUserId, notFound, type SqlPool } from '@worldgraph/kit';
import { Prisma, type Dynasty, type PrismaClient } from '../generated/prisma/client.ts';
import type { FeaturesClient } from './peers.ts';
import { emit } from './outbox.ts';

/** Dynasty and request ids are UUIDs; anything else is simply not found. */
export const isId = isUserId;

/** A refusal with a machine-readable reason besides its code. */
export const refuse = (code: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT', reason: string, message: string) => new AppError(code, message, { reason });

/** Locks a dynasty's row for the rest of the transaction: its members and relations change one at a time. */
export async function lockDynasty(tx: Prisma.TransactionClient, dynastyId: string): Promise<Dynasty> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM dynasties WHERE id = ${dynastyId}::uuid FOR UPDATE`;
  if (!row) throw notFound('Dynasty');
  return (await tx.dynasty.findUnique({ where: { id: dynastyId } }))!;
}

const seatTaken = () => refuse('CONFLICT', 'PARCEL_HAS_DYNASTY', 'This parcel is already the seat of a dynasty');

export interface FoundInput {
  featureId: string;
  name: string;
  memberLimit?: number | null;
}

/** Founding dynasties on parcels, and what happens to them when their seat is sold. */
export class Dynasties {
  constructor(
    private readonly db: PrismaClient,
    private readonly features: FeaturesClient,
    private readonly maxMembers: number,
    /** The same database's pool: `activeSeatsAmong` is a plain named statement on it. */
    private readonly sql: SqlPool,
  ) {}

  /**
   * Founds a dynasty on a parcel the founder owns (features is asked); the founder heads it and
   * starts its first family. One dynasty per parcel, one dynasty per user.
   */
  async found(headId: string, input: FoundInput, requestId?: string): Promise<Dynasty> {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 80) throw badInput('A dynasty name has 2-80 characters', { field: 'name' });
    const memberLimit = input.memberLimit ?? this.maxMembers;
    if (!Number.isInteger(memberLimit) || memberLimit < 2 || memberLimit > this.maxMembers) {
      throw badInput(`The member limit is 2-${this.maxMembers}`, { field: 'memberLimit' });
    }
    if (!input.featureId || input.featureId.length > 64) throw notFound('Parcel');
    const owner = await this.features.ownerOf(input.featureId, requestId);
    if (owner === undefined) throw notFound('Parcel');
    if (owner !== headId) throw refuse('FORBIDDEN', 'NOT_PARCEL_OWNER', 'You can only found a dynasty on a parcel you own');
    try {
      return await this.db.$transaction(async (tx) => {
        if (await tx.familyMember.findUnique({ where: { userId: headId } })) {
          throw refuse('CONFLICT', 'ALREADY_IN_DYNASTY', 'You already belong to a dynasty; leave it first');
        }
        // Bought from a head whose dynasty has not moved its seat yet (the sale's event is on its way).
        if (await tx.dynasty.findUnique({ where: { seatFeatureId: input.featureId } })) throw seatTaken();
        const dynasty = await tx.dynasty.create({ data: { id: randomUUID(), name, headId, seatFeatureId: input.featureId, memberLimit } });
        const family = await tx.family.create({ data: { id: randomUUID(), dynastyId: dynasty.id, name } });
        await tx.familyMember.create({ data: { userId: headId, dynastyId: dynasty.id, familyId: family.id, role: 'head' } });
        await emit(tx, { type: 'DynastyFounded', dynastyId: dynasty.id, headId, featureId: input.featureId, name });
        return dynasty;
      });
    } catch (error) {
      // A concurrent founding won the race: say which rule it broke.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        if (await this.db.dynasty.findUnique({ where: { seatFeatureId: input.featureId } })) throw seatTaken();
        throw refuse('CONFLICT', 'ALREADY_IN_DYNASTY', 'You already belong to a dynasty; leave it first');
      }
      throw error;
    }
  }

  /** The active dynasty a user belongs to, if any. */
  async ofUser(userId: string): Promise<Dynasty | null> {
    const member = await this.db.familyMember.findUnique({ where: { userId }, include: { dynasty: true } });
    return member?.dynasty ?? null;
  }

  /**
   * Which of these parcels are an active dynasty's seat (one query for a consumed batch of
   * features' events, so once per few purchases): a plain named statement (the kit's openDatabase),
   * not Prisma's findMany, whose client cost several times the query's own CPU.
   */
  async activeSeatsAmong(featureIds: string[]): Promise<Set<string>> {
    if (!featureIds.length) return new Set();
    const { rows } = await this.sql.query<{ seat_feature_id: string }>({
      name: 'social_active_seats_among',
      text: "SELECT seat_feature_id FROM dynasties WHERE seat_feature_id = ANY($1::text[]) AND status = 'active'",
      values: [featureIds],
    });
    return new Set(rows.map((r) => r.seat_feature_id));
  }

  /**
   * The rule when a seat is sold (features' FeatureSold, handled once per event): the seat moves
   * to another parcel the head owns (the first by id that seats no other dynasty), else the
   * dynasty is dissolved and its members are free to join another. Returns what happened.
   */
  async seatSold(eventId: string, featureId: string): Promise<'moved' | 'dissolved' | 'none'> {
    const dynasty = await this.db.dynasty.findUnique({ where: { seatFeatureId: featureId } });
    if (!dynasty || dynasty.status !== 'active') return 'none';
    const owner = await this.features.ownerOf(featureId);
    // Still the head's (the event is older than a sale back): nothing to do.
    if (owner === dynasty.headId) return 'none';
    const owned = (await this.features.ownedBy(dynasty.headId)).filter((id) => id !== featureId);
    const taken = new Set((await this.db.dynasty.findMany({ where: { seatFeatureId: { in: owned } }, select: { seatFeatureId: true } })).map((d) => d.seatFeatureId));
    const next = owned.find((id) => !taken.has(id));
    return this.db.$transaction(async (tx) => {
      if (!(await this.claim(tx, eventId))) return 'none';
      const current = await lockDynasty(tx, dynasty.id);
      if (current.status !== 'active' || current.seatFeatureId !== featureId) return 'none';
      if (next) {
        await tx.dynasty.update({ where: { id: current.id }, data: { seatFeatureId: next } });
        await emit(tx, { type: 'DynastySeatMoved', dynastyId: current.id, headId: current.headId, fromFeatureId: featureId, toFeatureId: next });
        return 'moved';
      }
      await this.dissolve(tx, current, 'SEAT_SOLD');
      return 'dissolved';
    });
  }

  /** Ends a dynasty: members, relations and children's permissions go (children are free again), pending requests are cancelled. */
  async dissolve(tx: Prisma.TransactionClient, dynasty: Dynasty, reason: string): Promise<void> {
    const members = await tx.familyMember.findMany({ where: { dynastyId: dynasty.id }, select: { userId: true } });
    const children = await tx.childPermission.findMany({ where: { dynastyId: dynasty.id }, select: { userId: true } });
    const pending = await tx.joinRequest.findMany({ where: { dynastyId: dynasty.id, status: 'pending' } });
    await tx.joinRequest.updateMany({ where: { id: { in: pending.map((r) => r.id) } }, data: { status: 'cancelled', answeredAt: new Date() } });
    await tx.childPermission.deleteMany({ where: { dynastyId: dynasty.id } });
    await tx.familyRelation.deleteMany({ where: { dynastyId: dynasty.id } });
    await tx.familyMember.deleteMany({ where: { dynastyId: dynasty.id } });
    await tx.dynasty.update({ where: { id: dynasty.id }, data: { status: 'dissolved', seatFeatureId: null, memberCount: 0, dissolvedAt: new Date() } });
    for (const r of pending) {
      await emit(tx, { type: 'JoinRequestCancelled', requestId: r.id, dynastyId: dynasty.id, kind: r.kind, senderId: r.senderId, userId: r.userId, answererId: r.kind === 'join' ? dynasty.headId : r.userId });
    }
    for (const c of children) await emit(tx, { type: 'ChildPermissionsChanged', dynastyId: dynasty.id, userId: c.userId, permissions: null });
    await emit(tx, { type: 'DynastyDissolved', dynastyId: dynasty.id, headId: dynasty.headId, featureId: dynasty.seatFeatureId, memberIds: members.map((m) => m.userId), reason });
  }

  /** Records an event as handled; false when it was already (a redelivery). */
  private async claim(tx: Prisma.TransactionClient, eventId: string): Promise<boolean> {
    const inserted = await tx.$executeRaw`INSERT INTO processed_events (id) VALUES (${eventId}) ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }
}
