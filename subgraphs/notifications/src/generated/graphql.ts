import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Notification as NotificationRow } from './prisma/client.ts';
import type { NotificationData as NotificationDataJson } from '../domain/kinds.ts';
import type { NotificationsContext } from '../context.ts';
import type { Decimal } from '@worldgraph/kit';
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
  /** An exact decimal number as a string, e.g. "12.5"; at most 10 integer and 10 fractional digits. Money is never a float. */
  Decimal: { input: Decimal; output: Decimal | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type CalendarEvent = {
  __typename?: 'CalendarEvent';
  id: Scalars['ID']['output'];
};

export type Channel = {
  __typename?: 'Channel';
  id: Scalars['ID']['output'];
};

export type Dynasty = {
  __typename?: 'Dynasty';
  id: Scalars['ID']['output'];
};

/** A parcel, owned by features; a notification refers to it by id. */
export type Feature = {
  __typename?: 'Feature';
  id: Scalars['ID']['output'];
};

export type Hunt = {
  __typename?: 'Hunt';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Internal (accounts): texts a one-time code now, never stored or put on an event stream (the command log drops one-time codes and phone numbers). kind: a security kind whose channel is SMS (two_factor_code); phoneNumber: E.164. */
  internalSendSecurityCode: Scalars['Boolean']['output'];
  /** Marks every unread notification of the signed-in user read; returns how many were. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks one of the signed-in user's notifications read (keeps the first readAt). NOT_FOUND for anyone else's. */
  markNotificationRead: Notification;
  /** Switches kinds on or off per channel (at most 100 at once), all or none; returns every preference. Switching a security kind off is FORBIDDEN (reason MANDATORY_NOTIFICATION) and changes nothing. */
  updateNotificationPreferences: Array<NotificationPreference>;
};


export type MutationInternalSendSecurityCodeArgs = {
  expiresAt: Scalars['DateTime']['input'];
  kind: NotificationKind;
  oneTimeCode: Scalars['String']['input'];
  phoneNumber: Scalars['String']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: Array<NotificationPreferenceInput>;
};

/** A message to the signed-in user, shown in the app. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  data: NotificationData;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

/** Where a notification reaches you. */
export type NotificationChannel =
  | 'email'
  /** The list in the app (notifications, notificationAdded). */
  | 'in_app'
  /** To the phone number you confirmed (two-factor by SMS). */
  | 'sms';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** The viewer's unread notifications, whatever the page. */
  unreadCount: Scalars['Int']['output'];
};

/** What a notification refers to; each field is set when it applies. */
export type NotificationData = {
  __typename?: 'NotificationData';
  amount?: Maybe<Scalars['Decimal']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  /** The calendar event, for event_reminder. */
  calendarEvent?: Maybe<CalendarEvent>;
  /** The chat channel, for chat_mention. */
  channel?: Maybe<Channel>;
  /** The dynasty, for dynasty_* kinds (requestId is then the join request). */
  dynasty?: Maybe<Dynasty>;
  feature?: Maybe<Feature>;
  /** The hour profits were credited for, for profits_credited. */
  hour?: Maybe<Scalars['DateTime']['output']>;
  /** The hunt, for hunt_finished and reward_paid. */
  hunt?: Maybe<Hunt>;
  /** The message, for chat_mention. */
  messageId?: Maybe<Scalars['ID']['output']>;
  /** The purchase, for parcel_sold and purchases. */
  purchaseId?: Maybe<Scalars['ID']['output']>;
  /** The buy request, for buy_request_* kinds. */
  requestId?: Maybe<Scalars['ID']['output']>;
  /** When the reminded occurrence starts, for event_reminder. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The support ticket, for ticket_response. */
  ticket?: Maybe<Ticket>;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  /** The owner accepted your offer; the parcel is yours. */
  | 'buy_request_accepted'
  /** Someone offered a price for one of your parcels. */
  | 'buy_request_received'
  /** The owner rejected your offer. */
  | 'buy_request_rejected'
  /** Someone mentioned you in a chat message. */
  | 'chat_mention'
  /** Your request to join a dynasty, or your invitation, was answered. */
  | 'dynasty_request_answered'
  /** Someone asked to join your dynasty, or invited you to theirs. */
  | 'dynasty_request_received'
  /** A calendar event you are going to or interested in starts soon. */
  | 'event_reminder'
  /** You reached a hunt's treasure. */
  | 'hunt_finished'
  /** An admin decided your identity verification (KYC): verified, or rejected with a reason. */
  | 'kyc_decided'
  /** You reached a new level. */
  | 'level_up'
  /** One of your parcels was bought. */
  | 'parcel_sold'
  /** A password reset link (accounts sends it by email). Security: always sent, cannot be switched off. */
  | 'password_reset'
  /** Your parcels earned their hourly profit. */
  | 'profits_credited'
  /** A hunt's reward was credited to your wallet. */
  | 'reward_paid'
  /** Anything else the platform tells you. */
  | 'system'
  /** Support staff responded to your ticket. */
  | 'ticket_response'
  /** A two-factor sign-in code by SMS. Security: always sent, cannot be switched off; never stored in-app. */
  | 'two_factor_code';

/** One kind on one channel, as the signed-in user has it. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  channel: NotificationChannel;
  enabled: Scalars['Boolean']['output'];
  kind: NotificationKind;
  /** Security messages: always sent on this channel, cannot be switched off. */
  mandatory: Scalars['Boolean']['output'];
};

/** A choice for one kind on one channel. */
export type NotificationPreferenceInput = {
  channel: NotificationChannel;
  enabled: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user's channels per kind: every kind on in-app, email and SMS (security kinds on their one mandatory channel). Defaults until changed: in-app on, email and SMS as configured. */
  notificationPreferences: Array<NotificationPreference>;
  /** The signed-in user's notifications, newest first, 1-100 per page; unreadOnly keeps the unread ones. */
  notifications: NotificationConnection;
  /** How many of the signed-in user's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each notification of the signed-in user, as it is created. */
  notificationAdded: Notification;
};

export type Ticket = {
  __typename?: 'Ticket';
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CalendarEvent: ResolverTypeWrapper<CalendarEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Channel: ResolverTypeWrapper<Channel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Dynasty: ResolverTypeWrapper<Dynasty>;
  Feature: ResolverTypeWrapper<Feature>;
  Hunt: ResolverTypeWrapper<Hunt>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationChannel: NotificationChannel;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationData: ResolverTypeWrapper<NotificationDataJson>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  NotificationPreferenceInput: NotificationPreferenceInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<Ticket>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CalendarEvent: CalendarEvent;
  ID: Scalars['ID']['output'];
  Channel: Channel;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Dynasty: Dynasty;
  Feature: Feature;
  Hunt: Hunt;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Notification: NotificationRow;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationData: NotificationDataJson;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreference: NotificationPreference;
  NotificationPreferenceInput: NotificationPreferenceInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  Ticket: Ticket;
}>;

export type CalendarEventResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['CalendarEvent'] = ResolversParentTypes['CalendarEvent']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChannelResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DynastyResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Dynasty'] = ResolversParentTypes['Dynasty']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FeatureResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type HuntResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Hunt'] = ResolversParentTypes['Hunt']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  internalSendSecurityCode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationInternalSendSecurityCodeArgs, 'expiresAt' | 'kind' | 'oneTimeCode' | 'phoneNumber'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationRead?: Resolver<ResolversTypes['Notification'], ParentType, ContextType, RequireFields<MutationMarkNotificationReadArgs, 'id'>>;
  updateNotificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType, RequireFields<MutationUpdateNotificationPreferencesArgs, 'input'>>;
}>;

export type NotificationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['NotificationData'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationDataResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationData'] = ResolversParentTypes['NotificationData']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calendarEvent?: Resolver<Maybe<ResolversTypes['CalendarEvent']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  dynasty?: Resolver<Maybe<ResolversTypes['Dynasty']>, ParentType, ContextType>;
  feature?: Resolver<Maybe<ResolversTypes['Feature']>, ParentType, ContextType>;
  hour?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hunt?: Resolver<Maybe<ResolversTypes['Hunt']>, ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  purchaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationPreferenceResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
}>;

export type TicketResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = NotificationsContext> = ResolversObject<{
  CalendarEvent?: CalendarEventResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Dynasty?: DynastyResolvers<ContextType>;
  Feature?: FeatureResolvers<ContextType>;
  Hunt?: HuntResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationData?: NotificationDataResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
}>;

