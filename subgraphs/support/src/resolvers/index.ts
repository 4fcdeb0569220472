import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Report, ReportReason, Ticket, TicketResponse } from './Ticket.ts';

export const resolvers: Resolvers = { Query, Mutation, Ticket, TicketResponse, Report, ReportReason };
