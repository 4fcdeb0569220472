import { randomUUID } from 'node:crypto';
import { badInput, DEFAULT_CHILD_PERMISSIONS, forbidden, notFound, type ChildPermissions } from '@worldgraph/kit';
import { Prisma, type ChildPermission, type Dynasty, type JoinRequest, type PrismaClient } from '../generated/prisma/client.ts';
import { isId, lockDynasty, refuse, type Dynasties } from './dynasties.ts';
import { bothWays, isChild, REFUSAL_MESSAGES, relationRefusal, type RelationEdge, type RelationKind } from './family-rules.ts';
import { emit, type SocialEvent } from './outbox.ts';

export interface SendInput {
  dynastyId: string;
  kind: 'join' | 'invite';
  /** The invited user (invite only). */
  userId?: string | null;
  relation?: RelationKind | null;
  relativeId?: string | null;
  message?: string | null;
}

const TX = { maxWait: 15_000, timeout: 15_000 };

/** Who may accept or reject a request: the head for a join, the invited user for an invite. */
export const answererOf = (request: Pick<JoinRequest, 'kind' | 'userId'>, dynasty: Pick<Dynasty, 'headId'>) => (request.kind === 'join' ? dynasty.headId : request.userId);

/** A pending request past its time reads as expired, even before the sweeper marks it. */
export const effectiveStatus = (r: Pick<JoinRequest, 'status' | 'expiresAt'>, now = new Date()) => (r.status === 'pending' && r.expiresAt <= now ? 'expired' : r.status);

type RequestEventType = Extract<SocialEvent['type'], `JoinRequest${string}`>;
const requestEvent = (type: RequestEventType, r: JoinRequest, dynasty: Pick<Dynasty, 'headId'>): SocialEvent => ({
  type,
  requestId: r.id,
  dynastyId: r.dynastyId,
  kind: r.kind,
  senderId: r.senderId,
  userId: r.userId,
  answererId: answererOf(r, dynasty),
});

/** Join requests and invitations, members, family relations and children's permissions. */
export class Members {
  constructor(
    private readonly db: PrismaClient,
    private readonly dynasties: Dynasties,
    private readonly requestTtlMs: number,
    /** Whether accounts knows a user: an invitation names someone real. */
    private readonly userExists: (userId: string) => Promise<boolean>,
  ) {}

  async send(senderId: string, input: SendInput): Promise<JoinRequest> {
    if (!isId(input.dynastyId)) throw notFound('Dynasty');
    const joinerId = input.kind === 'join' ? senderId : input.userId;
    if (input.kind === 'join' && input.userId && input.userId !== senderId) throw badInput('A join request is for yourself; invite others instead', { field: 'userId' });
    if (!joinerId || !isId(joinerId)) throw badInput('An invitation names the user invited', { field: 'userId' });
    if (!!input.relation !== !!input.relativeId) throw badInput('A relation names its relative, and a relative its relation', { field: 'relation' });
    if (input.relativeId && !isId(input.relativeId)) throw notFound('Relative');
    if (input.message && input.message.length > 280) throw badInput('A message has at most 280 characters', { field: 'message' });
    if (input.kind === 'invite' && !(await this.userExists(joinerId))) throw notFound('User');
    return this.db.$transaction(async (tx) => {
      const dynasty = await lockDynasty(tx, input.dynastyId);
      if (dynasty.status !== 'active') throw refuse('CONFLICT', 'DYNASTY_DISSOLVED', 'This dynasty was dissolved');
      if (input.kind === 'invite' && dynasty.headId !== senderId) throw refuse('FORBIDDEN', 'NOT_HEAD', 'Only the head of the dynasty can invite');
      if (await tx.familyMember.findUnique({ where: { userId: joinerId } })) {
        throw refuse('CONFLICT', 'ALREADY_IN_DYNASTY', input.kind === 'join' ? 'You already belong to a dynasty' : 'This user already belongs to a dynasty');
      }
      if (dynasty.memberCount >= dynasty.memberLimit) throw refuse('CONFLICT', 'DYNASTY_FULL', 'This dynasty is full');
      if (input.relativeId) await this.checkRelation(tx, dynasty.id, joinerId, input.relativeId, input.relation!);
      const pending = await tx.joinRequest.findFirst({ where: { dynastyId: dynasty.id, userId: joinerId, status: 'pending', expiresAt: { gt: new Date() } } });
      if (pending) throw refuse('CONFLICT', 'REQUEST_PENDING', 'A request for this dynasty is already waiting for an answer');
      const request = await tx.joinRequest.create({
        data: {
          id: randomUUID(),
          kind: input.kind,
          dynastyId: dynasty.id,
          senderId,
          userId: joinerId,
          relation: input.relation ?? null,
          relativeId: input.relativeId ?? null,
          message: input.message ?? null,
          expiresAt: new Date(Date.now() + this.requestTtlMs),
        },
      });
      await emit(tx, requestEvent('JoinRequestSent', request, dynasty));
      return request;
    }, TX);
  }

  /**
   * Accepts a request: the joiner becomes a member (in their relative's family, or a family of
   * their own). The dynasty's row lock orders concurrent accepts, so the member limit holds;
   * the member table's key keeps a user in one dynasty even across dynasties.
   */
  async accept(actorId: string, requestId: string): Promise<JoinRequest> {
    try {
      return await this.answer(actorId, requestId, 'accept');
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw refuse('CONFLICT', 'ALREADY_IN_DYNASTY', 'This user joined another dynasty meanwhile');
      }
      throw error;
    }
  }

  reject(actorId: string, requestId: string): Promise<JoinRequest> {
    return this.answer(actorId, requestId, 'reject');
  }

  cancel(actorId: string, requestId: string): Promise<JoinRequest> {
    return this.answer(actorId, requestId, 'cancel');
  }

  private async answer(actorId: string, requestId: string, action: 'accept' | 'reject' | 'cancel'): Promise<JoinRequest> {
    if (!isId(requestId)) throw notFound('Join request');
    const outcome = await this.db.$transaction(async (tx) => {
      const found = await tx.joinRequest.findUnique({ where: { id: requestId } });
      if (!found) throw notFound('Join request');
      const dynasty = await lockDynasty(tx, found.dynastyId);
      const request = (await tx.joinRequest.findUnique({ where: { id: requestId } }))!;
      const answerer = answererOf(request, dynasty);
      if (action === 'cancel' ? request.senderId !== actorId : answerer !== actorId) {
        const who = action === 'cancel' ? 'Only its sender can cancel a request' : request.kind === 'join' ? 'Only the head of the dynasty answers join requests' : 'Only the invited user answers an invitation';
        throw refuse('FORBIDDEN', 'NOT_YOUR_REQUEST', who);
      }
      if (request.status !== 'pending') throw refuse('CONFLICT', `REQUEST_${request.status.toUpperCase()}`, `This request was already ${request.status}`);
      if (request.expiresAt <= new Date()) {
        const expired = await tx.joinRequest.update({ where: { id: request.id }, data: { status: 'expired', answeredAt: new Date() } });
        await emit(tx, requestEvent('JoinRequestExpired', expired, dynasty));
        return { expired };
      }
      if (action === 'accept') await this.admit(tx, dynasty, request);
      const status = action === 'accept' ? 'accepted' : action === 'reject' ? 'rejected' : 'cancelled';
      const answered = await tx.joinRequest.update({ where: { id: request.id }, data: { status, answeredAt: new Date() } });
      await emit(tx, requestEvent(action === 'accept' ? 'JoinRequestAccepted' : action === 'reject' ? 'JoinRequestRejected' : 'JoinRequestCancelled', answered, dynasty));
      return { answered };
    }, TX);
    // The expiry is kept (committed above); the answer itself is refused.
    if ('expired' in outcome) throw refuse('CONFLICT', 'REQUEST_EXPIRED', 'This request expired before it was answered');
    return outcome.answered;
  }

  private async admit(tx: Prisma.TransactionClient, dynasty: Dynasty, request: JoinRequest): Promise<void> {
    if (dynasty.status !== 'active') throw refuse('CONFLICT', 'DYNASTY_DISSOLVED', 'This dynasty was dissolved');
    if (dynasty.memberCount >= dynasty.memberLimit) throw refuse('CONFLICT', 'DYNASTY_FULL', `This dynasty is full (${dynasty.memberLimit} members)`);
    if (await tx.familyMember.findUnique({ where: { userId: request.userId } })) throw refuse('CONFLICT', 'ALREADY_IN_DYNASTY', 'This user already belongs to a dynasty');
    let familyId: string;
    if (request.relativeId) {
      // Checked again: the family may have changed since the request was sent.
      await this.checkRelation(tx, dynasty.id, request.userId, request.relativeId, request.relation!);
      familyId = (await tx.familyMember.findUnique({ where: { userId: request.relativeId } }))!.familyId;
    } else {
      const count = await tx.family.count({ where: { dynastyId: dynasty.id } });
      familyId = (await tx.family.create({ data: { id: randomUUID(), dynastyId: dynasty.id, name: `${dynasty.name} ${count + 1}`.slice(0, 80) } })).id;
    }
    await tx.familyMember.create({ data: { userId: request.userId, dynastyId: dynasty.id, familyId } });
    await tx.dynasty.update({ where: { id: dynasty.id }, data: { memberCount: { increment: 1 } } });
    await emit(tx, { type: 'MemberJoined', dynastyId: dynasty.id, userId: request.userId, familyId, relation: request.relation, relativeId: request.relativeId });
    if (request.relativeId) await this.relate(tx, dynasty.id, request.relativeId, request.userId, request.relation!);
    // Other requests for the new member are moot: a user is in one dynasty at a time.
    const moot = await tx.joinRequest.findMany({ where: { userId: request.userId, status: 'pending', id: { not: request.id } }, include: { dynasty: true } });
    await tx.joinRequest.updateMany({ where: { id: { in: moot.map((r) => r.id) } }, data: { status: 'cancelled', answeredAt: new Date() } });
    for (const r of moot) await emit(tx, requestEvent('JoinRequestCancelled', r, r.dynasty));
  }

  /** The relations of a dynasty, both directions. */
  private edges(tx: Prisma.TransactionClient, dynastyId: string): Promise<RelationEdge[]> {
    return tx.familyRelation.findMany({ where: { dynastyId }, select: { userId: true, relativeId: true, kind: true } });
  }

  /** Refuses "joiner is relative's <relation>" unless the relative is a member and the family's rules hold. */
  private async checkRelation(tx: Prisma.TransactionClient, dynastyId: string, joinerId: string, relativeId: string, relation: RelationKind): Promise<void> {
    const relative = await tx.familyMember.findUnique({ where: { userId: relativeId } });
    if (relative?.dynastyId !== dynastyId) throw refuse('BAD_USER_INPUT', 'RELATIVE_NOT_MEMBER', 'The relative must be a member of this dynasty');
    const refusal = relationRefusal(await this.edges(tx, dynastyId), relativeId, joinerId, relation);
    if (refusal) throw refuse('CONFLICT', refusal, REFUSAL_MESSAGES[refusal]);
  }

  /** Stores "relativeId is userId's <kind>" both ways; a member who gains a parent becomes a child. */
  private async relate(tx: Prisma.TransactionClient, dynastyId: string, userId: string, relativeId: string, kind: RelationKind): Promise<void> {
    await tx.familyRelation.createMany({ data: bothWays(userId, relativeId, kind).map((e) => ({ ...e, dynastyId })) });
    await emit(tx, { type: 'FamilyRelationAdded', dynastyId, userId, relativeId, kind });
    const edges = await this.edges(tx, dynastyId);
    for (const id of [userId, relativeId]) {
      if (isChild(edges, id) && !(await tx.childPermission.findUnique({ where: { userId: id } }))) {
        await tx.childPermission.create({ data: { userId: id, dynastyId, ...DEFAULT_CHILD_PERMISSIONS } });
        await emit(tx, { type: 'ChildPermissionsChanged', dynastyId, userId: id, permissions: DEFAULT_CHILD_PERMISSIONS });
      }
    }
  }

  /** The head relates two members ("relative is user's <kind>"), under the family's rules. */
  async addRelation(headId: string, dynastyId: string, userId: string, relativeId: string, kind: RelationKind): Promise<Dynasty> {
    if (!isId(dynastyId)) throw notFound('Dynasty');
    return this.db.$transaction(async (tx) => {
      const dynasty = await lockDynasty(tx, dynastyId);
      if (dynasty.headId !== headId) throw refuse('FORBIDDEN', 'NOT_HEAD', 'Only the head of the dynasty relates its members');
      for (const id of [userId, relativeId]) {
        const member = isId(id) ? await tx.familyMember.findUnique({ where: { userId: id } }) : null;
        if (member?.dynastyId !== dynastyId) throw refuse('BAD_USER_INPUT', 'NOT_MEMBER', 'Both must be members of this dynasty');
      }
      const refusal = relationRefusal(await this.edges(tx, dynastyId), userId, relativeId, kind);
      if (refusal) throw refuse('CONFLICT', refusal, REFUSAL_MESSAGES[refusal]);
      await this.relate(tx, dynastyId, userId, relativeId, kind);
      return dynasty;
    }, TX);
  }

  /** A member leaves (with their relations and permissions); the head leaving dissolves the dynasty. */
  async leave(userId: string): Promise<Dynasty> {
    const member = await this.db.familyMember.findUnique({ where: { userId } });
    if (!member) throw refuse('CONFLICT', 'NOT_IN_DYNASTY', 'You do not belong to a dynasty');
    return this.db.$transaction(async (tx) => {
      const dynasty = await lockDynasty(tx, member.dynastyId);
      if (dynasty.headId === userId) {
        await this.dynasties.dissolve(tx, dynasty, 'HEAD_LEFT');
        return (await tx.dynasty.findUnique({ where: { id: dynasty.id } }))!;
      }
      const deleted = await tx.familyMember.deleteMany({ where: { userId, dynastyId: dynasty.id } });
      if (deleted.count !== 1) throw refuse('CONFLICT', 'NOT_IN_DYNASTY', 'You do not belong to a dynasty');
      await tx.familyRelation.deleteMany({ where: { dynastyId: dynasty.id, OR: [{ userId }, { relativeId: userId }] } });
      const child = await tx.childPermission.deleteMany({ where: { userId } });
      if (child.count) await emit(tx, { type: 'ChildPermissionsChanged', dynastyId: dynasty.id, userId, permissions: null });
      await emit(tx, { type: 'MemberLeft', dynastyId: dynasty.id, userId });
      return tx.dynasty.update({ where: { id: dynasty.id }, data: { memberCount: { decrement: 1 } } });
    }, TX);
  }

  /** The head sets what a child member may do; the acting contexts receive it as an event. */
  async setChildPermissions(headId: string, childId: string, permissions: ChildPermissions): Promise<ChildPermission> {
    if (!isId(childId)) throw notFound('Member');
    if (permissions.dailySpendLimit !== null && !/^\d{1,10}(\.\d{1,10})?$/.test(permissions.dailySpendLimit)) {
      throw badInput('The daily spend limit is an amount of at least 0', { field: 'dailySpendLimit' });
    }
    return this.db.$transaction(async (tx) => {
      const member = await tx.familyMember.findUnique({ where: { userId: childId } });
      if (!member) throw notFound('Member');
      const dynasty = await lockDynasty(tx, member.dynastyId);
      if (dynasty.headId !== headId) throw forbidden('Only the head of the dynasty sets what its children may do');
      if (!isChild(await this.edges(tx, dynasty.id), childId)) throw refuse('BAD_USER_INPUT', 'NOT_A_CHILD', 'Only a child member (one with a parent in the dynasty) has permissions to set');
      const row = await tx.childPermission.upsert({
        where: { userId: childId },
        create: { userId: childId, dynastyId: dynasty.id, ...permissions },
        update: { ...permissions },
      });
      await emit(tx, { type: 'ChildPermissionsChanged', dynastyId: dynasty.id, userId: childId, permissions });
      return row;
    }, TX);
  }

  /** Marks pending requests past their time as expired (the job); returns how many. */
  async expireDue(): Promise<number> {
    const due = await this.db.joinRequest.findMany({ where: { status: 'pending', expiresAt: { lte: new Date() } }, take: 200, include: { dynasty: true } });
    for (const r of due) {
      await this.db.$transaction(async (tx) => {
        const changed = await tx.joinRequest.updateMany({ where: { id: r.id, status: 'pending' }, data: { status: 'expired', answeredAt: new Date() } });
        if (changed.count) await emit(tx, requestEvent('JoinRequestExpired', r, r.dynasty));
      });
    }
    return due.length;
  }

  /** Requests a user sent, newest first. */
  sent(userId: string, first: number) {
    return this.db.joinRequest.findMany({ where: { senderId: userId }, orderBy: { createdAt: 'desc' }, take: first });
  }

  /** Requests a user may answer (joins to the dynasty they head, invitations to them), newest first. */
  async received(userId: string, first: number) {
    const headed = await this.db.dynasty.findMany({ where: { headId: userId, status: 'active' }, select: { id: true } });
    return this.db.joinRequest.findMany({
      where: { OR: [{ kind: 'invite', userId }, { kind: 'join', dynastyId: { in: headed.map((d) => d.id) } }] },
      orderBy: { createdAt: 'desc' },
      take: first,
    });
  }
}
