// Shared operations of the support tests, through the router.
import { gql, mintAccessToken, registerUser, type TestUser } from '@worldgraph/testenv';
import { ok, eventually } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok, eventually };

/** The first error's code. */
export async function codeOf(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await gql(query, variables, { token });
  return res.errors?.[0]?.extensions?.code;
}

/** A registered user acting as support staff (a token with the `support` role, as accounts would sign it). */
export async function staffUser(): Promise<TestUser & { staffToken: string }> {
  const user = await registerUser();
  return { ...user, staffToken: await mintAccessToken({ sub: user.id, roles: ['user', 'support'] }) };
}

export const TICKET_FIELDS = 'id subject body category status priority author { id } assignee { id } about { type id } attachments { id } responses { id body fromStaff author { id } } closedAt firstRespondedAt';
export const OPEN = `mutation ($i: OpenTicketInput!) { openTicket(input: $i) { ${TICKET_FIELDS} } }`;
export const TICKET = `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`;
export const TICKET_SLA = 'query ($id: ID!) { ticket(id: $id) { id priority sla { firstResponseDueAt resolutionDueAt firstResponseBreached resolutionBreached } } }';
export const RESPOND = 'mutation ($t: ID!, $b: String!) { respondToTicket(ticketId: $t, body: $b) { id fromStaff body author { id } } }';
export const CLOSE = 'mutation ($id: ID!) { closeTicket(id: $id) { id status closedAt } }';
export const REOPEN = 'mutation ($id: ID!) { reopenTicket(id: $id) { id status closedAt } }';
export const ASSIGN = 'mutation ($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id status assignee { id } } }';
export const PRIORITY = 'mutation ($id: ID!, $p: TicketPriority!) { setTicketPriority(id: $id, priority: $p) { id priority sla { firstResponseDueAt resolutionDueAt } } }';
export const STATUS = 'mutation ($id: ID!, $s: TicketStatus!) { setTicketStatus(id: $id, status: $s) { id status } }';
export const NOTIFICATIONS = 'query { notifications(first: 50) { edges { node { id kind title body } } } }';
export const REPORT = 'mutation ($i: ReportInput!) { report(input: $i) { id targetType targetId status } }';
export const QUEUE = 'query ($s: ReportStatus, $first: Int, $after: String) { reportQueue(status: $s, first: $first, after: $after) { edges { node { id targetType targetId status reporterCount outcome outcomeNote subjectUser { id } reasons { reason reporter { id } } } } pageInfo { hasNextPage endCursor } } }';
export const DECIDE = 'mutation ($i: DecideReportInput!) { decideReport(input: $i) { id status outcome outcomeNote subjectUser { id } decidedAt } }';

/** Opens a ticket as `user`. */
export async function openTicket(user: TestUser, extra: Record<string, unknown> = {}) {
  const { openTicket: t } = await ok(OPEN, { i: { subject: 'Cannot buy my parcel', body: 'The button does nothing.', category: 'LAND', ...extra } }, user.accessToken);
  return t;
}
