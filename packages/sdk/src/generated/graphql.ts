/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A rectangle of the map, in degrees. At most 1 square degree. */
export type BBoxInput = {
  maxLat: number;
  maxLng: number;
  minLat: number;
  minLng: number;
};

export type BuyRequestStatus =
  | 'accepted'
  | 'cancelled'
  | 'pending'
  | 'rejected';

export type FeatureStatus =
  /** Owned by the world; anyone can buy it at its price. */
  | 'available'
  /** Listed by its owner; anyone can buy it at the asking price. */
  | 'for_sale'
  /** A purchase is in progress. */
  | 'reserved'
  /** Owned by a user and not listed; others can make buy requests. */
  | 'sold';

export type HuntStatus =
  /** Over: no one joins or discovers any more. */
  | 'closed'
  /** Being built by its partner; only members see it. */
  | 'draft'
  /** Open to players between its start and end. */
  | 'published';

/** What a parcel is zoned for; decides its colour and its hourly profit. */
export type LandUse =
  | 'agricultural'
  | 'commercial'
  | 'educational'
  | 'governmental'
  | 'healthcare'
  | 'industrial'
  | 'recreational'
  | 'residential';

export type LatLngInput = {
  lat: number;
  lng: number;
};

export type LoginInput = {
  /** Username or email. */
  login: string;
  password: string;
};

/** What a notification is about. */
export type NotificationKind =
  /** The owner accepted your offer; the parcel is yours. */
  | 'buy_request_accepted'
  /** Someone offered a price for one of your parcels. */
  | 'buy_request_received'
  /** The owner rejected your offer. */
  | 'buy_request_rejected'
  /** You reached a hunt's treasure. */
  | 'hunt_finished'
  /** You reached a new level. */
  | 'level_up'
  /** One of your parcels was bought. */
  | 'parcel_sold'
  /** Your parcels earned their hourly profit. */
  | 'profits_credited'
  /** A hunt's reward was credited to your wallet. */
  | 'reward_paid'
  /** Anything else the platform tells you. */
  | 'system';

export type ParticipationStatus =
  | 'finished'
  | 'playing';

/** Where a player says they are: a GPS fix and its accuracy in metres. */
export type PositionInput = {
  /** Radius of the fix's uncertainty, in metres (0-1000); it widens the discovery radius. */
  accuracy?: number;
  lat: number;
  lng: number;
};

export type PurchaseStatus =
  | 'compensated'
  | 'completed'
  | 'debited'
  | 'failed'
  | 'reserved'
  | 'transferred';

export type RegisterInput = {
  displayName?: string | null | undefined;
  email: string;
  /** At least 10 characters, with a letter and a digit, not containing the username. */
  password: string;
  username: string;
};

/** What a user may do beyond playing: admins run the platform, verified users passed KYC. */
export type Role =
  | 'admin'
  | 'user'
  | 'verified_user';

export type TransactionKind =
  | 'admin_credit'
  | 'credit'
  | 'debit'
  | 'transfer_in'
  | 'transfer_out';

export type TransferInput = {
  /** Positive. */
  amount: string;
  asset: string;
  /** Chosen by the client, unique per command; retrying with it returns the first result. */
  idempotencyKey: string;
  memo?: string | null | undefined;
  toUserId: string | number;
};

export type UserStatus =
  | 'offline'
  | 'online';

export type ViewerFragment = { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, status: UserStatus };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, status: UserStatus } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, status: UserStatus } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refresh: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, status: UserStatus, wallet: { balances: Array<{ asset: string, amount: string }> } | null } };

export type UserStatusChangedSubscriptionVariables = Exact<{
  userIds: Array<string | number> | string | number;
}>;


export type UserStatusChangedSubscription = { userStatusChanged: { status: UserStatus, changedAt: string, user: { id: string, username: string, lastSeenAt: string | null } } };

export type ParcelSummaryFragment = { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null };

export type ParcelsInBoxQueryVariables = Exact<{
  bbox: BBoxInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ParcelsInBoxQuery = { features: { edges: Array<{ node: { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, geometry: { type: string, coordinates: Array<Array<Array<number>>> }, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ParcelQueryVariables = Exact<{
  id: string | number;
}>;


export type ParcelQuery = { feature: { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null } | null };

export type BuyParcelMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type BuyParcelMutation = { buyFeature: { id: string, status: PurchaseStatus, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null } } };

export type BuyRequestSummaryFragment = { id: string, status: BuyRequestStatus, note: string | null, createdAt: string, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse }, buyer: { id: string, username: string }, seller: { id: string, username: string } };

export type CreateBuyRequestMutationVariables = Exact<{
  featureId: string | number;
  price: string;
  note?: string | null | undefined;
}>;


export type CreateBuyRequestMutation = { createBuyRequest: { id: string, status: BuyRequestStatus, note: string | null, createdAt: string, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse }, buyer: { id: string, username: string }, seller: { id: string, username: string } } };

export type BuyRequestsReceivedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BuyRequestsReceivedQuery = { buyRequestsReceived: { edges: Array<{ node: { id: string, status: BuyRequestStatus, note: string | null, createdAt: string, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse }, buyer: { id: string, username: string }, seller: { id: string, username: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BuyRequestsSentQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BuyRequestsSentQuery = { buyRequestsSent: { edges: Array<{ node: { id: string, status: BuyRequestStatus, note: string | null, createdAt: string, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse }, buyer: { id: string, username: string }, seller: { id: string, username: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcceptBuyRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptBuyRequestMutation = { acceptBuyRequest: { id: string, status: PurchaseStatus } };

export type RejectBuyRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectBuyRequestMutation = { rejectBuyRequest: { id: string, status: BuyRequestStatus, note: string | null, createdAt: string, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse }, buyer: { id: string, username: string }, seller: { id: string, username: string } } };

export type CancelBuyRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelBuyRequestMutation = { cancelBuyRequest: { id: string, status: BuyRequestStatus, note: string | null, createdAt: string, price: { asset: string, amount: string }, feature: { id: string, landUse: LandUse }, buyer: { id: string, username: string }, seller: { id: string, username: string } } };

export type FeatureStatusChangedSubscriptionVariables = Exact<{
  bbox: BBoxInput;
}>;


export type FeatureStatusChangedSubscription = { featureStatusChanged: { status: FeatureStatus, previousStatus: FeatureStatus, changedAt: string, feature: { id: string, status: FeatureStatus, owner: { id: string, username: string } | null } } };

export type HuntsNearQueryVariables = Exact<{
  position: LatLngInput;
  radiusMeters: number;
  first?: number | null | undefined;
}>;


export type HuntsNearQuery = { huntsNear: Array<{ id: string, title: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string } }> };

export type JoinHuntMutationVariables = Exact<{
  huntId: string | number;
}>;


export type JoinHuntMutation = { joinHunt: { id: string, cluesFound: number, joinedAt: string } };

export type DiscoverClueMutationVariables = Exact<{
  huntId: string | number;
  clueId: string | number;
  position: PositionInput;
}>;


export type DiscoverClueMutation = { discoverClue: { id: string, cluesFound: number, finishedAt: string | null, rewardPaid: boolean } };

export type HuntProgressSubscriptionVariables = Exact<{
  huntId: string | number;
}>;


export type HuntProgressSubscription = { huntProgress: { type: string, at: string, huntId: string, clueId: string | null, user: { id: string, username: string } | null } };

export type MobileParticipationFragment = { id: string, status: ParticipationStatus, cluesFound: number, joinedAt: string, finishedAt: string | null, rewardPaid: boolean, hunt: { id: string, title: string, description: string, endsAt: string, reward: { asset: string, amount: string } }, nextClues: Array<{ id: string, riddle: string, hint: string | null, treasure: boolean }>, discoveries: Array<{ discoveredAt: string, distanceMeters: number, clue: { id: string, riddle: string } }> };

export type MobileMyParticipationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MobileMyParticipationsQuery = { myParticipations: Array<{ id: string, status: ParticipationStatus, cluesFound: number, joinedAt: string, finishedAt: string | null, rewardPaid: boolean, hunt: { id: string, title: string, description: string, endsAt: string, reward: { asset: string, amount: string } }, nextClues: Array<{ id: string, riddle: string, hint: string | null, treasure: boolean }>, discoveries: Array<{ discoveredAt: string, distanceMeters: number, clue: { id: string, riddle: string } }> }> };

export type MobileJoinHuntMutationVariables = Exact<{
  huntId: string | number;
}>;


export type MobileJoinHuntMutation = { joinHunt: { id: string, status: ParticipationStatus, cluesFound: number, joinedAt: string, finishedAt: string | null, rewardPaid: boolean, hunt: { id: string, title: string, description: string, endsAt: string, reward: { asset: string, amount: string } }, nextClues: Array<{ id: string, riddle: string, hint: string | null, treasure: boolean }>, discoveries: Array<{ discoveredAt: string, distanceMeters: number, clue: { id: string, riddle: string } }> } };

export type MobileDiscoverClueMutationVariables = Exact<{
  huntId: string | number;
  clueId: string | number;
  position: PositionInput;
}>;


export type MobileDiscoverClueMutation = { discoverClue: { id: string, status: ParticipationStatus, cluesFound: number, joinedAt: string, finishedAt: string | null, rewardPaid: boolean, hunt: { id: string, title: string, description: string, endsAt: string, reward: { asset: string, amount: string } }, nextClues: Array<{ id: string, riddle: string, hint: string | null, treasure: boolean }>, discoveries: Array<{ discoveredAt: string, distanceMeters: number, clue: { id: string, riddle: string } }> } };

export type NotificationSummaryFragment = { id: string, kind: NotificationKind, title: string, body: string, read: boolean, readAt: string | null, createdAt: string };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, read: boolean, readAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, read: boolean, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, title: string, body: string, read: boolean, readAt: string | null, createdAt: string } };

export type TransactionSummaryFragment = { id: string, kind: TransactionKind, asset: string, amount: string, balanceAfter: string, memo: string | null, reference: string | null, createdAt: string, counterparty: { id: string, username: string } | null };

export type MyWalletQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  asset?: string | null | undefined;
}>;


export type MyWalletQuery = { myWallet: { balances: Array<{ asset: string, amount: string }>, transactions: { edges: Array<{ node: { id: string, kind: TransactionKind, asset: string, amount: string, balanceAfter: string, memo: string | null, reference: string | null, createdAt: string, counterparty: { id: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type TransferMutationVariables = Exact<{
  input: TransferInput;
}>;


export type TransferMutation = { transfer: { id: string, asset: string, amount: string, memo: string | null, createdAt: string, to: { id: string, username: string }, debit: { balanceAfter: string } } };

export type WalletChangedSubscriptionVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type WalletChangedSubscription = { walletChanged: { id: string, kind: TransactionKind, asset: string, amount: string, balanceAfter: string, memo: string | null, reference: string | null, createdAt: string, counterparty: { id: string, username: string } | null } };

export type ListParcelForSaleMutationVariables = Exact<{
  id: string | number;
  price: string;
}>;


export type ListParcelForSaleMutation = { listFeatureForSale: { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null } };

export type CancelParcelListingMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelParcelListingMutation = { cancelListing: { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null } };

export type MyParcelsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyParcelsQuery = { myFeatures: { edges: Array<{ node: { id: string, landUse: LandUse, status: FeatureStatus, colour: string, areaM2: number, centroid: { lat: number, lng: number }, price: { asset: string, amount: string }, owner: { id: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyHuntsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHuntsQuery = { myParticipations: Array<{ id: string, status: ParticipationStatus, cluesFound: number, joinedAt: string, finishedAt: string | null, rewardPaid: boolean, hunt: { id: string, title: string, description: string, status: HuntStatus, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string } }, discoveries: Array<{ discoveredAt: string, location: { lat: number, lng: number }, clue: { id: string, riddle: string, treasure: boolean } }>, nextClues: Array<{ id: string, riddle: string, hint: string | null, treasure: boolean }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on User {
  id
  username
  displayName
  email
  roles
  status
}
    `, {"fragmentName":"Viewer"}) as unknown as TypedDocumentString<ViewerFragment, unknown>;
export const ParcelSummaryFragmentDoc = new TypedDocumentString(`
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}
    `, {"fragmentName":"ParcelSummary"}) as unknown as TypedDocumentString<ParcelSummaryFragment, unknown>;
export const BuyRequestSummaryFragmentDoc = new TypedDocumentString(`
    fragment BuyRequestSummary on BuyRequest {
  id
  status
  note
  createdAt
  price {
    asset
    amount
  }
  feature {
    id
    landUse
  }
  buyer {
    id
    username
  }
  seller {
    id
    username
  }
}
    `, {"fragmentName":"BuyRequestSummary"}) as unknown as TypedDocumentString<BuyRequestSummaryFragment, unknown>;
export const MobileParticipationFragmentDoc = new TypedDocumentString(`
    fragment MobileParticipation on Participation {
  id
  status
  cluesFound
  joinedAt
  finishedAt
  rewardPaid
  hunt {
    id
    title
    description
    endsAt
    reward {
      asset
      amount
    }
  }
  nextClues {
    id
    riddle
    hint
    treasure
  }
  discoveries {
    discoveredAt
    distanceMeters
    clue {
      id
      riddle
    }
  }
}
    `, {"fragmentName":"MobileParticipation"}) as unknown as TypedDocumentString<MobileParticipationFragment, unknown>;
export const NotificationSummaryFragmentDoc = new TypedDocumentString(`
    fragment NotificationSummary on Notification {
  id
  kind
  title
  body
  read
  readAt
  createdAt
}
    `, {"fragmentName":"NotificationSummary"}) as unknown as TypedDocumentString<NotificationSummaryFragment, unknown>;
export const TransactionSummaryFragmentDoc = new TypedDocumentString(`
    fragment TransactionSummary on Transaction {
  id
  kind
  asset
  amount
  balanceAfter
  memo
  reference
  createdAt
  counterparty {
    id
    username
  }
}
    `, {"fragmentName":"TransactionSummary"}) as unknown as TypedDocumentString<TransactionSummaryFragment, unknown>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  username
  displayName
  email
  roles
  status
}`, {"hash":"sha256:2efefdce70ba6460ad97705ebc564ae8bf49e7009e7e4099969cc817709ee7b1"}) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  username
  displayName
  email
  roles
  status
}`, {"hash":"sha256:c19a1caf2b82aa4a2bf48055ed95b491b8293b137ab5da8eb41ffb4011efa48a"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
  }
}
    `, {"hash":"sha256:94508cf480ffc41a8bce9125e4ba8e2cfa77a12c8c114568cba07b5c7f7ad0fb"}) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `, {"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
    wallet {
      balances {
        asset
        amount
      }
    }
  }
}
    fragment Viewer on User {
  id
  username
  displayName
  email
  roles
  status
}`, {"hash":"sha256:e20632f45e4592f4f34355824d0e7e897398b5c1b322763ce64ac2c5be8e6c33"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UserStatusChangedDocument = new TypedDocumentString(`
    subscription UserStatusChanged($userIds: [ID!]!) {
  userStatusChanged(userIds: $userIds) {
    status
    changedAt
    user {
      id
      username
      lastSeenAt
    }
  }
}
    `, {"hash":"sha256:3517173269c36234cc1287bb062171dc5824525a126c5a61c74c67217468cc71"}) as unknown as TypedDocumentString<UserStatusChangedSubscription, UserStatusChangedSubscriptionVariables>;
export const ParcelsInBoxDocument = new TypedDocumentString(`
    query ParcelsInBox($bbox: BBoxInput!, $first: Int, $after: String) {
  features(bbox: $bbox, first: $first, after: $after) {
    edges {
      node {
        ...ParcelSummary
        geometry {
          type
          coordinates
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}`, {"hash":"sha256:b1b95c32579f506ca9ac7ec815db790fd7d368a614a2ed7aa32ef9c414e2ceff"}) as unknown as TypedDocumentString<ParcelsInBoxQuery, ParcelsInBoxQueryVariables>;
export const ParcelDocument = new TypedDocumentString(`
    query Parcel($id: ID!) {
  feature(id: $id) {
    ...ParcelSummary
  }
}
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}`, {"hash":"sha256:0c49df31a511812ec0f7684f30fb0497f6a9590fcca05c4790ea18e080334d81"}) as unknown as TypedDocumentString<ParcelQuery, ParcelQueryVariables>;
export const BuyParcelDocument = new TypedDocumentString(`
    mutation BuyParcel($id: ID!, $idempotencyKey: String!) {
  buyFeature(id: $id, idempotencyKey: $idempotencyKey) {
    id
    status
    price {
      asset
      amount
    }
    feature {
      ...ParcelSummary
    }
  }
}
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}`, {"hash":"sha256:cfdfb3e957493307a6324271acf6a26325e616df1d74e72cb8ca6fef87286648"}) as unknown as TypedDocumentString<BuyParcelMutation, BuyParcelMutationVariables>;
export const CreateBuyRequestDocument = new TypedDocumentString(`
    mutation CreateBuyRequest($featureId: ID!, $price: Decimal!, $note: String) {
  createBuyRequest(featureId: $featureId, price: $price, note: $note) {
    ...BuyRequestSummary
  }
}
    fragment BuyRequestSummary on BuyRequest {
  id
  status
  note
  createdAt
  price {
    asset
    amount
  }
  feature {
    id
    landUse
  }
  buyer {
    id
    username
  }
  seller {
    id
    username
  }
}`, {"hash":"sha256:d1938f513ef6587106d1043fe09b4c5658f5c3fbb8b29498d343a37dee9a14eb"}) as unknown as TypedDocumentString<CreateBuyRequestMutation, CreateBuyRequestMutationVariables>;
export const BuyRequestsReceivedDocument = new TypedDocumentString(`
    query BuyRequestsReceived($first: Int, $after: String) {
  buyRequestsReceived(first: $first, after: $after) {
    edges {
      node {
        ...BuyRequestSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BuyRequestSummary on BuyRequest {
  id
  status
  note
  createdAt
  price {
    asset
    amount
  }
  feature {
    id
    landUse
  }
  buyer {
    id
    username
  }
  seller {
    id
    username
  }
}`, {"hash":"sha256:143d9ad561c70810184936d03d1e800eebd1d970f74ecffa613cc4f4e5ab20bf"}) as unknown as TypedDocumentString<BuyRequestsReceivedQuery, BuyRequestsReceivedQueryVariables>;
export const BuyRequestsSentDocument = new TypedDocumentString(`
    query BuyRequestsSent($first: Int, $after: String) {
  buyRequestsSent(first: $first, after: $after) {
    edges {
      node {
        ...BuyRequestSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BuyRequestSummary on BuyRequest {
  id
  status
  note
  createdAt
  price {
    asset
    amount
  }
  feature {
    id
    landUse
  }
  buyer {
    id
    username
  }
  seller {
    id
    username
  }
}`, {"hash":"sha256:9d5b6028a1860325a5b6a2b277f74a800b3562bf59e51094f27bdbadf438ad56"}) as unknown as TypedDocumentString<BuyRequestsSentQuery, BuyRequestsSentQueryVariables>;
export const AcceptBuyRequestDocument = new TypedDocumentString(`
    mutation AcceptBuyRequest($id: ID!) {
  acceptBuyRequest(id: $id) {
    id
    status
  }
}
    `, {"hash":"sha256:0076c6bdbf48c571dac5acae55d60bce585d1f1d98a91adcdaf915514cff6dd6"}) as unknown as TypedDocumentString<AcceptBuyRequestMutation, AcceptBuyRequestMutationVariables>;
export const RejectBuyRequestDocument = new TypedDocumentString(`
    mutation RejectBuyRequest($id: ID!) {
  rejectBuyRequest(id: $id) {
    ...BuyRequestSummary
  }
}
    fragment BuyRequestSummary on BuyRequest {
  id
  status
  note
  createdAt
  price {
    asset
    amount
  }
  feature {
    id
    landUse
  }
  buyer {
    id
    username
  }
  seller {
    id
    username
  }
}`, {"hash":"sha256:9d0998963cb065dde2d8f27b4d1488d5b1368b822ace720590450e397c17a4a3"}) as unknown as TypedDocumentString<RejectBuyRequestMutation, RejectBuyRequestMutationVariables>;
export const CancelBuyRequestDocument = new TypedDocumentString(`
    mutation CancelBuyRequest($id: ID!) {
  cancelBuyRequest(id: $id) {
    ...BuyRequestSummary
  }
}
    fragment BuyRequestSummary on BuyRequest {
  id
  status
  note
  createdAt
  price {
    asset
    amount
  }
  feature {
    id
    landUse
  }
  buyer {
    id
    username
  }
  seller {
    id
    username
  }
}`, {"hash":"sha256:cf68e6949c90578cf7f7ff4f4db2cefb1000b68aca84db423235b4f1cd79d496"}) as unknown as TypedDocumentString<CancelBuyRequestMutation, CancelBuyRequestMutationVariables>;
export const FeatureStatusChangedDocument = new TypedDocumentString(`
    subscription FeatureStatusChanged($bbox: BBoxInput!) {
  featureStatusChanged(bbox: $bbox) {
    status
    previousStatus
    changedAt
    feature {
      id
      status
      owner {
        id
        username
      }
    }
  }
}
    `, {"hash":"sha256:25e3283e3352dca1b60ab7ad28af9cbb302acb68d3652e4758a0bef044b25e27"}) as unknown as TypedDocumentString<FeatureStatusChangedSubscription, FeatureStatusChangedSubscriptionVariables>;
export const HuntsNearDocument = new TypedDocumentString(`
    query HuntsNear($position: LatLngInput!, $radiusMeters: Float!, $first: Int) {
  huntsNear(position: $position, radiusMeters: $radiusMeters, first: $first) {
    id
    title
    status
    startsAt
    endsAt
    participantCount
    playArea {
      radiusMeters
      center {
        lat
        lng
      }
    }
    reward {
      asset
      amount
    }
  }
}
    `, {"hash":"sha256:ed79aa9d62d8f1bd50cdd943d40f41984ca8526fd0133b86f68ff7529a9b608c"}) as unknown as TypedDocumentString<HuntsNearQuery, HuntsNearQueryVariables>;
export const JoinHuntDocument = new TypedDocumentString(`
    mutation JoinHunt($huntId: ID!) {
  joinHunt(huntId: $huntId) {
    id
    cluesFound
    joinedAt
  }
}
    `, {"hash":"sha256:8c84c3faba3e5ff602829ba164038615ccc6de3d41ea56f33a5c4e7a096d95ce"}) as unknown as TypedDocumentString<JoinHuntMutation, JoinHuntMutationVariables>;
export const DiscoverClueDocument = new TypedDocumentString(`
    mutation DiscoverClue($huntId: ID!, $clueId: ID!, $position: PositionInput!) {
  discoverClue(huntId: $huntId, clueId: $clueId, position: $position) {
    id
    cluesFound
    finishedAt
    rewardPaid
  }
}
    `, {"hash":"sha256:d54594d42d8776ae481f6571096b675b6acbed803f12485972a9093346e5abc9"}) as unknown as TypedDocumentString<DiscoverClueMutation, DiscoverClueMutationVariables>;
export const HuntProgressDocument = new TypedDocumentString(`
    subscription HuntProgress($huntId: ID!) {
  huntProgress(huntId: $huntId) {
    type
    at
    huntId
    clueId
    user {
      id
      username
    }
  }
}
    `, {"hash":"sha256:2bd85c8f99fdd4e3b41a3d7b2166afeaefac4ebafd49a8ffbcfd6fc3ee609bbb"}) as unknown as TypedDocumentString<HuntProgressSubscription, HuntProgressSubscriptionVariables>;
export const MobileMyParticipationsDocument = new TypedDocumentString(`
    query MobileMyParticipations {
  myParticipations {
    ...MobileParticipation
  }
}
    fragment MobileParticipation on Participation {
  id
  status
  cluesFound
  joinedAt
  finishedAt
  rewardPaid
  hunt {
    id
    title
    description
    endsAt
    reward {
      asset
      amount
    }
  }
  nextClues {
    id
    riddle
    hint
    treasure
  }
  discoveries {
    discoveredAt
    distanceMeters
    clue {
      id
      riddle
    }
  }
}`, {"hash":"sha256:a08ae68123c1a1a45941a252738486f53fc2451b7566cfc9e938c619274efcdb"}) as unknown as TypedDocumentString<MobileMyParticipationsQuery, MobileMyParticipationsQueryVariables>;
export const MobileJoinHuntDocument = new TypedDocumentString(`
    mutation MobileJoinHunt($huntId: ID!) {
  joinHunt(huntId: $huntId) {
    ...MobileParticipation
  }
}
    fragment MobileParticipation on Participation {
  id
  status
  cluesFound
  joinedAt
  finishedAt
  rewardPaid
  hunt {
    id
    title
    description
    endsAt
    reward {
      asset
      amount
    }
  }
  nextClues {
    id
    riddle
    hint
    treasure
  }
  discoveries {
    discoveredAt
    distanceMeters
    clue {
      id
      riddle
    }
  }
}`, {"hash":"sha256:fc446cb735a4f9f3502e5f040eaa0dbcc221b1da519e217e2a034a2ca3cc555d"}) as unknown as TypedDocumentString<MobileJoinHuntMutation, MobileJoinHuntMutationVariables>;
export const MobileDiscoverClueDocument = new TypedDocumentString(`
    mutation MobileDiscoverClue($huntId: ID!, $clueId: ID!, $position: PositionInput!) {
  discoverClue(huntId: $huntId, clueId: $clueId, position: $position) {
    ...MobileParticipation
  }
}
    fragment MobileParticipation on Participation {
  id
  status
  cluesFound
  joinedAt
  finishedAt
  rewardPaid
  hunt {
    id
    title
    description
    endsAt
    reward {
      asset
      amount
    }
  }
  nextClues {
    id
    riddle
    hint
    treasure
  }
  discoveries {
    discoveredAt
    distanceMeters
    clue {
      id
      riddle
    }
  }
}`, {"hash":"sha256:0f44ad8f94133d369e29aa34525d5988c882e4538e6d390a3fd5589f56e9a80b"}) as unknown as TypedDocumentString<MobileDiscoverClueMutation, MobileDiscoverClueMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    unreadCount
    edges {
      node {
        ...NotificationSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NotificationSummary on Notification {
  id
  kind
  title
  body
  read
  readAt
  createdAt
}`, {"hash":"sha256:389b56dc6b3926cb3a57a863a87899246ac996abb4c6c94fd68d5dee37af2836"}) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `, {"hash":"sha256:dcaff2ad9c68794a7528d4ec7ed97809a40f2fbb54acd15c6586b339adef7bac"}) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    read
    readAt
  }
}
    `, {"hash":"sha256:a1071f8be0087276c408bf049dd95e3174eb157cc5fd98f1eaba34a177fca216"}) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `, {"hash":"sha256:e919497b911d73638f8329785ecb0b4b48a247bb6d037bf89b2a498c5bca336d"}) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    ...NotificationSummary
  }
}
    fragment NotificationSummary on Notification {
  id
  kind
  title
  body
  read
  readAt
  createdAt
}`, {"hash":"sha256:ada971058083d315b9075090d1e12c29b92a4180f77168517f7b452fd1c286dd"}) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MyWalletDocument = new TypedDocumentString(`
    query MyWallet($first: Int, $after: String, $asset: String) {
  myWallet {
    balances {
      asset
      amount
    }
    transactions(first: $first, after: $after, asset: $asset) {
      edges {
        node {
          ...TransactionSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment TransactionSummary on Transaction {
  id
  kind
  asset
  amount
  balanceAfter
  memo
  reference
  createdAt
  counterparty {
    id
    username
  }
}`, {"hash":"sha256:c27e01b0b93a46a3da2494b2b81abbe89b3a3f7558e2de9bdbc91a616f1d7aa0"}) as unknown as TypedDocumentString<MyWalletQuery, MyWalletQueryVariables>;
export const TransferDocument = new TypedDocumentString(`
    mutation Transfer($input: TransferInput!) {
  transfer(input: $input) {
    id
    asset
    amount
    memo
    createdAt
    to {
      id
      username
    }
    debit {
      balanceAfter
    }
  }
}
    `, {"hash":"sha256:fee711bee2e27de6d922aba89c8cfd4b98b3d500ceee1d7506aaaeea50db532b"}) as unknown as TypedDocumentString<TransferMutation, TransferMutationVariables>;
export const WalletChangedDocument = new TypedDocumentString(`
    subscription WalletChanged($userId: ID) {
  walletChanged(userId: $userId) {
    ...TransactionSummary
  }
}
    fragment TransactionSummary on Transaction {
  id
  kind
  asset
  amount
  balanceAfter
  memo
  reference
  createdAt
  counterparty {
    id
    username
  }
}`, {"hash":"sha256:a396dd1a87db5c2846bd9a246fe3787c9673dce8b8ec154d72e16746e5f8e90e"}) as unknown as TypedDocumentString<WalletChangedSubscription, WalletChangedSubscriptionVariables>;
export const ListParcelForSaleDocument = new TypedDocumentString(`
    mutation ListParcelForSale($id: ID!, $price: Decimal!) {
  listFeatureForSale(id: $id, price: $price) {
    ...ParcelSummary
  }
}
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}`, {"hash":"sha256:382a68ed6aac113cce081ea8e5b8ed8be40fd99335945436f61f21c102e420e1"}) as unknown as TypedDocumentString<ListParcelForSaleMutation, ListParcelForSaleMutationVariables>;
export const CancelParcelListingDocument = new TypedDocumentString(`
    mutation CancelParcelListing($id: ID!) {
  cancelListing(id: $id) {
    ...ParcelSummary
  }
}
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}`, {"hash":"sha256:39174695f4c1d156d275b9581e2e47e730e8b7093f1c4a98615caca0e7a5016c"}) as unknown as TypedDocumentString<CancelParcelListingMutation, CancelParcelListingMutationVariables>;
export const MyParcelsDocument = new TypedDocumentString(`
    query MyParcels($first: Int, $after: String) {
  myFeatures(first: $first, after: $after) {
    edges {
      node {
        ...ParcelSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ParcelSummary on Feature {
  id
  landUse
  status
  colour
  areaM2
  centroid {
    lat
    lng
  }
  price {
    asset
    amount
  }
  owner {
    id
    username
  }
}`, {"hash":"sha256:cac4d7c9037ea5bab1a7c62af0d46bdd349281fdf354a4601931f826254384e1"}) as unknown as TypedDocumentString<MyParcelsQuery, MyParcelsQueryVariables>;
export const MyHuntsDocument = new TypedDocumentString(`
    query MyHunts {
  myParticipations {
    id
    status
    cluesFound
    joinedAt
    finishedAt
    rewardPaid
    hunt {
      id
      title
      description
      status
      playArea {
        radiusMeters
        center {
          lat
          lng
        }
      }
      reward {
        asset
        amount
      }
    }
    discoveries {
      discoveredAt
      location {
        lat
        lng
      }
      clue {
        id
        riddle
        treasure
      }
    }
    nextClues {
      id
      riddle
      hint
      treasure
    }
  }
}
    `, {"hash":"sha256:928fe4c770d3d0a612ca6174ed75f4c73df8b0f9734e393684d67cb3f651d4c7"}) as unknown as TypedDocumentString<MyHuntsQuery, MyHuntsQueryVariables>;