import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VideoCategory as VideoCategoryRow, Video as VideoRow, VideoComment as VideoCommentRow, CalendarEvent as CalendarEventRow } from './prisma/client.ts';
import type { EventOccurrence as EventOccurrenceView } from '../domain/calendar.ts';
import type { ContentContext } from '../context.ts';
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

/** A calendar event: one occurrence, or a recurring series. */
export type CalendarEvent = {
  __typename?: 'CalendarEvent';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The first occurrence's end. */
  endsAt: Scalars['DateTime']['output'];
  goingCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  interestedCount: Scalars['Int']['output'];
  likeCount: Scalars['Int']['output'];
  location?: Maybe<EventLocation>;
  /** Occurrences overlapping [from, to) (at most 500). */
  occurrences: Array<EventOccurrence>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  recurrence?: Maybe<Recurrence>;
  /** The first occurrence's start. */
  startsAt: Scalars['DateTime']['output'];
  status: PublicationStatus;
  /** IANA time zone: occurrences keep its local time of day. */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The signed-in viewer's interactions (none when anonymous). */
  viewerInteractions: Array<EventInteractionKind>;
};


/** A calendar event: one occurrence, or a recurring series. */
export type CalendarEventOccurrencesArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type CalendarEventInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<EventLocationInput>;
  recurrence?: InputMaybe<RecurrenceInput>;
  startsAt: Scalars['DateTime']['input'];
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type EventInteractionKind =
  | 'GOING'
  | 'INTERESTED'
  | 'LIKE';

/** A place on the map. */
export type EventLocation = {
  __typename?: 'EventLocation';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

export type EventLocationInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One occurrence of an event. */
export type EventOccurrence = {
  __typename?: 'EventOccurrence';
  endsAt: Scalars['DateTime']['output'];
  event: CalendarEvent;
  startsAt: Scalars['DateTime']['output'];
};

/** A media file (media subgraph): select its url there. */
export type Media = {
  __typename?: 'Media';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Comments on a published video, or replies to a top-level comment. */
  commentOnVideo: VideoComment;
  createCalendarEvent: CalendarEvent;
  createVideo: Video;
  createVideoCategory: VideoCategory;
  /** Deletes one's own comment (admins: any), with its replies. */
  deleteVideoComment: Scalars['Boolean']['output'];
  /** Edits one's own comment. */
  editVideoComment: VideoComment;
  setCalendarEventPublished: CalendarEvent;
  /** Sets or clears one interaction with a published event (one of each kind per user). */
  setEventInteraction: CalendarEvent;
  /** Likes or unlikes a video (one like per user). */
  setVideoLike: Video;
  setVideoPublished: Video;
  updateCalendarEvent: CalendarEvent;
  updateVideo: Video;
  updateVideoCategory: VideoCategory;
  /** Records a view: counted once per user and UTC day. */
  viewVideo: Video;
};


export type MutationCommentOnVideoArgs = {
  body: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  videoId: Scalars['ID']['input'];
};


export type MutationCreateCalendarEventArgs = {
  input: CalendarEventInput;
};


export type MutationCreateVideoArgs = {
  input: VideoInput;
};


export type MutationCreateVideoCategoryArgs = {
  input: VideoCategoryInput;
};


export type MutationDeleteVideoCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditVideoCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetCalendarEventPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSetEventInteractionArgs = {
  active: Scalars['Boolean']['input'];
  eventId: Scalars['ID']['input'];
  kind: EventInteractionKind;
};


export type MutationSetVideoLikeArgs = {
  liked: Scalars['Boolean']['input'];
  videoId: Scalars['ID']['input'];
};


export type MutationSetVideoPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationUpdateCalendarEventArgs = {
  id: Scalars['ID']['input'];
  input: CalendarEventInput;
};


export type MutationUpdateVideoArgs = {
  id: Scalars['ID']['input'];
  input: VideoInput;
};


export type MutationUpdateVideoCategoryArgs = {
  id: Scalars['ID']['input'];
  input: VideoCategoryInput;
};


export type MutationViewVideoArgs = {
  videoId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PublicationStatus =
  /** Seen by admins only. */
  | 'DRAFT'
  /** Seen by everyone. */
  | 'PUBLISHED';

export type Query = {
  __typename?: 'Query';
  /** Occurrences of published events overlapping [from, to), by start (at most 366 days, 1000 occurrences). Admins may include drafts. */
  calendar: Array<EventOccurrence>;
  /** A published event (admins also see drafts). */
  calendarEvent?: Maybe<CalendarEvent>;
  /** A published video by slug (admins also see drafts). */
  video?: Maybe<Video>;
  /** Video categories, by position. */
  videoCategories: Array<VideoCategory>;
  /** Published videos, newest first, optionally of one category (by id or slug). Admins may include drafts. */
  videos: VideoConnection;
};


export type QueryCalendarArgs = {
  from: Scalars['DateTime']['input'];
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryCalendarEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVideoArgs = {
  slug: Scalars['String']['input'];
};


export type QueryVideosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  categorySlug?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A small RRULE: every `interval` days, weeks or months at the first occurrence's local time, until an instant or for a count. */
export type Recurrence = {
  __typename?: 'Recurrence';
  count?: Maybe<Scalars['Int']['output']>;
  frequency: RecurrenceFrequency;
  interval: Scalars['Int']['output'];
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type RecurrenceFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY';

export type RecurrenceInput = {
  /** Occurrences in all (the first included). */
  count?: InputMaybe<Scalars['Int']['input']>;
  frequency: RecurrenceFrequency;
  interval?: InputMaybe<Scalars['Int']['input']>;
  /** No occurrence starts after it. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** A training video. Counts are kept with the video (no count query per item). */
export type Video = {
  __typename?: 'Video';
  category: VideoCategory;
  commentCount: Scalars['Int']['output'];
  /** Top-level comments, newest first, each with its replies. */
  comments: VideoCommentConnection;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Length in seconds. */
  durationSeconds: Scalars['Int']['output'];
  /** The video's address elsewhere, when it is not stored in media. */
  externalUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  likeCount: Scalars['Int']['output'];
  /** The video file, when it is stored in media (select its url there). */
  media?: Maybe<Media>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  slug: Scalars['String']['output'];
  status: PublicationStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Viewers counted once per user and UTC day. */
  viewCount: Scalars['Int']['output'];
  /** Whether the signed-in viewer likes it (false when anonymous). */
  viewerHasLiked: Scalars['Boolean']['output'];
};


/** A training video. Counts are kept with the video (no count query per item). */
export type VideoCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A shelf of training videos. */
export type VideoCategory = {
  __typename?: 'VideoCategory';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
};

export type VideoCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  slug: Scalars['String']['input'];
};

/** A comment on a video, or a reply to one (replies are one level deep). */
export type VideoComment = {
  __typename?: 'VideoComment';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The comment this one answers. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Replies, oldest first (top-level comments only). */
  replies: Array<VideoComment>;
};

export type VideoCommentConnection = {
  __typename?: 'VideoCommentConnection';
  edges: Array<VideoCommentEdge>;
  pageInfo: PageInfo;
};

export type VideoCommentEdge = {
  __typename?: 'VideoCommentEdge';
  cursor: Scalars['String']['output'];
  node: VideoComment;
};

export type VideoConnection = {
  __typename?: 'VideoConnection';
  edges: Array<VideoEdge>;
  pageInfo: PageInfo;
};

export type VideoEdge = {
  __typename?: 'VideoEdge';
  cursor: Scalars['String']['output'];
  node: Video;
};

export type VideoInput = {
  categoryId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** An http(s) address; exactly one of mediaId and externalUrl. */
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  /** A media file id (media subgraph); exactly one of mediaId and externalUrl. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  /** Lower-case letters, digits and dashes; unique. */
  slug: Scalars['String']['input'];
  title: Scalars['String']['input'];
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
  CalendarEvent: CalendarEvent;
  Video: Video;
  VideoCategory: VideoCategory;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CalendarEvent:
    ( { __typename: 'CalendarEvent' }
    & GraphQLRecursivePick<FederationTypes['CalendarEvent'], {"id":true}> );
  Video:
    ( { __typename: 'Video' }
    & GraphQLRecursivePick<FederationTypes['Video'], {"id":true}> );
  VideoCategory:
    ( { __typename: 'VideoCategory' }
    & GraphQLRecursivePick<FederationTypes['VideoCategory'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CalendarEvent: ResolverTypeWrapper<CalendarEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CalendarEventInput: CalendarEventInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventInteractionKind: EventInteractionKind;
  EventLocation: ResolverTypeWrapper<EventLocation>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EventLocationInput: EventLocationInput;
  EventOccurrence: ResolverTypeWrapper<EventOccurrenceView>;
  Media: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicationStatus: PublicationStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recurrence: ResolverTypeWrapper<Recurrence>;
  RecurrenceFrequency: RecurrenceFrequency;
  RecurrenceInput: RecurrenceInput;
  User: ResolverTypeWrapper<{ id: string }>;
  Video: ResolverTypeWrapper<VideoRow>;
  VideoCategory: ResolverTypeWrapper<VideoCategoryRow>;
  VideoCategoryInput: VideoCategoryInput;
  VideoComment: ResolverTypeWrapper<VideoCommentRow>;
  VideoCommentConnection: ResolverTypeWrapper<Omit<VideoCommentConnection, 'edges'> & { edges: Array<ResolversTypes['VideoCommentEdge']> }>;
  VideoCommentEdge: ResolverTypeWrapper<Omit<VideoCommentEdge, 'node'> & { node: ResolversTypes['VideoComment'] }>;
  VideoConnection: ResolverTypeWrapper<Omit<VideoConnection, 'edges'> & { edges: Array<ResolversTypes['VideoEdge']> }>;
  VideoEdge: ResolverTypeWrapper<Omit<VideoEdge, 'node'> & { node: ResolversTypes['Video'] }>;
  VideoInput: VideoInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CalendarEvent: CalendarEventRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CalendarEventInput: CalendarEventInput;
  DateTime: Scalars['DateTime']['output'];
  EventLocation: EventLocation;
  Float: Scalars['Float']['output'];
  EventLocationInput: EventLocationInput;
  EventOccurrence: EventOccurrenceView;
  Media: { id: string };
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Recurrence: Recurrence;
  RecurrenceInput: RecurrenceInput;
  User: { id: string };
  Video: VideoRow;
  VideoCategory: VideoCategoryRow;
  VideoCategoryInput: VideoCategoryInput;
  VideoComment: VideoCommentRow;
  VideoCommentConnection: Omit<VideoCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['VideoCommentEdge']> };
  VideoCommentEdge: Omit<VideoCommentEdge, 'node'> & { node: ResolversParentTypes['VideoComment'] };
  VideoConnection: Omit<VideoConnection, 'edges'> & { edges: Array<ResolversParentTypes['VideoEdge']> };
  VideoEdge: Omit<VideoEdge, 'node'> & { node: ResolversParentTypes['Video'] };
  VideoInput: VideoInput;
}>;

export type CalendarEventResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['CalendarEvent'] = ResolversParentTypes['CalendarEvent'], FederationReferenceType extends FederationReferenceTypes['CalendarEvent'] = FederationReferenceTypes['CalendarEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CalendarEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  goingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  likeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['EventLocation']>, ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['EventOccurrence']>, ParentType, ContextType, RequireFields<CalendarEventOccurrencesArgs, 'from' | 'to'>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['Recurrence']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerInteractions?: Resolver<Array<ResolversTypes['EventInteractionKind']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventLocationResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['EventLocation'] = ResolversParentTypes['EventLocation']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EventOccurrenceResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['EventOccurrence'] = ResolversParentTypes['EventOccurrence']> = ResolversObject<{
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MediaResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  commentOnVideo?: Resolver<ResolversTypes['VideoComment'], ParentType, ContextType, RequireFields<MutationCommentOnVideoArgs, 'body' | 'videoId'>>;
  createCalendarEvent?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType, RequireFields<MutationCreateCalendarEventArgs, 'input'>>;
  createVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationCreateVideoArgs, 'input'>>;
  createVideoCategory?: Resolver<ResolversTypes['VideoCategory'], ParentType, ContextType, RequireFields<MutationCreateVideoCategoryArgs, 'input'>>;
  deleteVideoComment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteVideoCommentArgs, 'id'>>;
  editVideoComment?: Resolver<ResolversTypes['VideoComment'], ParentType, ContextType, RequireFields<MutationEditVideoCommentArgs, 'body' | 'id'>>;
  setCalendarEventPublished?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType, RequireFields<MutationSetCalendarEventPublishedArgs, 'id' | 'published'>>;
  setEventInteraction?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType, RequireFields<MutationSetEventInteractionArgs, 'active' | 'eventId' | 'kind'>>;
  setVideoLike?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationSetVideoLikeArgs, 'liked' | 'videoId'>>;
  setVideoPublished?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationSetVideoPublishedArgs, 'id' | 'published'>>;
  updateCalendarEvent?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType, RequireFields<MutationUpdateCalendarEventArgs, 'id' | 'input'>>;
  updateVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationUpdateVideoArgs, 'id' | 'input'>>;
  updateVideoCategory?: Resolver<ResolversTypes['VideoCategory'], ParentType, ContextType, RequireFields<MutationUpdateVideoCategoryArgs, 'id' | 'input'>>;
  viewVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationViewVideoArgs, 'videoId'>>;
}>;

export type PageInfoResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  calendar?: Resolver<Array<ResolversTypes['EventOccurrence']>, ParentType, ContextType, RequireFields<QueryCalendarArgs, 'from' | 'includeDrafts' | 'to'>>;
  calendarEvent?: Resolver<Maybe<ResolversTypes['CalendarEvent']>, ParentType, ContextType, RequireFields<QueryCalendarEventArgs, 'id'>>;
  video?: Resolver<Maybe<ResolversTypes['Video']>, ParentType, ContextType, RequireFields<QueryVideoArgs, 'slug'>>;
  videoCategories?: Resolver<Array<ResolversTypes['VideoCategory']>, ParentType, ContextType>;
  videos?: Resolver<ResolversTypes['VideoConnection'], ParentType, ContextType, RequireFields<QueryVideosArgs, 'first' | 'includeDrafts'>>;
}>;

export type RecurrenceResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Recurrence'] = ResolversParentTypes['Recurrence']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['RecurrenceFrequency'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VideoResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Video'] = ResolversParentTypes['Video'], FederationReferenceType extends FederationReferenceTypes['Video'] = FederationReferenceTypes['Video']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Video']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['VideoCategory'], ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['VideoCommentConnection'], ParentType, ContextType, RequireFields<VideoCommentsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  media?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerHasLiked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type VideoCategoryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['VideoCategory'] = ResolversParentTypes['VideoCategory'], FederationReferenceType extends FederationReferenceTypes['VideoCategory'] = FederationReferenceTypes['VideoCategory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VideoCategory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VideoCommentResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['VideoComment'] = ResolversParentTypes['VideoComment']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['VideoComment']>, ParentType, ContextType>;
}>;

export type VideoCommentConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['VideoCommentConnection'] = ResolversParentTypes['VideoCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VideoCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VideoCommentEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['VideoCommentEdge'] = ResolversParentTypes['VideoCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VideoComment'], ParentType, ContextType>;
}>;

export type VideoConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['VideoConnection'] = ResolversParentTypes['VideoConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VideoEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VideoEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['VideoEdge'] = ResolversParentTypes['VideoEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Video'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ContentContext> = ResolversObject<{
  CalendarEvent?: CalendarEventResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EventLocation?: EventLocationResolvers<ContextType>;
  EventOccurrence?: EventOccurrenceResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recurrence?: RecurrenceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Video?: VideoResolvers<ContextType>;
  VideoCategory?: VideoCategoryResolvers<ContextType>;
  VideoComment?: VideoCommentResolvers<ContextType>;
  VideoCommentConnection?: VideoCommentConnectionResolvers<ContextType>;
  VideoCommentEdge?: VideoCommentEdgeResolvers<ContextType>;
  VideoConnection?: VideoConnectionResolvers<ContextType>;
  VideoEdge?: VideoEdgeResolvers<ContextType>;
}>;

