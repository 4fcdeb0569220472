// Tickets through the router on real Postgres: the lifecycle with the author notified of staff
// responses, others' tickets refused, staff-only fields, SLA deadlines and breaches.
import { randomUUID } from 'node:crypto';
import { closeDatabases, database, gql, refusal, registerUser } from '@worldgraph/testenv';
import { ASSIGN, CLOSE, codeOf, eventually, NOTIFICATIONS, ok, openTicket, PRIORITY, REOPEN, RESPOND, STATUS, staffUser, TICKET, TICKET_SLA } from './helpers.ts';

afterAll(closeDatabases);

test('a ticket from opening to close and reopen, its author notified of each staff response', async () => {
  const user = await registerUser();
  const staff = await staffUser();
  const ticket = await openTicket(user, { about: { type: 'HUNT', id: 'hunt-42' } });
  expect(ticket).toMatchObject({ status: 'OPEN', priority: 'NORMAL', category: 'LAND', author: { id: user.id }, about: { type: 'HUNT', id: 'hunt-42' }, responses: [], firstRespondedAt: null });

  const { assignTicket } = await ok(ASSIGN, { id: ticket.id, a: staff.id }, staff.staffToken);
  expect(assignTicket).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: staff.id } });
  const first = await ok(RESPOND, { t: ticket.id, b: 'Which parcel is it?' }, staff.staffToken);
  expect(first.respondToTicket).toMatchObject({ fromStaff: true, author: { id: staff.id } });
  await ok(RESPOND, { t: ticket.id, b: 'Parcel 12' }, user.accessToken);
  await ok(RESPOND, { t: ticket.id, b: 'Fixed, try again.' }, staff.staffToken);

  const { ticket: read } = await ok(TICKET, { id: ticket.id }, user.accessToken);
  expect(read.responses.map((r: any) => [r.body, r.fromStaff])).toEqual([['Which parcel is it?', true], ['Parcel 12', false], ['Fixed, try again.', true]]);
  expect(read.status).toBe('WAITING_ON_USER');
  expect(read.firstRespondedAt).not.toBeNull();

  // One notification per staff response, none for the user's own.
  const notes = await eventually(
    async () => (await ok(NOTIFICATIONS, {}, user.accessToken)).notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'ticket_response'),
    (n) => n.length >= 2,
  );
  expect(notes.map((n: any) => n.body).sort()).toEqual(['Fixed, try again.', 'Which parcel is it?']);
  expect(notes[0].title).toBe('Support answered: Cannot buy my parcel');

  const { closeTicket } = await ok(CLOSE, { id: ticket.id }, user.accessToken);
  expect(closeTicket.status).toBe('CLOSED');
  expect(closeTicket.closedAt).not.toBeNull();
  expect(await codeOf(RESPOND, { t: ticket.id, b: 'more' }, user.accessToken)).toBe('CONFLICT');
  const { reopenTicket } = await ok(REOPEN, { id: ticket.id }, user.accessToken);
  expect(reopenTicket).toMatchObject({ status: 'OPEN', closedAt: null });
  expect(await codeOf(REOPEN, { id: ticket.id }, user.accessToken)).toBe('CONFLICT');
  expect((await ok(STATUS, { id: ticket.id, s: 'RESOLVED' }, staff.staffToken)).setTicketStatus.status).toBe('RESOLVED');

  // The audit trail of the ticket's changes is in the outbox as domain events.
  const { rows } = await database('support').query("SELECT type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id", [ticket.id]);
  expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['TicketOpened', 'TicketAssigned', 'TicketResponded', 'TicketStatusChanged']));
});

test("a user reads only their own tickets: someone else's is NOT_FOUND, and staff fields are refused", async () => {
  const [alice, bob] = await Promise.all([registerUser(), registerUser()]);
  const ticket = await openTicket(alice);
  expect(await codeOf(TICKET, { id: ticket.id }, bob.accessToken)).toBe('NOT_FOUND');
  expect(await codeOf(RESPOND, { t: ticket.id, b: 'hello' }, bob.accessToken)).toBe('NOT_FOUND');
  expect(await codeOf(CLOSE, { id: ticket.id }, bob.accessToken)).toBe('NOT_FOUND');
  expect(await codeOf(TICKET, { id: 'not-a-uuid' }, bob.accessToken)).toBe('NOT_FOUND');
  expect(await codeOf(TICKET, { id: ticket.id })).toBe('UNAUTHENTICATED');
  expect(await codeOf(TICKET_SLA, { id: ticket.id }, alice.accessToken)).toBe('FORBIDDEN');
  expect(await codeOf(ASSIGN, { id: ticket.id, a: alice.id }, alice.accessToken)).toBe('FORBIDDEN');
  const mine = await ok('query { myTickets(first: 10) { edges { node { id } } } }', {}, bob.accessToken);
  expect(mine.myTickets.edges).toEqual([]);
  expect(await codeOf('mutation ($i: OpenTicketInput!) { openTicket(input: $i) { id } }', { i: { subject: '  ', body: 'x', category: 'OTHER' } }, alice.accessToken)).toBe('BAD_USER_INPUT');
});

test("attachments must be the author's own files in media (asked of media through _entities)", async () => {
  const [alice, bob] = await Promise.all([registerUser(), registerUser()]);
  // Files as media stores them once uploaded (the bytes do not matter to the ownership check).
  const file = async (ownerId: string, purpose = 'ATTACHMENT') => {
    const id = randomUUID();
    await database('media').query("INSERT INTO media (id, owner_id, purpose, filename, storage_key, content_type, size, checksum) VALUES ($1::uuid, $2, $3, 'shot.png', $1::text, 'image/png', 10, repeat('0', 64))", [id, ownerId, purpose]);
    return id;
  };
  const [mine, theirs] = await Promise.all([file(alice.id), file(bob.id)]);
  const OPEN_ID = 'mutation ($i: OpenTicketInput!) { openTicket(input: $i) { id attachments { id } } }';
  const input = (attachmentIds: string[]) => ({ i: { subject: 's', body: 'b', category: 'OTHER', attachmentIds } });
  expect((await ok(OPEN_ID, input([mine]), alice.accessToken)).openTicket.attachments).toEqual([{ id: mine }]);
  expect(await codeOf(OPEN_ID, input([mine, theirs]), alice.accessToken)).toBe('FORBIDDEN');
  expect(await codeOf(OPEN_ID, input([randomUUID()]), alice.accessToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(OPEN_ID, input(['x']), alice.accessToken)).toBe('BAD_USER_INPUT');
  // An identity document would be unreadable to the staff on the ticket: refused up front, pointing to KYC.
  const passport = await file(alice.id, 'KYC');
  const kyc = await refusal(OPEN_ID, input([mine, passport]), alice.accessToken);
  expect(kyc).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KYC_DOCUMENT', message: expect.stringContaining('submitKyc') });
  const { myTickets } = await ok('query { myTickets(first: 10) { edges { node { attachments { id } } } } }', {}, alice.accessToken);
  expect(myTickets.edges).toEqual([{ node: { attachments: [{ id: mine }] } }]);
});

test('SLA deadlines follow the priority and breaches are judged by the server clock', async () => {
  const user = await registerUser();
  const staff = await staffUser();
  const ticket = await openTicket(user);
  const { ticket: fresh } = await ok(TICKET_SLA, { id: ticket.id }, staff.staffToken);
  expect(fresh.sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: false });
  const { supportSlaPolicies } = await ok('query { supportSlaPolicies { priority firstResponseMinutes resolutionMinutes } }', {}, staff.staffToken);
  const urgent = supportSlaPolicies.find((p: any) => p.priority === 'URGENT');

  const { setTicketPriority } = await ok(PRIORITY, { id: ticket.id, p: 'URGENT' }, staff.staffToken);
  const { rows: [row] } = await database('support').query('SELECT created_at FROM tickets WHERE id = $1', [ticket.id]);
  expect(new Date(setTicketPriority.sla.firstResponseDueAt).getTime()).toBe(row.created_at.getTime() + urgent.firstResponseMinutes * 60_000);
  expect(new Date(setTicketPriority.sla.resolutionDueAt).getTime()).toBe(row.created_at.getTime() + urgent.resolutionMinutes * 60_000);

  // The ticket opened two days ago: both deadlines have passed unanswered.
  await database('support').query("UPDATE tickets SET created_at = created_at - interval '2 days', first_response_due_at = first_response_due_at - interval '2 days', resolution_due_at = resolution_due_at - interval '2 days' WHERE id = $1", [ticket.id]);
  const { ticket: late } = await ok(TICKET_SLA, { id: ticket.id }, staff.staffToken);
  expect(late.sla).toMatchObject({ firstResponseBreached: true, resolutionBreached: true });
  // Answering now does not undo a late first response.
  await ok(RESPOND, { t: ticket.id, b: 'Sorry for the wait' }, staff.staffToken);
  expect((await ok(TICKET_SLA, { id: ticket.id }, staff.staffToken)).ticket.sla.firstResponseBreached).toBe(true);

  // The queue lists the most overdue first.
  const queue = await ok('query { supportQueue(first: 100) { edges { node { id sla { firstResponseBreached } } } } }', {}, staff.staffToken);
  expect(queue.supportQueue.edges[0].node.id).toBe(ticket.id);
  expect(await codeOf('query { supportQueue(first: 5) { edges { node { id } } } }', {}, user.accessToken)).toBe('FORBIDDEN');
});
