import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Channel as ChannelRow, ChannelMember as ChannelMemberRow } from './prisma/client.ts';
import type { MessagePayload } from '../domain/outbox.ts';
import type { Activity } from '../domain/live.ts';
import type { ReportView } from '../domain/messages.ts';
import type { ChatContext } from '../context.ts';
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

/** A place to talk. */
export type Channel = {
  __typename?: 'Channel';
  /** Closed channels (a dissolved dynasty, a closed hunt) keep their history and take no messages. */
  closed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ChannelKind;
  /** The newest message. */
  lastMessage?: Maybe<Message>;
  /** Members, in the order they joined (empty for the global channel). */
  members: Array<ChannelMember>;
  /**
   * History, newest first: `before` pages back in time; `after` pages forward from a message (newest
   * last then, oldest first).
   */
  messages: MessageConnection;
  /** The viewer's role here: member, moderator or owner (null in the global channel). */
  myRole?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Messages after the viewer's read marker, not counting the viewer's own (at most 100). */
  unreadCount: Scalars['Int']['output'];
};


/** A place to talk. */
export type ChannelMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place to talk. */
export type ChannelMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something that happened in one of the viewer's channels. */
export type ChannelActivity = {
  __typename?: 'ChannelActivity';
  channel: Channel;
  /** message, edited, deleted, typing */
  kind: Scalars['String']['output'];
  message?: Maybe<Message>;
  /** Who is typing (kind typing). */
  user?: Maybe<User>;
};

export type ChannelKind =
  /** Two users. */
  | 'DIRECT'
  /** A dynasty's members (from social). */
  | 'DYNASTY'
  /** The world's channel: everyone reads and writes. */
  | 'GLOBAL'
  /** A hunt's participants and its partner (from hunts). */
  | 'HUNT'
  /** A party: invite-only. */
  | 'PARTY';

export type ChannelMember = {
  __typename?: 'ChannelMember';
  joinedAt: Scalars['DateTime']['output'];
  mutedUntil?: Maybe<Scalars['DateTime']['output']>;
  role: Scalars['String']['output'];
  user: User;
};

/** A reported message, for moderators. */
export type ChatReport = {
  __typename?: 'ChatReport';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Message;
  reason: Scalars['String']['output'];
  reporter: User;
};

export type Dynasty = {
  __typename?: 'Dynasty';
  /** The dynasty's chat (its members). */
  chatChannel?: Maybe<Channel>;
  id: Scalars['ID']['output'];
};

export type Hunt = {
  __typename?: 'Hunt';
  /** The hunt's chat (its participants and its partner). */
  chatChannel?: Maybe<Channel>;
  id: Scalars['ID']['output'];
};

/** A message. Deleted messages keep their place with `deleted` and no body. */
export type Message = {
  __typename?: 'Message';
  author: User;
  /** Null once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  channel: Channel;
  /** The client's id of it (a retry with the same id returns the same message). */
  clientMessageId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  mentions: Array<User>;
  replyTo?: Maybe<Message>;
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: MessagePageInfo;
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type MessagePageInfo = {
  __typename?: 'MessagePageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  blockUser: Scalars['Boolean']['output'];
  /** A new invite-only channel with the viewer as owner. */
  createPartyChannel: Channel;
  /** Deletes a message: one's own, or any as a channel moderator or admin. */
  deleteMessage: Message;
  /** Changes one's own message within the edit window. */
  editMessage: Message;
  /** Adds a user to a party channel (its owner or moderators). */
  inviteToChannel: Channel;
  /** Leaves a party channel. */
  leaveChannel: Scalars['Boolean']['output'];
  /** Moves the viewer's read marker to a message. */
  markChannelRead: Channel;
  /** Silences a member of a channel for some minutes (channel moderators and admins). */
  muteMember: ChannelMember;
  /** The direct channel with another user (opened on first use); refused when either blocked the other. */
  openDirectChannel: Channel;
  /** Reports a message to the moderators (once per reporter). */
  reportMessage: Scalars['Boolean']['output'];
  /** Posts a message; the same clientMessageId again returns the first message. */
  sendMessage: Message;
  /** Tells the channel the viewer is typing (nothing is stored). */
  sendTyping: Scalars['Boolean']['output'];
  unblockUser: Scalars['Boolean']['output'];
};


export type MutationBlockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationCreatePartyChannelArgs = {
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};


export type MutationDeleteMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationInviteToChannelArgs = {
  channelId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationLeaveChannelArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationMarkChannelReadArgs = {
  channelId: Scalars['ID']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationMuteMemberArgs = {
  channelId: Scalars['ID']['input'];
  minutes: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationOpenDirectChannelArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationReportMessageArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSendTypingArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationUnblockUserArgs = {
  userId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Users the viewer has blocked. */
  blockedUsers: Array<User>;
  /** A channel the viewer may read. */
  channel?: Maybe<Channel>;
  /** Reported messages, newest first (admins). */
  chatReports: Array<ChatReport>;
  /** The viewer's channels: the global one and every one they belong to, newest activity first. */
  myChannels: Array<Channel>;
};


export type QueryChannelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChatReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SendMessageInput = {
  body: Scalars['String']['input'];
  channelId: Scalars['ID']['input'];
  /** The client's own id (1-64 characters): sending twice with it posts once. */
  clientMessageId: Scalars['String']['input'];
  /** Users the message mentions; those who can read the channel are notified. */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  replyToId?: InputMaybe<Scalars['ID']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Messages, edits, deletions and typing in all of the viewer's channels. */
  channelActivity: ChannelActivity;
  /** New messages of a channel the viewer may read. */
  messageAdded: Message;
};


export type SubscriptionMessageAddedArgs = {
  channelId: Scalars['ID']['input'];
};

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
  Channel: Channel;
  Dynasty: Dynasty;
  Hunt: Hunt;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Channel:
    ( { __typename: 'Channel' }
    & GraphQLRecursivePick<FederationTypes['Channel'], {"id":true}> );
  Dynasty:
    ( { __typename: 'Dynasty' }
    & GraphQLRecursivePick<FederationTypes['Dynasty'], {"id":true}> );
  Hunt:
    ( { __typename: 'Hunt' }
    & GraphQLRecursivePick<FederationTypes['Hunt'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Channel: ResolverTypeWrapper<ChannelRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ChannelActivity: ResolverTypeWrapper<Activity>;
  ChannelKind: ChannelKind;
  ChannelMember: ResolverTypeWrapper<ChannelMemberRow>;
  ChatReport: ResolverTypeWrapper<ReportView>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dynasty: ResolverTypeWrapper<{ id: string }>;
  Hunt: ResolverTypeWrapper<{ id: string }>;
  Message: ResolverTypeWrapper<MessagePayload>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessagePageInfo: ResolverTypeWrapper<MessagePageInfo>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SendMessageInput: SendMessageInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<{ id: string }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Channel: ChannelRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ChannelActivity: Activity;
  ChannelMember: ChannelMemberRow;
  ChatReport: ReportView;
  DateTime: Scalars['DateTime']['output'];
  Dynasty: { id: string };
  Hunt: { id: string };
  Message: MessagePayload;
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessagePageInfo: MessagePageInfo;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  SendMessageInput: SendMessageInput;
  Subscription: Record<PropertyKey, never>;
  User: { id: string };
}>;

export type ChannelResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel'], FederationReferenceType extends FederationReferenceTypes['Channel'] = FederationReferenceTypes['Channel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Channel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChannelKind'], ParentType, ContextType>;
  lastMessage?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ChannelMember']>, ParentType, ContextType, RequireFields<ChannelMembersArgs, 'first'>>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<ChannelMessagesArgs, 'first'>>;
  myRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChannelActivityResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['ChannelActivity'] = ResolversParentTypes['ChannelActivity']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ChannelMemberResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['ChannelMember'] = ResolversParentTypes['ChannelMember']> = ResolversObject<{
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mutedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ChatReportResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['ChatReport'] = ResolversParentTypes['ChatReport']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DynastyResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Dynasty'] = ResolversParentTypes['Dynasty'], FederationReferenceType extends FederationReferenceTypes['Dynasty'] = FederationReferenceTypes['Dynasty']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dynasty']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chatChannel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type HuntResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Hunt'] = ResolversParentTypes['Hunt'], FederationReferenceType extends FederationReferenceTypes['Hunt'] = FederationReferenceTypes['Hunt']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hunt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chatChannel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MessageResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  clientMessageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  replyTo?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
}>;

export type MessageConnectionResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['MessagePageInfo'], ParentType, ContextType>;
}>;

export type MessageEdgeResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
}>;

export type MessagePageInfoResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MessagePageInfo'] = ResolversParentTypes['MessagePageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  blockUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationBlockUserArgs, 'userId'>>;
  createPartyChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationCreatePartyChannelArgs, 'memberIds' | 'name'>>;
  deleteMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'id'>>;
  editMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'body' | 'id'>>;
  inviteToChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationInviteToChannelArgs, 'channelId' | 'userId'>>;
  leaveChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLeaveChannelArgs, 'channelId'>>;
  markChannelRead?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationMarkChannelReadArgs, 'channelId' | 'messageId'>>;
  muteMember?: Resolver<ResolversTypes['ChannelMember'], ParentType, ContextType, RequireFields<MutationMuteMemberArgs, 'channelId' | 'minutes' | 'userId'>>;
  openDirectChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationOpenDirectChannelArgs, 'userId'>>;
  reportMessage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportMessageArgs, 'id' | 'reason'>>;
  sendMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  sendTyping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendTypingArgs, 'channelId'>>;
  unblockUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnblockUserArgs, 'userId'>>;
}>;

export type QueryResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  blockedUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType, RequireFields<QueryChannelArgs, 'id'>>;
  chatReports?: Resolver<Array<ResolversTypes['ChatReport']>, ParentType, ContextType, RequireFields<QueryChatReportsArgs, 'first'>>;
  myChannels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  channelActivity?: SubscriptionResolver<ResolversTypes['ChannelActivity'], "channelActivity", ParentType, ContextType>;
  messageAdded?: SubscriptionResolver<ResolversTypes['Message'], "messageAdded", ParentType, ContextType, RequireFields<SubscriptionMessageAddedArgs, 'channelId'>>;
}>;

export type UserResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ChatContext> = ResolversObject<{
  Channel?: ChannelResolvers<ContextType>;
  ChannelActivity?: ChannelActivityResolvers<ContextType>;
  ChannelMember?: ChannelMemberResolvers<ContextType>;
  ChatReport?: ChatReportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Dynasty?: DynastyResolvers<ContextType>;
  Hunt?: HuntResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessagePageInfo?: MessagePageInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

