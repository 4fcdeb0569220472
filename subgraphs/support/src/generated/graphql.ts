import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketRow, TicketResponse as TicketResponseRow, Report as ReportRow, ReportReporter as ReportReporterRow } from './prisma/client.ts';
import type { SupportContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An exact instant, ISO-8601 in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type DecideReportInput = {
  /** For LIMITED: what the user may no longer do. */
  limitation?: InputMaybe<LimitationKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ReportOutcome;
  reportId: Scalars['ID']['input'];
  /** For LIMITED: until when (in the future). */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** The user warned or limited; defaults to the target of a USER report (required otherwise, except to dismiss). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A limitation set on a user's profile by a LIMITED outcome. */
export type LimitationKind =
  | 'CANNOT_CHAT'
  | 'CANNOT_TRADE';

export type Media = {
  __typename?: 'Media';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff: gives a ticket to a staff member (null: unassigned). */
  assignTicket: Ticket;
  /** Closes a ticket: its author or staff. */
  closeTicket: Ticket;
  /** Staff: decides an open report (every outcome is a domain event; LIMITED limits the user in accounts). */
  decideReport: Report;
  /** Opens a ticket (attachments must be the viewer's own files). */
  openTicket: Ticket;
  /** Reopens a closed or resolved ticket: its author or staff. */
  reopenTicket: Ticket;
  /** Reports a user, parcel, chat message or event; a second report of the same target by the same user folds into the first. */
  report: Report;
  /** Adds to a ticket's thread: its author, or staff (who are then notified to the author). */
  respondToTicket: TicketResponse;
  /** Staff: changes a ticket's priority (its SLA deadlines move with it). */
  setTicketPriority: Ticket;
  /** Staff: changes a ticket's status. */
  setTicketStatus: Ticket;
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCloseTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecideReportArgs = {
  input: DecideReportInput;
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationReopenTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportArgs = {
  input: ReportInput;
};


export type MutationRespondToTicketArgs = {
  body: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationSetTicketPriorityArgs = {
  id: Scalars['ID']['input'];
  priority: TicketPriority;
};


export type MutationSetTicketStatusArgs = {
  id: Scalars['ID']['input'];
  status: TicketStatus;
};

export type OpenTicketInput = {
  about?: InputMaybe<TicketAboutInput>;
  /** Media ids of files the user uploaded (their own). Not identity documents (purpose KYC): BAD_USER_INPUT with reason KYC_DOCUMENT, they go through submitKyc. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  category: TicketCategory;
  subject: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The viewer's tickets, newest first. */
  myTickets: TicketConnection;
  /** Moderation queue: reports by status (default OPEN), most reporters first for open ones. */
  reportQueue: ReportConnection;
  /** Staff queue: tickets by status (default: open ones), soonest first-response deadline first. */
  supportQueue: TicketConnection;
  /** The SLA of each priority (configuration). */
  supportSlaPolicies: Array<SlaPolicy>;
  /** A ticket: its author's, or any for staff (someone else's is NOT_FOUND). */
  ticket: Ticket;
};


export type QueryMyTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
};


export type QuerySupportQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<TicketStatus>>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

/** Everything reported about one target: reports of the same target fold into one, one per reporter. */
export type Report = {
  __typename?: 'Report';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  outcome?: Maybe<ReportOutcome>;
  outcomeNote?: Maybe<Scalars['String']['output']>;
  /** The reporters' reasons, oldest first. */
  reasons: Array<ReportReason>;
  /** How many different users reported it. */
  reporterCount: Scalars['Int']['output'];
  status: ReportStatus;
  /** The user an outcome warned or limited. */
  subjectUser?: Maybe<User>;
  targetId: Scalars['ID']['output'];
  targetType: ReportTargetType;
  /** The last time someone reported it. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of reports. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
};

/** A report in a page of reports. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  cursor: Scalars['String']['output'];
  node: Report;
};

export type ReportInput = {
  reason: Scalars['String']['input'];
  targetId: Scalars['ID']['input'];
  targetType: ReportTargetType;
};

/** What staff decided about a report. */
export type ReportOutcome =
  /** Nothing wrong. */
  | 'DISMISSED'
  /** The user responsible was limited (cannot chat, or cannot trade, until a time). */
  | 'LIMITED'
  /** The user responsible was warned. */
  | 'WARNED';

/** One reporter's reason. */
export type ReportReason = {
  __typename?: 'ReportReason';
  createdAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  reporter: User;
};

export type ReportStatus =
  | 'DECIDED'
  | 'OPEN';

/** What a report is about. */
export type ReportTargetType =
  /** A calendar event (content). */
  | 'EVENT'
  /** A land parcel (features). */
  | 'FEATURE'
  /** A chat message (chat message id). */
  | 'MESSAGE'
  | 'USER';

/** The SLA of one priority: how long staff have to answer first, and to resolve. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  firstResponseMinutes: Scalars['Int']['output'];
  priority: TicketPriority;
  resolutionMinutes: Scalars['Int']['output'];
};

/** A user's request for help, with its thread. */
export type Ticket = {
  __typename?: 'Ticket';
  about?: Maybe<TicketAbout>;
  /** The staff member handling it. */
  assignee?: Maybe<User>;
  attachments: Array<Media>;
  author: User;
  body: Scalars['String']['output'];
  category: TicketCategory;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  firstRespondedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  priority: TicketPriority;
  /** The thread, oldest first. */
  responses: Array<TicketResponse>;
  /** SLA deadlines and breaches: staff only. */
  sla: TicketSla;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** The entity a ticket is about. */
export type TicketAbout = {
  __typename?: 'TicketAbout';
  id: Scalars['ID']['output'];
  type: TicketAboutType;
};

export type TicketAboutInput = {
  id: Scalars['ID']['input'];
  type: TicketAboutType;
};

/** The kind of entity a ticket is about. */
export type TicketAboutType =
  /** A land parcel (features). */
  | 'FEATURE'
  /** A treasure hunt (hunts). */
  | 'HUNT'
  /** A chat message (chat). */
  | 'MESSAGE'
  /** A purchase (wallet/features purchase id). */
  | 'PURCHASE';

/** What a ticket is about, broadly (routes it to the right staff). */
export type TicketCategory =
  | 'ACCOUNT'
  | 'CHAT'
  | 'HUNT'
  | 'LAND'
  | 'OTHER'
  | 'PAYMENT'
  | 'TECHNICAL';

/** A page of tickets. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
};

/** A ticket in a page of tickets. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** How urgent a ticket is; each priority has its SLA deadlines (see supportSlaPolicies). */
export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** One message of a ticket's thread. */
export type TicketResponse = {
  __typename?: 'TicketResponse';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Written by staff (support or admin). */
  fromStaff: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** Deadlines of a ticket under its priority's SLA, and whether they were missed (by the server's clock). */
export type TicketSla = {
  __typename?: 'TicketSla';
  /** No staff response by firstResponseDueAt (answered late, or still unanswered past it). */
  firstResponseBreached: Scalars['Boolean']['output'];
  firstResponseDueAt: Scalars['DateTime']['output'];
  /** Not resolved or closed by resolutionDueAt. */
  resolutionBreached: Scalars['Boolean']['output'];
  resolutionDueAt: Scalars['DateTime']['output'];
};

export type TicketStatus =
  /** Closed by the user or staff; reopening brings it back to OPEN. */
  | 'CLOSED'
  /** Staff are on it. */
  | 'IN_PROGRESS'
  /** Waiting for staff. */
  | 'OPEN'
  /** Staff consider it solved; the user may still reopen it. */
  | 'RESOLVED'
  /** Staff asked the user something. */
  | 'WAITING_ON_USER';

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Ticket: Ticket;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideReportInput: DecideReportInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  LimitationKind: LimitationKind;
  Media: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: OpenTicketInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Report: ResolverTypeWrapper<ReportRow>;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportInput: ReportInput;
  ReportOutcome: ReportOutcome;
  ReportReason: ResolverTypeWrapper<ReportReporterRow>;
  ReportStatus: ReportStatus;
  ReportTargetType: ReportTargetType;
  SlaPolicy: ResolverTypeWrapper<SlaPolicy>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketAbout: ResolverTypeWrapper<TicketAbout>;
  TicketAboutInput: TicketAboutInput;
  TicketAboutType: TicketAboutType;
  TicketCategory: TicketCategory;
  TicketConnection: ResolverTypeWrapper<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketPriority: TicketPriority;
  TicketResponse: ResolverTypeWrapper<TicketResponseRow>;
  TicketSla: ResolverTypeWrapper<TicketSla>;
  TicketStatus: TicketStatus;
  User: ResolverTypeWrapper<{ id: string }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  DecideReportInput: DecideReportInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Media: { id: string };
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: OpenTicketInput;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Report: ReportRow;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportInput: ReportInput;
  ReportReason: ReportReporterRow;
  SlaPolicy: SlaPolicy;
  Ticket: TicketRow;
  TicketAbout: TicketAbout;
  TicketAboutInput: TicketAboutInput;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketResponse: TicketResponseRow;
  TicketSla: TicketSla;
  User: { id: string };
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MediaResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assignTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'id'>>;
  closeTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationCloseTicketArgs, 'id'>>;
  decideReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationDecideReportArgs, 'input'>>;
  openTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  reopenTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationReopenTicketArgs, 'id'>>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationReportArgs, 'input'>>;
  respondToTicket?: Resolver<ResolversTypes['TicketResponse'], ParentType, ContextType, RequireFields<MutationRespondToTicketArgs, 'body' | 'ticketId'>>;
  setTicketPriority?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationSetTicketPriorityArgs, 'id' | 'priority'>>;
  setTicketStatus?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationSetTicketStatusArgs, 'id' | 'status'>>;
}>;

export type PageInfoResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  myTickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryMyTicketsArgs, 'first'>>;
  reportQueue?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, RequireFields<QueryReportQueueArgs, 'first' | 'status'>>;
  supportQueue?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QuerySupportQueueArgs, 'assignedToMe' | 'first'>>;
  supportSlaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
}>;

export type ReportResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReportOutcome']>, ParentType, ContextType>;
  outcomeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ReportReason']>, ParentType, ContextType>;
  reporterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  subjectUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['ReportTargetType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReportConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReportEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
}>;

export type ReportReasonResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ReportReason'] = ResolversParentTypes['ReportReason']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type SlaPolicyResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy']> = ResolversObject<{
  firstResponseMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolutionMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  about?: Resolver<Maybe<ResolversTypes['TicketAbout']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['TicketResponse']>, ParentType, ContextType>;
  sla?: Resolver<ResolversTypes['TicketSla'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TicketAboutResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketAbout'] = ResolversParentTypes['TicketAbout']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TicketAboutType'], ParentType, ContextType>;
}>;

export type TicketConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TicketEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type TicketResponseResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketResponse'] = ResolversParentTypes['TicketResponse']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStaff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TicketSlaResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketSla'] = ResolversParentTypes['TicketSla']> = ResolversObject<{
  firstResponseBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstResponseDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolutionBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SupportContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Media?: MediaResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportReason?: ReportReasonResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketAbout?: TicketAboutResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketResponse?: TicketResponseResolvers<ContextType>;
  TicketSla?: TicketSlaResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

