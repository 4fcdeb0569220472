import type DataLoader from 'dataloader';
import type { BaseContext } from '@worldgraph/kit';
import type { ReportReporter, TicketResponse } from './generated/prisma/client.ts';
import type { Reports } from './domain/reports.ts';
import type { Actor, Tickets } from './domain/tickets.ts';

/** support's resolver context: the kit's, plus the services and this request's loaders. */
export interface SupportContext extends BaseContext {
  tickets: Tickets;
  reports: Reports;
  /** The signed-in viewer as an actor (UNAUTHENTICATED otherwise). */
  actor(): Actor;
  responsesOf: DataLoader<string, TicketResponse[]>;
  reasonsOf: DataLoader<string, ReportReporter[]>;
}
