import { randomUUID } from 'node:crypto';
import { assertOwnMedia, badInput, conflict, connection, decodeCursor, encodeCursor, isUserId, notFound, pageSize, type Runtime, type Viewer } from '@worldgraph/kit';
import type { SupportConfig } from '../config.ts';
import type { Prisma, PrismaClient, Ticket } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';
import { deadlines, slaPolicies, type Priority, type SlaPolicy } from './sla.ts';

/** Who acts: a signed-in user, staff (support or admin) or not. */
export interface Actor {
  userId: string;
  staff: boolean;
}

/** Staff are users with the `support` or `admin` role. */
export const isStaff = (viewer: Viewer) => viewer.kind === 'user' && (viewer.scopes.includes('support') || viewer.scopes.includes('admin'));

export interface OpenTicket {
  subject: string;
  body: string;
  category: string;
  attachmentIds?: string[] | null;
  about?: { type: string; id: string } | null;
}

const OPEN_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_USER'];
const text = (value: string, field: string, max: number) => {
  const v = value.trim();
  if (!v) throw badInput(`${field} must not be empty`, { field });
  if (v.length > max) throw badInput(`${field} is longer than ${max} characters`, { field });
  return v;
};
/** Keyset cursor of a time-ordered list: milliseconds and id. */
const timeKey = (at: Date, id: string) => `${at.getTime()}:${id}`;
const parseTimeKey = (cursor: string) => {
  const [ms, id] = decodeCursor(cursor, /^\d{1,15}:[0-9a-f-]{36}$/).split(':') as [string, string];
  return { at: new Date(Number(ms)), id };
};

/** Tickets: opening, the thread, staff handling (assignment, priority, status), closing and reopening. */
export class Tickets {
  private readonly policies: Map<string, SlaPolicy>;

  constructor(
    private readonly db: PrismaClient,
    private readonly config: SupportConfig,
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
  ) {
    this.policies = new Map(slaPolicies(config).map((p) => [p.priority, p]));
  }

  /** The SLA of every priority. */
  policyList(): SlaPolicy[] {
    return [...this.policies.values()];
  }

  async open(actor: Actor, input: OpenTicket, requestId?: string): Promise<Ticket> {
    const subject = text(input.subject, 'subject', 160);
    const body = text(input.body, 'body', 10_000);
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    if (attachmentIds.length > this.config.SUPPORT_MAX_ATTACHMENTS) throw badInput(`At most ${this.config.SUPPORT_MAX_ATTACHMENTS} attachments`, { field: 'attachmentIds' });
    if (input.about && !/^[\w:-]{1,80}$/.test(input.about.id)) throw badInput('about.id is not an id', { field: 'about' });
    await assertOwnMedia(this.runtime, actor.userId, attachmentIds, { field: 'attachmentIds', label: 'Attachment' }, requestId);
    const now = new Date();
    const priority: Priority = 'NORMAL';
    return this.db.$transaction(async (tx) => {
      const ticket = await tx.ticket.create({
        data: {
          id: randomUUID(),
          authorId: actor.userId,
          subject,
          body,
          category: input.category,
          priority,
          aboutType: input.about?.type ?? null,
          aboutId: input.about?.id ?? null,
          attachmentIds,
          ...deadlines(now, this.policies.get(priority)!),
          createdAt: now,
          updatedAt: now,
        },
      });
      await emit(tx, { type: 'TicketOpened', ticketId: ticket.id, authorId: ticket.authorId, category: ticket.category, priority, subject });
      return ticket;
    });
  }

  /** A ticket the actor may see: its author's, any for staff. Someone else's is NOT_FOUND (not FORBIDDEN: it tells nothing). */
  async visible(actor: Actor, id: string): Promise<Ticket> {
    const ticket = isUserId(id) ? await this.db.ticket.findUnique({ where: { id } }) : null;
    if (!ticket || (!actor.staff && ticket.authorId !== actor.userId)) throw notFound('Ticket');
    return ticket;
  }

  async mine(userId: string, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first, { fallback: 20, max: 100 });
    const cursor = after ? parseTimeKey(after) : null;
    const rows = await this.db.ticket.findMany({
      where: { authorId: userId, ...(cursor && { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] }) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: size + 1,
    });
    return connection(rows, size, (t) => timeKey(t.createdAt, t.id));
  }

  /** Staff queue: by status (default: not yet resolved), soonest first-response deadline first. */
  async queue(actor: Actor, statuses: string[] | null | undefined, assignedToMe: boolean, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first, { fallback: 20, max: 100 });
    const cursor = after ? parseTimeKey(after) : null;
    const rows = await this.db.ticket.findMany({
      where: {
        status: { in: statuses?.length ? statuses : OPEN_STATUSES },
        ...(assignedToMe && { assigneeId: actor.userId }),
        ...(cursor && { OR: [{ firstResponseDueAt: { gt: cursor.at } }, { firstResponseDueAt: cursor.at, id: { gt: cursor.id } }] }),
      },
      orderBy: [{ firstResponseDueAt: 'asc' }, { id: 'asc' }],
      take: size + 1,
    });
    return connection(rows, size, (t) => timeKey(t.firstResponseDueAt, t.id));
  }

  /**
   * Adds to the thread. A staff response answers the ticket (the first one stops the
   * first-response clock) and waits on the user, who is notified (TicketResponded); a response
   * of the author puts a ticket that waited on them back to OPEN. Closed tickets take none.
   */
  async respond(actor: Actor, ticketId: string, body: string) {
    const content = text(body, 'body', 10_000);
    const seen = await this.visible(actor, ticketId);
    const fromStaff = actor.staff && seen.authorId !== actor.userId;
    return this.db.$transaction(async (tx) => {
      const ticket = await this.lock(tx, ticketId);
      if (ticket.status === 'CLOSED') throw conflict('This ticket is closed: reopen it to respond');
      const now = new Date();
      const status = fromStaff ? (ticket.status === 'RESOLVED' ? 'RESOLVED' : 'WAITING_ON_USER') : ticket.status === 'WAITING_ON_USER' || ticket.status === 'RESOLVED' ? 'OPEN' : ticket.status;
      const response = await tx.ticketResponse.create({ data: { id: randomUUID(), ticketId, authorId: actor.userId, fromStaff, body: content, createdAt: now } });
      await tx.ticket.update({
        where: { id: ticketId },
        data: { status, updatedAt: now, ...(fromStaff && !ticket.firstRespondedAt && { firstRespondedAt: now }), ...(status === 'OPEN' && { resolvedAt: null }) },
      });
      await emit(tx, {
        type: 'TicketResponded',
        ticketId,
        responseId: response.id,
        authorId: ticket.authorId,
        responderId: actor.userId,
        fromStaff,
        subject: ticket.subject,
        excerpt: content.slice(0, 200),
      });
      if (status !== ticket.status) await emit(tx, { type: 'TicketStatusChanged', ticketId, authorId: ticket.authorId, status, previous: ticket.status, by: actor.userId });
      return response;
    });
  }

  /** Closes (author or staff); closing a closed ticket changes nothing. */
  async close(actor: Actor, id: string): Promise<Ticket> {
    await this.visible(actor, id);
    return this.changeStatus(actor, id, 'CLOSED');
  }

  /** Reopens a closed or resolved ticket (author or staff): OPEN again, its resolution clock running. */
  async reopen(actor: Actor, id: string): Promise<Ticket> {
    const ticket = await this.visible(actor, id);
    if (ticket.status !== 'CLOSED' && ticket.status !== 'RESOLVED') throw conflict('Only a closed or resolved ticket can be reopened');
    return this.changeStatus(actor, id, 'OPEN');
  }

  async setStatus(actor: Actor, id: string, status: string): Promise<Ticket> {
    await this.visible(actor, id);
    return this.changeStatus(actor, id, status);
  }

  async assign(actor: Actor, id: string, assigneeId: string | null | undefined): Promise<Ticket> {
    if (assigneeId && !isUserId(assigneeId)) throw badInput('assigneeId is not a user id', { field: 'assigneeId' });
    await this.visible(actor, id);
    return this.db.$transaction(async (tx) => {
      const ticket = await this.lock(tx, id);
      const updated = await tx.ticket.update({
        where: { id },
        data: { assigneeId: assigneeId ?? null, updatedAt: new Date(), ...(assigneeId && ticket.status === 'OPEN' && { status: 'IN_PROGRESS' }) },
      });
      await emit(tx, { type: 'TicketAssigned', ticketId: id, authorId: ticket.authorId, assigneeId: assigneeId ?? null, by: actor.userId });
      return updated;
    });
  }

  /** Changes the priority; the deadlines are those of the new priority, counted from when the ticket opened. */
  async setPriority(actor: Actor, id: string, priority: Priority): Promise<Ticket> {
    await this.visible(actor, id);
    return this.db.$transaction(async (tx) => {
      const ticket = await this.lock(tx, id);
      if (ticket.priority === priority) return ticket;
      const updated = await tx.ticket.update({ where: { id }, data: { priority, ...deadlines(ticket.createdAt, this.policies.get(priority)!), updatedAt: new Date() } });
      await emit(tx, { type: 'TicketPriorityChanged', ticketId: id, authorId: ticket.authorId, priority, previous: ticket.priority, by: actor.userId });
      return updated;
    });
  }

  responsesOf(ticketIds: readonly string[]) {
    return this.db.ticketResponse.findMany({ where: { ticketId: { in: [...ticketIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  private async changeStatus(actor: Actor, id: string, status: string): Promise<Ticket> {
    return this.db.$transaction(async (tx) => {
      const ticket = await this.lock(tx, id);
      if (ticket.status === status) return ticket;
      const now = new Date();
      const data: Prisma.TicketUpdateInput = { status, updatedAt: now };
      if (status === 'CLOSED') data.closedAt = now;
      if (status === 'RESOLVED') data.resolvedAt = now;
      if (OPEN_STATUSES.includes(status)) Object.assign(data, { closedAt: null, resolvedAt: null });
      const updated = await tx.ticket.update({ where: { id }, data });
      await emit(tx, { type: 'TicketStatusChanged', ticketId: id, authorId: ticket.authorId, status, previous: ticket.status, by: actor.userId });
      return updated;
    });
  }

  /** The ticket's row, locked for the rest of the transaction (changes to one ticket queue up). */
  private async lock(tx: Prisma.TransactionClient, id: string): Promise<Ticket> {
    await tx.$queryRaw`SELECT 1 FROM tickets WHERE id = ${id}::uuid FOR UPDATE`;
    const ticket = await tx.ticket.findUnique({ where: { id } });
    if (!ticket) throw notFound('Ticket');
    return ticket;
  }
}
