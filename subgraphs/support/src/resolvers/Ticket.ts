import type { ReportReasonResolvers, ReportResolvers, TicketResolvers, TicketResponseResolvers } from '../generated/graphql.ts';
import { slaOf } from '../domain/sla.ts';

export const Ticket: TicketResolvers = {
  __resolveReference: (ref, ctx) => ctx.tickets.visible(ctx.actor(), ref.id),
  author: (t) => ({ id: t.authorId }),
  assignee: (t) => (t.assigneeId ? { id: t.assigneeId } : null),
  about: (t) => (t.aboutType && t.aboutId ? { type: t.aboutType as never, id: t.aboutId } : null),
  attachments: (t) => t.attachmentIds.map((id) => ({ id })),
  responses: (t, _args, ctx) => ctx.responsesOf.load(t.id),
  sla: (t) => slaOf(t, new Date()),
};

export const TicketResponse: TicketResponseResolvers = {
  author: (r) => ({ id: r.authorId }),
};

export const Report: ReportResolvers = {
  reasons: (r, _args, ctx) => ctx.reasonsOf.load(r.id),
  subjectUser: (r) => (r.subjectUserId ? { id: r.subjectUserId } : null),
};

export const ReportReason: ReportReasonResolvers = {
  reporter: (r) => ({ id: r.reporterId }),
};
