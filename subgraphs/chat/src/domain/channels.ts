import { randomUUID } from 'node:crypto';
import { AppError, badInput, ChildPermissionsProjection, assertChildMay, forbidden, isUserId, notFound, UserLimitsClient, usersExist, type Runtime } from '@worldgraph/kit';
import type { ChatConfig } from '../config.ts';
import type { Channel, ChannelMember, PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';
import { directRef } from './rules.ts';

/** The world's channel (created by the first migration). */
export const GLOBAL_CHANNEL_ID = '00000000-0000-4000-8000-000000000001';

/** Who is acting: a user, and whether they are an admin. */
export interface Actor {
  userId: string;
  admin: boolean;
}

/** A channel as one user sees it: the row, and their membership (null in the global channel until they read it). */
export interface Access {
  channel: Channel;
  member: ChannelMember | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** FORBIDDEN with a reason in `extensions`. */
const refused = (message: string, details: Record<string, unknown>) => new AppError('FORBIDDEN', message, details);
const moderates = (actor: Actor, member: ChannelMember | null) => actor.admin || member?.role === 'moderator' || member?.role === 'owner';

/**
 * Channels and who may do what in them. A channel that is not the viewer's is NOT_FOUND, like a
 * missing one: ids reveal nothing.
 */
export class Channels {
  private readonly limits: UserLimitsClient;

  constructor(
    private readonly db: PrismaClient,
    private readonly config: ChatConfig,
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
  ) {
    this.limits = new UserLimitsClient(runtime);
  }

  /** The channel if the user may read it: the global one, or one they belong to (admins: any). */
  async readable(actor: Actor, channelId: string): Promise<Access> {
    const channel = UUID.test(channelId) ? await this.db.channel.findUnique({ where: { id: channelId } }) : null;
    if (!channel) throw notFound('Channel');
    const member = await this.db.channelMember.findUnique({ where: { channelId_userId: { channelId, userId: actor.userId } } });
    if (channel.kind !== 'global' && !member && !actor.admin) throw notFound('Channel');
    return { channel, member };
  }

  /**
   * The channel if the user may write in it now: readable, open, not muted, not a child barred
   * from chat, and for a direct channel, neither side blocked the other.
   */
  async writable(actor: Actor, channelId: string): Promise<Access> {
    const access = await this.readable(actor, channelId);
    const { channel, member } = access;
    if (channel.kind !== 'global' && !member) throw forbidden('Only members write in this channel');
    if (channel.closedAt) throw badInput('This channel is closed', { reason: 'CHANNEL_CLOSED' });
    if (member?.mutedUntil && member.mutedUntil > new Date()) {
      throw refused(`You are muted here until ${member.mutedUntil.toISOString()}`, { reason: 'MUTED', until: member.mutedUntil.toISOString() });
    }
    assertChildMay(await ChildPermissionsProjection.read(this.db, actor.userId), { kind: 'chat' });
    // A moderator's CANNOT_CHAT (support's outcome, held by accounts) bites at once.
    await this.limits.assertNone('CANNOT_CHAT', [actor.userId], (l) => `You cannot chat until ${l.until}`);
    if (channel.kind === 'direct') {
      const other = channel.ref!.split(':').find((id) => id !== actor.userId)!;
      if (await this.blockedBetween(actor.userId, other)) throw refused('One of you has blocked the other', { reason: 'BLOCKED' });
    }
    return access;
  }

  /** The user's channels: the global one and every one they belong to, newest activity first. */
  async mine(userId: string): Promise<Channel[]> {
    return this.db.$queryRaw<Channel[]>`
      SELECT c.id, c.kind, c.ref, c.name, c.created_by AS "createdBy", c.created_at AS "createdAt", c.closed_at AS "closedAt"
      FROM channels c
      WHERE c.kind = 'global' OR EXISTS (SELECT 1 FROM channel_members m WHERE m.channel_id = c.id AND m.user_id = ${userId}::uuid)
      ORDER BY (SELECT max(id) FROM messages WHERE channel_id = c.id) DESC NULLS LAST, c.created_at DESC
      LIMIT 200`;
  }

  /** A new party channel owned by `actor`, with the given members (who must exist). */
  async createParty(actor: Actor, name: string, memberIds: string[]): Promise<Channel> {
    const title = name.trim();
    if (!title || title.length > 80) throw badInput('A channel name must be 1-80 characters', { field: 'name' });
    const others = [...new Set(memberIds)].filter((id) => id !== actor.userId);
    if (others.length + 1 > this.config.CHAT_PARTY_LIMIT) throw badInput(`A party has at most ${this.config.CHAT_PARTY_LIMIT} members`, { reason: 'PARTY_FULL' });
    await this.assertUsersExist(others);
    return this.db.$transaction(async (tx) => {
      const channel = await tx.channel.create({ data: { id: randomUUID(), kind: 'party', ref: randomUUID(), name: title, createdBy: actor.userId } });
      await tx.channelMember.createMany({ data: [{ channelId: channel.id, userId: actor.userId, role: 'owner' }, ...others.map((userId) => ({ channelId: channel.id, userId }))] });
      await emit(tx, { type: 'ChannelCreated', channelId: channel.id, kind: 'party', by: actor.userId });
      for (const userId of [actor.userId, ...others]) await emit(tx, { type: 'ChannelMemberAdded', channelId: channel.id, userId, by: actor.userId });
      return channel;
    });
  }

  /** Adds a user to a party channel (its owner or moderators). */
  async invite(actor: Actor, channelId: string, userId: string): Promise<Channel> {
    const { channel, member } = await this.readable(actor, channelId);
    if (channel.kind !== 'party') throw badInput('Only party channels take invitations', { reason: 'NOT_A_PARTY' });
    if (!moderates(actor, member)) throw forbidden('Only the owner and moderators invite to this channel');
    await this.assertUsersExist([userId]);
    await this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM channels WHERE id = ${channelId}::uuid FOR UPDATE`; // one invitation at a time per channel
      if (await tx.channelMember.findUnique({ where: { channelId_userId: { channelId, userId } } })) return;
      if ((await tx.channelMember.count({ where: { channelId } })) >= this.config.CHAT_PARTY_LIMIT) throw badInput(`A party has at most ${this.config.CHAT_PARTY_LIMIT} members`, { reason: 'PARTY_FULL' });
      await tx.channelMember.create({ data: { channelId, userId } });
      await emit(tx, { type: 'ChannelMemberAdded', channelId, userId, by: actor.userId });
    });
    return channel;
  }

  /** Leaves a party channel; true when the user was in it. */
  async leave(actor: Actor, channelId: string): Promise<boolean> {
    const { channel } = await this.readable(actor, channelId);
    if (channel.kind !== 'party') throw badInput('Only party channels can be left; dynasty and hunt channels follow their membership', { reason: 'NOT_A_PARTY' });
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.channelMember.deleteMany({ where: { channelId, userId: actor.userId } });
      if (count) await emit(tx, { type: 'ChannelMemberRemoved', channelId, userId: actor.userId, by: actor.userId });
      return count > 0;
    });
  }

  /** The direct channel between the actor and another user, opened on first use. */
  async openDirect(actor: Actor, otherId: string): Promise<Channel> {
    if (otherId === actor.userId) throw badInput('A direct channel needs another user', { field: 'userId' });
    await this.assertUsersExist([otherId]);
    if (await this.blockedBetween(actor.userId, otherId)) throw refused('One of you has blocked the other', { reason: 'BLOCKED' });
    const ref = directRef(actor.userId, otherId);
    const existing = await this.db.channel.findUnique({ where: { kind_ref: { kind: 'direct', ref } } });
    if (existing) return existing;
    try {
      return await this.db.$transaction(async (tx) => {
        const channel = await tx.channel.create({ data: { id: randomUUID(), kind: 'direct', ref, name: 'Direct', createdBy: actor.userId } });
        await tx.channelMember.createMany({ data: [actor.userId, otherId].map((userId) => ({ channelId: channel.id, userId, role: 'owner' })) });
        await emit(tx, { type: 'ChannelCreated', channelId: channel.id, kind: 'direct', by: actor.userId });
        for (const userId of [actor.userId, otherId]) await emit(tx, { type: 'ChannelMemberAdded', channelId: channel.id, userId, by: actor.userId });
        return channel;
      });
    } catch {
      // Both opened it at once: the other transaction's channel is the one.
      return this.db.channel.findUniqueOrThrow({ where: { kind_ref: { kind: 'direct', ref } } });
    }
  }

  async block(actor: Actor, blockedId: string): Promise<boolean> {
    if (blockedId === actor.userId || !isUserId(blockedId)) throw badInput('You can only block another user', { field: 'userId' });
    await this.assertUsersExist([blockedId]);
    return this.db.$transaction(async (tx) => {
      const created = await tx.block.createMany({ data: [{ userId: actor.userId, blockedId }], skipDuplicates: true });
      if (created.count) await emit(tx, { type: 'UserBlocked', userId: actor.userId, blockedId });
      return true;
    });
  }

  async unblock(actor: Actor, blockedId: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.block.deleteMany({ where: { userId: actor.userId, blockedId: isUserId(blockedId) ? blockedId : undefined } });
      if (count) await emit(tx, { type: 'UserUnblocked', userId: actor.userId, blockedId });
      return count > 0;
    });
  }

  blocked(userId: string): Promise<string[]> {
    return this.db.block.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } }).then((rows) => rows.map((r) => r.blockedId));
  }

  /** Silences a member for `minutes` (channel moderators, admins); in the global channel, admins only. */
  async mute(actor: Actor, channelId: string, userId: string, minutes: number): Promise<ChannelMember> {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60 * 24 * 30) throw badInput('minutes must be 1 to 43200', { field: 'minutes' });
    const { channel, member } = await this.readable(actor, channelId);
    if (!moderates(actor, member)) throw forbidden('Only moderators mute members here');
    if (!isUserId(userId) || userId === actor.userId) throw badInput('You can only mute another user', { field: 'userId' });
    const target = await this.db.channelMember.findUnique({ where: { channelId_userId: { channelId, userId } } });
    if (channel.kind !== 'global' && !target) throw notFound('Member');
    if (target?.role === 'owner' && !actor.admin) throw forbidden('The owner cannot be muted');
    const until = new Date(Date.now() + minutes * 60_000);
    return this.db.$transaction(async (tx) => {
      // In the global channel a member row exists once someone read or was muted there.
      const row = await tx.channelMember.upsert({ where: { channelId_userId: { channelId, userId } }, create: { channelId, userId, mutedUntil: until }, update: { mutedUntil: until } });
      await emit(tx, { type: 'MemberMuted', channelId, userId, until: until.toISOString(), by: actor.userId });
      return row;
    });
  }

  /** Members of a channel, in the order they joined. */
  members(channelId: string, first: number): Promise<ChannelMember[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first must be 1 to 200', { field: 'first' });
    return this.db.channelMember.findMany({ where: { channelId }, orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }], take: first });
  }

  /** Whether the actor moderates this channel. */
  moderates(actor: Actor, access: Access): boolean {
    return moderates(actor, access.member);
  }

  private async blockedBetween(a: string, b: string): Promise<boolean> {
    return (await this.db.block.count({ where: { OR: [{ userId: a, blockedId: b }, { userId: b, blockedId: a }] } })) > 0;
  }

  /** NOT_FOUND unless accounts knows every id. */
  private async assertUsersExist(ids: string[]): Promise<void> {
    if (!(await usersExist(this.runtime, ids))) throw notFound('User');
  }
}
