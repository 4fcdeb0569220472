import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Media as MediaRow } from './prisma/client.ts';
import type { UploadParent, MediaContext } from '../context.ts';
import type { UploadPartView } from '../domain/library.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Feature = {
  __typename?: 'Feature';
  id: Scalars['ID']['output'];
  /** Display-size image URLs of the parcel's pictures, newest first (signed, valid 5 minutes). */
  images: Array<Scalars['String']['output']>;
  /** The parcel's pictures, newest first. */
  photos: Array<Media>;
};

export type Hunt = {
  __typename?: 'Hunt';
  id: Scalars['ID']['output'];
  /** Pictures and videos of the hunt, newest first. */
  media: Array<Media>;
};

/** A stored file. Its type, size and checksum are what the server found in the bytes. */
export type Media = {
  __typename?: 'Media';
  /** sha256 of the bytes, hex. */
  checksum: Scalars['String']['output'];
  /** Sniffed from the bytes, never the type the client declared. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** A derived image at most 1280 pixels wide (images only), signed like `url`. */
  displayUrl?: Maybe<Scalars['String']['output']>;
  /** The name it was uploaded with; `private` for a KYC file to anyone but its owner and admins. */
  filename: Scalars['String']['output'];
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  owner: User;
  purpose: MediaPurpose;
  /** Bytes. */
  size: Scalars['Float']['output'];
  /** A 256-pixel derived image (images only), signed like `url`. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** A signed download URL, valid `expiresIn` seconds (10 to 3600). A KYC file: FORBIDDEN to anyone but its owner and admins (likewise the derived images). */
  url: Scalars['String']['output'];
  width?: Maybe<Scalars['Int']['output']>;
};


/** A stored file. Its type, size and checksum are what the server found in the bytes. */
export type MediaDisplayUrlArgs = {
  expiresIn?: InputMaybe<Scalars['Int']['input']>;
};


/** A stored file. Its type, size and checksum are what the server found in the bytes. */
export type MediaThumbnailUrlArgs = {
  expiresIn?: InputMaybe<Scalars['Int']['input']>;
};


/** A stored file. Its type, size and checksum are what the server found in the bytes. */
export type MediaUrlArgs = {
  expiresIn?: InputMaybe<Scalars['Int']['input']>;
};

/** What a file is for: it decides the types and sizes allowed. */
export type MediaPurpose =
  /** A document attached to a ticket: an image or a PDF. */
  | 'ATTACHMENT'
  /** A user's picture: an image. */
  | 'AVATAR'
  /** A picture of a parcel: an image. */
  | 'FEATURE_IMAGE'
  /** Hunt media for partners: an image or a video. */
  | 'HUNT'
  /** An identity document for KYC: an image or a PDF. Only its owner and admins see its name and URLs; it attaches to nothing. */
  | 'KYC';

/** How much a user stores. */
export type MediaQuota = {
  __typename?: 'MediaQuota';
  limitBytes: Scalars['Float']['output'];
  usedBytes: Scalars['Float']['output'];
};

export type MediaTargetInput = {
  /** The parcel's or hunt's id; the signed-in user's id for USER_AVATAR. */
  id: Scalars['ID']['input'];
  type: MediaTargetType;
};

/** What a file can be attached to. */
export type MediaTargetType =
  /** A parcel (features); only its owner attaches. */
  | 'FEATURE'
  /** A hunt (hunts); only members of its partner attach. */
  | 'HUNT'
  /** The signed-in user's avatar (one at a time: a new one replaces the old). */
  | 'USER_AVATAR';

export type Mutation = {
  __typename?: 'Mutation';
  /** Drops an unfinished upload. */
  abortUpload: Upload;
  /** Attaches one of your files to a parcel you own, your avatar, or a hunt of your partner. */
  attachMedia: Media;
  /** Checks the parts, joins them and the bytes (type, size, checksum), and stores the file with its derived images. */
  completeUpload: Media;
  /** Deletes one of your files, wherever it is attached (admins: anyone's). */
  deleteMedia: Scalars['Boolean']['output'];
  /** Detaches a file from an entity (its owner, the entity's owner, or an admin). */
  detachMedia: Scalars['Boolean']['output'];
  /** Starts an upload in parts; refused when too large, of a type the purpose does not allow, or over quota. */
  startUpload: Upload;
};


export type MutationAbortUploadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachMediaArgs = {
  mediaId: Scalars['ID']['input'];
  target: MediaTargetInput;
};


export type MutationCompleteUploadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMediaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetachMediaArgs = {
  mediaId: Scalars['ID']['input'];
  target: MediaTargetInput;
};


export type MutationStartUploadArgs = {
  input: StartUploadInput;
};

export type Query = {
  __typename?: 'Query';
  /** A file, by id (anyone may read a file's facts; bytes need its signed URL). A KYC file: its owner and admins only (null for anyone else). */
  mediaById?: Maybe<Media>;
  /** How much the signed-in user stores, and may. */
  myMediaQuota: MediaQuota;
  /** An upload of the signed-in user, with fresh URLs for the parts still missing: how a dropped upload resumes. */
  uploadStatus: Upload;
};


export type QueryMediaByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUploadStatusArgs = {
  id: Scalars['ID']['input'];
};

export type StartUploadInput = {
  /** sha256 of the file (hex): when given, a file whose bytes differ is refused at completeUpload. */
  checksum?: InputMaybe<Scalars['String']['input']>;
  /** The type the client believes the file has (checked against the bytes afterwards). */
  contentType: Scalars['String']['input'];
  filename: Scalars['String']['input'];
  purpose: MediaPurpose;
  /** Bytes. */
  size: Scalars['Float']['input'];
};

/** An upload in parts: PUT every part, then completeUpload. uploadStatus tells what is missing after a dropped connection. */
export type Upload = {
  __typename?: 'Upload';
  expiresAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The stored file, once completed. */
  media?: Maybe<Media>;
  partSize: Scalars['Float']['output'];
  parts: Array<UploadPart>;
  purpose: MediaPurpose;
  size: Scalars['Float']['output'];
  /** uploading, completed, failed or aborted. */
  status: Scalars['String']['output'];
};

/** One part of an upload: PUT its bytes to `url` (the answer's ETag needs no keeping). */
export type UploadPart = {
  __typename?: 'UploadPart';
  number: Scalars['Int']['output'];
  /** Bytes this part must hold (the last may be shorter). */
  size: Scalars['Float']['output'];
  uploaded: Scalars['Boolean']['output'];
  /** Where to PUT the part; null once the part has arrived. */
  url?: Maybe<Scalars['String']['output']>;
};

export type User = {
  __typename?: 'User';
  /** The user's picture, if any. */
  avatar?: Maybe<Media>;
  id: Scalars['ID']['output'];
  /** Files the user uploaded, newest first (the user and admins). */
  media: Array<Media>;
};


export type UserMediaArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Feature: Feature;
  Hunt: Hunt;
  Media: Media;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Feature:
    ( { __typename: 'Feature' }
    & GraphQLRecursivePick<FederationTypes['Feature'], {"id":true}> );
  Hunt:
    ( { __typename: 'Hunt' }
    & GraphQLRecursivePick<FederationTypes['Hunt'], {"id":true}> );
  Media:
    ( { __typename: 'Media' }
    & GraphQLRecursivePick<FederationTypes['Media'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Feature: ResolverTypeWrapper<{ id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Hunt: ResolverTypeWrapper<{ id: string }>;
  Media: ResolverTypeWrapper<MediaRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MediaPurpose: MediaPurpose;
  MediaQuota: ResolverTypeWrapper<MediaQuota>;
  MediaTargetInput: MediaTargetInput;
  MediaTargetType: MediaTargetType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StartUploadInput: StartUploadInput;
  Upload: ResolverTypeWrapper<UploadParent>;
  UploadPart: ResolverTypeWrapper<UploadPartView>;
  User: ResolverTypeWrapper<{ id: string }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Feature: { id: string };
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Hunt: { id: string };
  Media: MediaRow;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  MediaQuota: MediaQuota;
  MediaTargetInput: MediaTargetInput;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  StartUploadInput: StartUploadInput;
  Upload: UploadParent;
  UploadPart: UploadPartView;
  User: { id: string };
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FeatureResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature'], FederationReferenceType extends FederationReferenceTypes['Feature'] = FederationReferenceTypes['Feature']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Feature']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
}>;

export type HuntResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Hunt'] = ResolversParentTypes['Hunt'], FederationReferenceType extends FederationReferenceTypes['Hunt'] = FederationReferenceTypes['Hunt']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hunt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
}>;

export type MediaResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media'], FederationReferenceType extends FederationReferenceTypes['Media'] = FederationReferenceTypes['Media']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Media']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MediaDisplayUrlArgs, 'expiresIn'>>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['MediaPurpose'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thumbnailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MediaThumbnailUrlArgs, 'expiresIn'>>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MediaUrlArgs, 'expiresIn'>>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MediaQuotaResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['MediaQuota'] = ResolversParentTypes['MediaQuota']> = ResolversObject<{
  limitBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usedBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  abortUpload?: Resolver<ResolversTypes['Upload'], ParentType, ContextType, RequireFields<MutationAbortUploadArgs, 'id'>>;
  attachMedia?: Resolver<ResolversTypes['Media'], ParentType, ContextType, RequireFields<MutationAttachMediaArgs, 'mediaId' | 'target'>>;
  completeUpload?: Resolver<ResolversTypes['Media'], ParentType, ContextType, RequireFields<MutationCompleteUploadArgs, 'id'>>;
  deleteMedia?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMediaArgs, 'id'>>;
  detachMedia?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDetachMediaArgs, 'mediaId' | 'target'>>;
  startUpload?: Resolver<ResolversTypes['Upload'], ParentType, ContextType, RequireFields<MutationStartUploadArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  mediaById?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType, RequireFields<QueryMediaByIdArgs, 'id'>>;
  myMediaQuota?: Resolver<ResolversTypes['MediaQuota'], ParentType, ContextType>;
  uploadStatus?: Resolver<ResolversTypes['Upload'], ParentType, ContextType, RequireFields<QueryUploadStatusArgs, 'id'>>;
}>;

export type UploadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Upload'] = ResolversParentTypes['Upload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  media?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  partSize?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['UploadPart']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['MediaPurpose'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UploadPartResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['UploadPart'] = ResolversParentTypes['UploadPart']> = ResolversObject<{
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  uploaded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avatar?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType, RequireFields<UserMediaArgs, 'first'>>;
}>;

export type Resolvers<ContextType = MediaContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Feature?: FeatureResolvers<ContextType>;
  Hunt?: HuntResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  MediaQuota?: MediaQuotaResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Upload?: UploadResolvers<ContextType>;
  UploadPart?: UploadPartResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

