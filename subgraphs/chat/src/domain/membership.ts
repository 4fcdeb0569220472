import { randomUUID } from 'node:crypto';
import type { Consumer, DomainEvent, EventBus, Logger } from '@worldgraph/kit';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';

type Tx = Prisma.TransactionClient;
type Payload = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The channel of a dynasty or a hunt, created the first time an event names it. */
async function channelOf(tx: Tx, kind: 'dynasty' | 'hunt', ref: string, name: string): Promise<string> {
  const existing = await tx.channel.findUnique({ where: { kind_ref: { kind, ref } } });
  if (existing) return existing.id;
  const channel = await tx.channel.create({ data: { id: randomUUID(), kind, ref, name } });
  await emit(tx, { type: 'ChannelCreated', channelId: channel.id, kind, by: null });
  return channel.id;
}

async function add(tx: Tx, channelId: string, userId: string, role = 'member') {
  const created = await tx.channelMember.createMany({ data: [{ channelId, userId, role }], skipDuplicates: true });
  if (created.count) await emit(tx, { type: 'ChannelMemberAdded', channelId, userId, by: null });
}

async function remove(tx: Tx, channelId: string, userId: string) {
  const { count } = await tx.channelMember.deleteMany({ where: { channelId, userId } });
  if (count) await emit(tx, { type: 'ChannelMemberRemoved', channelId, userId, by: null });
}

/** What each event of social and hunts does to chat's channels (anything else: nothing). */
const HANDLERS: Record<string, (tx: Tx, p: Payload) => Promise<void>> = {
  DynastyFounded: async (tx, p) => add(tx, await channelOf(tx, 'dynasty', text(p.dynastyId)!, text(p.name) ?? 'Dynasty'), text(p.headId)!, 'owner'),
  MemberJoined: async (tx, p) => add(tx, await channelOf(tx, 'dynasty', text(p.dynastyId)!, 'Dynasty'), text(p.userId)!),
  MemberLeft: async (tx, p) => {
    const channel = await tx.channel.findUnique({ where: { kind_ref: { kind: 'dynasty', ref: text(p.dynastyId)! } } });
    if (channel) await remove(tx, channel.id, text(p.userId)!);
  },
  DynastyDissolved: async (tx, p) => {
    await tx.channel.updateMany({ where: { kind: 'dynasty', ref: text(p.dynastyId)!, closedAt: null }, data: { closedAt: new Date() } });
  },
  HuntPublished: async (tx, p) => {
    const channelId = await channelOf(tx, 'hunt', text(p.huntId)!, 'Hunt');
    if (text(p.fundedBy)) await add(tx, channelId, text(p.fundedBy)!, 'moderator');
  },
  ParticipantJoined: async (tx, p) => add(tx, await channelOf(tx, 'hunt', text(p.huntId)!, 'Hunt'), text(p.userId)!),
  HuntClosed: async (tx, p) => {
    await tx.channel.updateMany({ where: { kind: 'hunt', ref: text(p.huntId)!, closedAt: null }, data: { closedAt: new Date() } });
  },
};

/**
 * Dynasty and hunt channels follow their owners' membership, from social's and hunts' events
 * (consumer group `chat`), never from their databases. Each event is applied once: its id is
 * recorded in the same transaction as its effect.
 */
export function startMembershipConsumer(events: EventBus, db: PrismaClient, logger: Logger): Consumer {
  return events.consume('chat', ['social', 'hunts'], async (event: DomainEvent) => {
    const handler = HANDLERS[event.type];
    if (!handler) return;
    await db.$transaction(async (tx) => {
      const fresh = await tx.appliedEvent.createMany({ data: [{ id: event.id }], skipDuplicates: true });
      if (!fresh.count) return;
      await handler(tx, event.payload);
    });
    logger.debug({ event: event.id, type: event.type }, 'chat membership applied');
  });
}
