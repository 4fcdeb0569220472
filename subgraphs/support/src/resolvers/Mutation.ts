import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  openTicket: (_p, { input }, ctx) => ctx.tickets.open(ctx.actor(), input, ctx.requestId),
  respondToTicket: (_p, { ticketId, body }, ctx) => ctx.tickets.respond(ctx.actor(), ticketId, body),
  closeTicket: (_p, { id }, ctx) => ctx.tickets.close(ctx.actor(), id),
  reopenTicket: (_p, { id }, ctx) => ctx.tickets.reopen(ctx.actor(), id),
  assignTicket: (_p, { id, assigneeId }, ctx) => ctx.tickets.assign(ctx.actor(), id, assigneeId),
  setTicketPriority: (_p, { id, priority }, ctx) => ctx.tickets.setPriority(ctx.actor(), id, priority),
  setTicketStatus: (_p, { id, status }, ctx) => ctx.tickets.setStatus(ctx.actor(), id, status),
  report: (_p, { input }, ctx) => ctx.reports.file(ctx.actor(), input),
  decideReport: (_p, { input }, ctx) => ctx.reports.decide(ctx.actor(), input, ctx.requestId),
};
