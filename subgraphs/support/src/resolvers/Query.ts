import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  myTickets: (_p, { first, after }, ctx) => ctx.tickets.mine(ctx.actor().userId, first, after),
  ticket: (_p, { id }, ctx) => ctx.tickets.visible(ctx.actor(), id),
  supportQueue: (_p, { statuses, assignedToMe, first, after }, ctx) => ctx.tickets.queue(ctx.actor(), statuses, !!assignedToMe, first, after),
  supportSlaPolicies: (_p, _args, ctx) => ctx.tickets.policyList(),
  reportQueue: (_p, { status, first, after }, ctx) => ctx.reports.queue(status ?? 'OPEN', first, after),
};
