/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivityRuleInput = {
  active?: boolean;
  activity: string;
  dailyCap?: number | null | undefined;
  description?: string;
  eventType?: string | null | undefined;
  /** A JSON object; default {}. */
  match?: string;
  points: number;
  sourceContext?: string | null | undefined;
  userField?: string;
};

export type AdminCreditInput = {
  amount: string;
  asset: string;
  idempotencyKey: string;
  memo?: string | null | undefined;
  userId: string | number;
};

export type AppearanceInput = {
  bodyType?: BodyType;
  eyeColor?: string;
  faceShape?: number;
  hairColor?: string;
  hairStyle?: number;
  height?: number;
  markings?: Array<MarkingInput>;
  skinTone?: number;
};

/** Who may see a field: anyone, signed-in users, or only the user (admins always). */
export type Audience =
  | 'everyone'
  | 'only_me'
  | 'signed_in';

/** Every condition given must hold; `text` finds entries containing all its words. */
export type AuditLogFilter = {
  action?: string | null | undefined;
  actor?: string | null | undefined;
  context?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  /** Occurred at or after. */
  from?: string | null | undefined;
  text?: string | null | undefined;
  /** Occurred before. */
  to?: string | null | undefined;
};

/** Whether the recorded command was carried out or refused. */
export type AuditOutcome =
  | 'ok'
  | 'refused';

/** A rectangle of the map, in degrees. At most 1 square degree. */
export type BBoxInput = {
  maxLat: number;
  maxLng: number;
  minLat: number;
  minLng: number;
};

export type BodyType =
  | 'average'
  | 'slender'
  | 'sturdy';

export type BuildingKind =
  | 'apartment'
  | 'clinic'
  | 'factory'
  | 'farm'
  | 'house'
  | 'office'
  | 'park'
  | 'school'
  | 'shop';

export type BuyRequestStatus =
  | 'accepted'
  | 'cancelled'
  | 'pending'
  | 'rejected';

export type CalendarEventInput = {
  description?: string | null | undefined;
  endsAt: string;
  location?: EventLocationInput | null | undefined;
  recurrence?: RecurrenceInput | null | undefined;
  startsAt: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  title: string;
};

export type ChallengeQuestionInput = {
  /** 2-8 choices. */
  choices: Array<string>;
  correctIndex: number;
  text: string;
};

export type ChallengeRoundStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN'
  | 'UPCOMING';

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

export type CharacterStatus =
  | 'active'
  /** Banned by an admin: cannot be played, selected or traded with. */
  | 'banned'
  /** Soft-deleted: restorable until restorableUntil, then purged. */
  | 'deleted';

export type ChildPermissionsInput = {
  canBuyParcels: boolean;
  canChat: boolean;
  canSellParcels: boolean;
  /** Null: no limit. */
  dailySpendLimit?: string | null | undefined;
};

export type ClassRole =
  | 'damage'
  | 'healer'
  | 'support'
  | 'tank';

export type ClueInput = {
  hint?: string | null | undefined;
  location: LatLngInput;
  name: string;
  /** 1 m to 10 km. Default: 30. */
  radiusMeters?: number;
  riddle: string;
  start?: boolean;
  treasure?: boolean;
};

export type ContainerKind =
  | 'bag'
  | 'bank'
  | 'equipment';

export type CreateApiKeyInput = {
  /** 1-64 characters. */
  name: string;
  /** Admins only: the user who owns the key. Default: the caller. */
  ownerId?: string | number | null | undefined;
  /** Default: [user]. Each must be one of the owner's roles. */
  roles?: Array<Role> | null | undefined;
};

export type CreateCharacterInput = {
  appearance?: AppearanceInput;
  class: string | number;
  name: string;
  race: string | number;
  realmId: string | number;
};

export type CreateHuntInput = {
  description?: string;
  endsAt: string;
  partnerId: string | number;
  playArea: PlayAreaInput;
  reward: RewardInput;
  startsAt: string;
  title: string;
};

export type CreatePartnerInput = {
  name: string;
};

export type CreateTopUpOrderInput = {
  /** Positive: how much of the asset to buy. */
  amount: string;
  asset: string;
  /** Chosen by the client; retrying with it returns the same order. */
  idempotencyKey: string;
  /** Where the buyer's browser returns after the gateway, with ?order=<id> (an allowed address of the web app). */
  returnUrl?: string | null | undefined;
};

export type DecideReportInput = {
  /** For LIMITED: what the user may no longer do. */
  limitation?: LimitationKind | null | undefined;
  note?: string | null | undefined;
  outcome: ReportOutcome;
  reportId: string | number;
  /** For LIMITED: until when (in the future). */
  until?: string | null | undefined;
  /** The user warned or limited; defaults to the target of a USER report (required otherwise, except to dismiss). */
  userId?: string | number | null | undefined;
};

export type DynastyStatus =
  | 'active'
  /** Its seat was sold with no other parcel to move to, or its head left. */
  | 'dissolved';

export type EquipSlot =
  | 'chest'
  | 'feet'
  | 'hands'
  | 'head'
  | 'legs'
  | 'main_hand'
  | 'neck'
  | 'off_hand'
  | 'ring';

export type EventInteractionKind =
  | 'GOING'
  | 'INTERESTED'
  | 'LIKE';

export type EventLocationInput = {
  latitude: number;
  longitude: number;
  name?: string | null | undefined;
};

export type FamilyRelationInput = {
  dynastyId: string | number;
  kind: RelationKind;
  /** Becomes userId's <kind>. */
  relativeId: string | number;
  userId: string | number;
};

export type FeatureStatus =
  /** Owned by the world; anyone can buy it at its price. */
  | 'available'
  /** Listed by its owner; anyone can buy it at the asking price. */
  | 'for_sale'
  /** A purchase is in progress. */
  | 'reserved'
  /** Owned by a user and not listed; others can make buy requests. */
  | 'sold';

export type FoundDynastyInput = {
  /** A parcel the founder owns; it becomes the dynasty's seat. */
  featureId: string | number;
  /** 2 to SOCIAL_MAX_MEMBERS (default 100), head included; default the maximum. */
  memberLimit?: number | null | undefined;
  name: string;
};

/** Whether one part of the system answers. */
export type HealthStatus =
  | 'DOWN'
  | 'UP';

export type HuntStatus =
  /** Over: no one joins or discovers any more. */
  | 'closed'
  /** Being built by its partner; only members see it. */
  | 'draft'
  /** Open to players between its start and end. */
  | 'published';

export type ItemKind =
  | 'accessory'
  | 'armor'
  | 'consumable'
  | 'material'
  | 'quest'
  | 'weapon';

export type ItemRarity =
  | 'common'
  | 'epic'
  | 'legendary'
  | 'rare'
  | 'uncommon';

export type JoinRequestInput = {
  dynastyId: string | number;
  kind?: JoinRequestKind;
  message?: string | null | undefined;
  /** The joiner would be relativeId's <relation>; both or neither. */
  relation?: RelationKind | null | undefined;
  relativeId?: string | number | null | undefined;
  /** The user invited (invite only); a join is for the sender. */
  userId?: string | number | null | undefined;
};

export type JoinRequestKind =
  /** The head invites a user; the invited user answers. */
  | 'invite'
  /** A user asks to join; the head answers. */
  | 'join';

export type JoinRequestStatus =
  | 'accepted'
  | 'cancelled'
  /** Not answered in time. */
  | 'expired'
  | 'pending'
  | 'rejected';

/** Know-your-customer verification state. */
export type KycStatus =
  | 'none'
  | 'pending'
  | 'rejected'
  | 'verified';

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

export type LeaderboardPeriod =
  /** Every point ever scored. */
  | 'ALL_TIME'
  /** Points scored since Monday 00:00 UTC. */
  | 'THIS_WEEK';

export type LevelInput = {
  name: string;
  number: number;
  perks?: Array<string>;
  threshold: number;
};

/** What a limited user may no longer do (a moderation outcome of support). */
export type LimitationKind =
  | 'CANNOT_CHAT'
  | 'CANNOT_TRADE';

export type LoginInput = {
  /** Username or email. */
  login: string;
  password: string;
};

export type MarkingInput = {
  color: string;
  kind: MarkingKind;
};

export type MarkingKind =
  | 'paint'
  | 'scar'
  | 'tattoo';

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

export type MediaTargetInput = {
  /** The parcel's or hunt's id; the signed-in user's id for USER_AVATAR. */
  id: string | number;
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

export type MemberRole =
  | 'head'
  | 'member';

export type MoneyInput = {
  amount: string;
  asset: string;
};

/** Where a notification reaches you. */
export type NotificationChannel =
  | 'email'
  /** The list in the app (notifications, notificationAdded). */
  | 'in_app'
  /** To the phone number you confirmed (two-factor by SMS). */
  | 'sms';

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

/** A choice for one kind on one channel. */
export type NotificationPreferenceInput = {
  channel: NotificationChannel;
  enabled: boolean;
  kind: NotificationKind;
};

export type OpenTicketInput = {
  about?: TicketAboutInput | null | undefined;
  /** Media ids of files the user uploaded (their own). Not identity documents (purpose KYC): BAD_USER_INPUT with reason KYC_DOCUMENT, they go through submitKyc. */
  attachmentIds?: Array<string | number> | null | undefined;
  body: string;
  category: TicketCategory;
  subject: string;
};

export type OrderStatus =
  /** The buyer cancelled at the gateway. */
  | 'cancelled'
  /** Not paid in time. */
  | 'expired'
  /** The gateway refused the payment or could not start it. */
  | 'failed'
  /** Paid and credited. */
  | 'paid'
  /** Waiting for the payment. */
  | 'pending';

export type ParticipationStatus =
  | 'finished'
  | 'playing';

export type PlayAreaInput = {
  center: LatLngInput;
  /** 1 m to 20,000 km. */
  radiusMeters: number;
};

/** Where a player says they are: a GPS fix and its accuracy in metres. */
export type PositionInput = {
  /** Radius of the fix's uncertainty, in metres (0-1000); it widens the discovery radius. */
  accuracy?: number;
  lat: number;
  lng: number;
};

/** Fields left out stay as they are. */
export type PrivacyInput = {
  email?: Audience | null | undefined;
  holdings?: Audience | null | undefined;
  level?: Audience | null | undefined;
  presence?: Audience | null | undefined;
};

export type PrizePoolInput = {
  amountEach: string;
  asset: string;
  winnerLimit: number;
};

export type PublicationStatus =
  /** Seen by admins only. */
  | 'DRAFT'
  /** Seen by everyone. */
  | 'PUBLISHED';

export type PurchaseStatus =
  | 'compensated'
  | 'completed'
  | 'debited'
  | 'failed'
  | 'reserved'
  | 'transferred';

export type RealmKind =
  | 'pve'
  | 'pvp'
  | 'rp';

export type RealmPopulation =
  | 'full'
  | 'high'
  | 'low'
  | 'medium';

export type RealmStatus =
  | 'maintenance'
  | 'offline'
  | 'online';

export type RecurrenceFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY';

export type RecurrenceInput = {
  /** Occurrences in all (the first included). */
  count?: number | null | undefined;
  frequency: RecurrenceFrequency;
  interval?: number | null | undefined;
  /** No occurrence starts after it. */
  until?: string | null | undefined;
};

export type RegisterInput = {
  displayName?: string | null | undefined;
  email: string;
  /** At least 10 characters, with a letter and a digit, not containing the username. */
  password: string;
  username: string;
};

/** How a relative is related to a member: "relative is member's <kind>". */
export type RelationKind =
  | 'child'
  | 'parent'
  | 'sibling'
  | 'spouse';

export type ReportInput = {
  reason: string;
  targetId: string | number;
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

export type ReportPeriod =
  | 'day'
  | 'month'
  | 'week';

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

export type RewardInput = {
  amount: string;
  asset: string;
};

/** What a user may do beyond playing: admins run the platform, support staff handle tickets and reports, verified users passed KYC. */
export type Role =
  | 'admin'
  | 'support'
  | 'user'
  | 'verified_user';

export type ScheduleRoundInput = {
  closesAt: string;
  opensAt: string;
  prizePool?: PrizePoolInput | null | undefined;
  questionId: string | number;
};

export type SendMessageInput = {
  body: string;
  channelId: string | number;
  /** The client's own id (1-64 characters): sending twice with it posts once. */
  clientMessageId: string;
  /** Users the message mentions; those who can read the channel are notified. */
  mentions?: Array<string | number> | null | undefined;
  replyToId?: string | number | null | undefined;
};

export type SetPlatformVariableInput = {
  /** The version read before editing: CONFLICT when someone changed it meanwhile. */
  expectedVersion?: number | null | undefined;
  key: string;
  reason?: string | null | undefined;
  value: string;
};

/** What became of a sign-in attempt. */
export type SignInOutcome =
  /** A sign-in with a provider was refused (bad state or code, an email of another account...). */
  | 'provider_refused'
  | 'success'
  | 'two_factor_failed'
  | 'two_factor_required'
  | 'two_factor_success'
  | 'unknown_login'
  | 'wrong_password';

/** Where to put an item: a bag slot or a bank slot. */
export type SlotInput = {
  /** The bag's index, for bag slots. */
  bag?: number | null | undefined;
  container: ContainerKind;
  slot: number;
};

export type StartUploadInput = {
  /** sha256 of the file (hex): when given, a file whose bytes differ is refused at completeUpload. */
  checksum?: string | null | undefined;
  /** The type the client believes the file has (checked against the bytes afterwards). */
  contentType: string;
  filename: string;
  purpose: MediaPurpose;
  /** Bytes. */
  size: number;
};

export type SubmitKycInput = {
  /** YYYY-MM-DD; the person must be at least 18 and born after 1900. */
  birthDate: string;
  /** ISO 3166-1 alpha-2 code of the issuing country, e.g. DE. */
  documentCountry: string;
  /** 1-5 of your own files uploaded with purpose KYC (images or PDFs). */
  documentIds: Array<string | number>;
  /** The national id or document number: 4-64 letters, digits, spaces, dots or dashes. */
  documentNumber: string;
  /** As on the document, 2-200 characters. */
  legalName: string;
};

/** Whether the whole system answers: OK, or DEGRADED when a subgraph or datastore is down. */
export type SystemStatus =
  | 'DEGRADED'
  | 'OK';

export type TicketAboutInput = {
  id: string | number;
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

/** How urgent a ticket is; each priority has its SLA deadlines (see supportSlaPolicies). */
export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

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

export type TradeItemInput = {
  itemId: string | number;
  quantity: number;
};

/** One side's whole offer; it replaces the previous one and clears both confirmations. */
export type TradeOfferInput = {
  currency?: MoneyInput | null | undefined;
  /** At most 12 stacks, from the character's bags. */
  items?: Array<TradeItemInput>;
};

export type TradeStatus =
  | 'cancelled'
  | 'completed'
  /** Refused at settlement (an item moved, no room, a wallet refusal); nothing changed hands. */
  | 'failed'
  | 'open'
  /** Both confirmed: money and items are being exchanged. */
  | 'settling';

export type TransactionKind =
  | 'admin_credit'
  /** The platform's share of a sale (on the platform account). */
  | 'commission'
  | 'credit'
  | 'debit'
  /** A referrer's reward. */
  | 'referral_reward'
  /** A paid top-up order. */
  | 'top_up'
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

/** The second factor a user signs in with. */
export type TwoFactorMethod =
  /** A code sent by SMS to the confirmed phone number. */
  | 'sms'
  /** A code from an authenticator app (RFC 6238). */
  | 'totp';

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateProfileInput = {
  avatarUrl?: string | null | undefined;
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
  locale?: string | null | undefined;
};

export type UserStatus =
  | 'offline'
  | 'online';

export type VideoCategoryInput = {
  description?: string | null | undefined;
  name: string;
  position?: number | null | undefined;
  slug: string;
};

export type VideoInput = {
  categoryId: string | number;
  description?: string | null | undefined;
  durationSeconds?: number | null | undefined;
  /** An http(s) address; exactly one of mediaId and externalUrl. */
  externalUrl?: string | null | undefined;
  /** A media file id (media subgraph); exactly one of mediaId and externalUrl. */
  mediaId?: string | number | null | undefined;
  /** Lower-case letters, digits and dashes; unique. */
  slug: string;
  title: string;
};

export type AccountDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountDashboardQuery = { me: { id: string, username: string, email: string | null, emailVerified: boolean | null, twoFactorEnabled: boolean | null, twoFactorMethod: TwoFactorMethod | null, phoneNumber: string | null, privacy: { email: Audience, presence: Audience, holdings: Audience, level: Audience } | null }, mySessions: Array<{ id: string, createdAt: string, lastRefreshedAt: string | null, clientAddress: string | null, userAgent: string | null, current: boolean }>, mySignIns: Array<{ at: string, address: string | null, userAgent: string | null, outcome: SignInOutcome }> };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type BeginTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorEnrolmentMutation = { beginTwoFactorEnrolment: { secret: string, otpauthUrl: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  oneTimeCode: string;
}>;


export type ConfirmTwoFactorEnrolmentMutation = { confirmTwoFactorEnrolment: { recoveryCodes: Array<string> } };

export type BeginSmsTwoFactorEnrolmentMutationVariables = Exact<{
  phoneNumber: string;
}>;


export type BeginSmsTwoFactorEnrolmentMutation = { beginSmsTwoFactorEnrolment: { expiresAt: string, phoneHint: string } };

export type ConfirmSmsTwoFactorEnrolmentMutationVariables = Exact<{
  oneTimeCode: string;
}>;


export type ConfirmSmsTwoFactorEnrolmentMutation = { confirmSmsTwoFactorEnrolment: { recoveryCodes: Array<string> } };

export type RequestTwoFactorDisableCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestTwoFactorDisableCodeMutation = { requestTwoFactorDisableCode: { expiresAt: string, phoneHint: string } };

export type DisableTwoFactorMutationVariables = Exact<{
  oneTimeCode: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type CompleteTwoFactorLoginMutationVariables = Exact<{
  challenge: string;
  oneTimeCode: string;
}>;


export type CompleteTwoFactorLoginMutation = { completeTwoFactorLogin: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, status: UserStatus } } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type UpdatePrivacyMutationVariables = Exact<{
  input: PrivacyInput;
}>;


export type UpdatePrivacyMutation = { updatePrivacy: { id: string, privacy: { email: Audience, presence: Audience, holdings: Audience, level: Audience } | null } };

export type MyBankAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBankAccountsQuery = { myBankAccounts: Array<{ id: string, iban: string, holderName: string, createdAt: string }> };

export type AddBankAccountMutationVariables = Exact<{
  iban: string;
  holderName: string;
}>;


export type AddBankAccountMutation = { addBankAccount: { id: string, iban: string, holderName: string, createdAt: string } };

export type RemoveBankAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveBankAccountMutation = { removeBankAccount: boolean };

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

export type AdminUserSummaryFragment = { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, kycStatus: KycStatus | null, createdAt: string };

export type AdminUserByUsernameQueryVariables = Exact<{
  username: string;
}>;


export type AdminUserByUsernameQuery = { userByUsername: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, kycStatus: KycStatus | null, createdAt: string } | null };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, kycStatus: KycStatus | null, createdAt: string } | null };

export type SetRolesMutationVariables = Exact<{
  userId: string | number;
  roles: Array<Role> | Role;
}>;


export type SetRolesMutation = { setRoles: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, kycStatus: KycStatus | null, createdAt: string } };

export type AssetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetsQuery = { assets: Array<string> };

export type AdminCreditMutationVariables = Exact<{
  input: AdminCreditInput;
}>;


export type AdminCreditMutation = { adminCredit: { id: string, asset: string, amount: string, balanceAfter: string, createdAt: string } };

export type AccrueHourlyProfitsMutationVariables = Exact<{ [key: string]: never; }>;


export type AccrueHourlyProfitsMutation = { accrueHourlyProfits: number };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, context: string, sequence: number, occurredAt: string, action: string, actor: string, outcome: AuditOutcome, errorCode: string | null, entityType: string | null, entityId: string | null, clientAddress: string | null, requestId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditActionCountsQueryVariables = Exact<{
  context?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditActionCountsQuery = { auditActionCounts: Array<{ action: string, count: number }> };

export type VerifyAuditChainQueryVariables = Exact<{
  context: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { context: string, ok: boolean, checked: number, brokenAt: { sequence: number, entryId: string | null, reason: string } | null } };

export type ApiKeySummaryFragment = { id: string, name: string, roles: Array<Role>, prefix: string, createdAt: string, rotatedAt: string | null, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, username: string } };

export type MyApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiKeysQuery = { myApiKeys: Array<{ id: string, name: string, roles: Array<Role>, prefix: string, createdAt: string, rotatedAt: string | null, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, username: string } }> };

export type AdminApiKeysQueryVariables = Exact<{
  ownerId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminApiKeysQuery = { apiKeys: Array<{ id: string, name: string, roles: Array<Role>, prefix: string, createdAt: string, rotatedAt: string | null, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, username: string } }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, roles: Array<Role>, prefix: string, createdAt: string, rotatedAt: string | null, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, username: string } } } };

export type RotateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string, name: string, roles: Array<Role>, prefix: string, createdAt: string, rotatedAt: string | null, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, username: string } } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, roles: Array<Role>, prefix: string, createdAt: string, rotatedAt: string | null, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, username: string } } };

export type CharacterSummaryFragment = { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } };

export type InventoryItemFragment = { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } };

export type InventoryFieldsFragment = { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } };

export type TradeSideFieldsFragment = { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null };

export type TradeFieldsFragment = { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } };

export type RealmsQueryVariables = Exact<{ [key: string]: never; }>;


export type RealmsQuery = { realms: Array<{ id: string, name: string, region: string, kind: RealmKind, status: RealmStatus, population: RealmPopulation }> };

export type RealmQueryVariables = Exact<{
  id: string | number;
}>;


export type RealmQuery = { realm: { id: string, name: string, region: string, kind: RealmKind, status: RealmStatus, population: RealmPopulation, zones: Array<{ id: string, name: string, minLevel: number, maxLevel: number, start: boolean }> } | null };

export type CharacterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CharacterOptionsQuery = { realms: Array<{ id: string, name: string, kind: RealmKind, status: RealmStatus, population: RealmPopulation }>, races: Array<{ id: string, name: string, description: string, classes: Array<{ id: string, name: string, role: ClassRole, description: string }> }>, classes: Array<{ id: string, name: string, role: ClassRole }> };

export type ItemDefinitionsQueryVariables = Exact<{
  kind?: ItemKind | null | undefined;
}>;


export type ItemDefinitionsQuery = { itemDefinitions: Array<{ id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean, description: string }> };

export type MyCharactersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCharactersQuery = { myCharacters: Array<{ id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } }> };

export type CharacterInventoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CharacterInventoryQuery = { character: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, inventory: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } | null };

export type CreateCharacterMutationVariables = Exact<{
  input: CreateCharacterInput;
}>;


export type CreateCharacterMutation = { createCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type SelectCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type SelectCharacterMutation = { selectCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type RenameCharacterMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameCharacterMutation = { renameCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type DeleteCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCharacterMutation = { deleteCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type RestoreCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreCharacterMutation = { restoreCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type MoveItemMutationVariables = Exact<{
  characterId: string | number;
  itemId: string | number;
  to: SlotInput;
  quantity?: number | null | undefined;
}>;


export type MoveItemMutation = { moveItem: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } };

export type EquipItemMutationVariables = Exact<{
  characterId: string | number;
  itemId: string | number;
}>;


export type EquipItemMutation = { equipItem: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } };

export type UnequipItemMutationVariables = Exact<{
  characterId: string | number;
  slot: EquipSlot;
  to?: SlotInput | null | undefined;
}>;


export type UnequipItemMutation = { unequipItem: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } };

export type TradeQueryVariables = Exact<{
  id: string | number;
}>;


export type TradeQuery = { trade: { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } } | null };

export type MyTradesQueryVariables = Exact<{
  status?: TradeStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type MyTradesQuery = { myTrades: Array<{ id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } }> };

export type OpenTradeMutationVariables = Exact<{
  characterId: string | number;
  withCharacterId: string | number;
}>;


export type OpenTradeMutation = { openTrade: { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } } };

export type SetTradeOfferMutationVariables = Exact<{
  tradeId: string | number;
  characterId: string | number;
  offer: TradeOfferInput;
}>;


export type SetTradeOfferMutation = { setTradeOffer: { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } } };

export type ConfirmTradeMutationVariables = Exact<{
  tradeId: string | number;
  characterId: string | number;
}>;


export type ConfirmTradeMutation = { confirmTrade: { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } } };

export type CancelTradeMutationVariables = Exact<{
  tradeId: string | number;
  characterId: string | number;
}>;


export type CancelTradeMutation = { cancelTrade: { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } } };

export type TradeChangedSubscriptionVariables = Exact<{
  tradeId: string | number;
}>;


export type TradeChangedSubscription = { tradeChanged: { id: string, status: TradeStatus, failureReason: string | null, createdAt: string, updatedAt: string, completedAt: string | null, initiator: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null }, recipient: { confirmed: boolean, character: { id: string, name: string, owner: { id: string, username: string } }, items: Array<{ itemId: string, quantity: number, definition: { id: string, name: string, rarity: ItemRarity } }>, currency: { asset: string, amount: string } | null } } };

export type CharacterChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CharacterChangedSubscription = { characterChanged: { type: string, characterId: string, at: string, character: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } | null } };

export type AdminCharactersQueryVariables = Exact<{
  name?: string | null | undefined;
  accountId?: string | number | null | undefined;
  realmId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminCharactersQuery = { adminCharacters: Array<{ id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, owner: { id: string, username: string }, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } }> };

export type AdminCharacterInventoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminCharacterInventoryQuery = { character: { id: string, name: string, inventory: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } | null } | null };

export type AdminRestoreCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRestoreCharacterMutation = { adminRestoreCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type AdminGrantItemMutationVariables = Exact<{
  characterId: string | number;
  itemId: string | number;
  quantity: number;
  reason: string;
}>;


export type AdminGrantItemMutation = { adminGrantItem: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } };

export type AdminRemoveItemMutationVariables = Exact<{
  itemId: string | number;
  quantity?: number | null | undefined;
  reason: string;
}>;


export type AdminRemoveItemMutation = { adminRemoveItem: { bags: Array<{ index: number, slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> }>, equipment: Array<{ slot: EquipSlot, item: { id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } } | null }>, bank: { slots: number, freeSlots: number, items: Array<{ id: string, quantity: number, definition: { id: string, name: string, kind: ItemKind, rarity: ItemRarity, stackSize: number, equipSlot: EquipSlot | null, levelRequired: number, bound: boolean }, location: { container: ContainerKind, bag: number | null, slot: number, equipSlot: EquipSlot | null } }> } } };

export type BanCharacterMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type BanCharacterMutation = { banCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type UnbanCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type UnbanCharacterMutation = { unbanCharacter: { id: string, name: string, level: number, experience: number, status: CharacterStatus, active: boolean | null, lastPlayedAt: string | null, deletedAt: string | null, restorableUntil: string | null, nextRenameAt: string | null, banReason: string | null, realm: { id: string, name: string }, race: { id: string, name: string }, class: { id: string, name: string, role: ClassRole }, zone: { id: string, name: string }, appearance: { bodyType: BodyType, skinTone: number, hairStyle: number, hairColor: string, eyeColor: string, faceShape: number, height: number, markings: Array<{ kind: MarkingKind, color: string }> } } };

export type PurgeDeletedCharactersMutationVariables = Exact<{ [key: string]: never; }>;


export type PurgeDeletedCharactersMutation = { purgeDeletedCharacters: number };

export type ChatMessageFragment = { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null };

export type ChatChannelFragment = { id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null };

export type MyChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChannelsQuery = { myChannels: Array<{ id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null }> };

export type ChannelHistoryQueryVariables = Exact<{
  channelId: string | number;
  first?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ChannelHistoryQuery = { channel: { id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, messages: { edges: Array<{ cursor: string, node: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null } | null };

export type ChannelMembersQueryVariables = Exact<{
  channelId: string | number;
}>;


export type ChannelMembersQuery = { channel: { id: string, members: Array<{ role: string, mutedUntil: string | null, joinedAt: string, user: { id: string, username: string } }> } | null };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } };

export type EditMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type EditMessageMutation = { editMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } };

export type DeleteMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMessageMutation = { deleteMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } };

export type MarkChannelReadMutationVariables = Exact<{
  channelId: string | number;
  messageId: string | number;
}>;


export type MarkChannelReadMutation = { markChannelRead: { id: string, unreadCount: number } };

export type SendTypingMutationVariables = Exact<{
  channelId: string | number;
}>;


export type SendTypingMutation = { sendTyping: boolean };

export type CreatePartyChannelMutationVariables = Exact<{
  name: string;
  memberIds: Array<string | number> | string | number;
}>;


export type CreatePartyChannelMutation = { createPartyChannel: { id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null } };

export type InviteToChannelMutationVariables = Exact<{
  channelId: string | number;
  userId: string | number;
}>;


export type InviteToChannelMutation = { inviteToChannel: { id: string } };

export type LeaveChannelMutationVariables = Exact<{
  channelId: string | number;
}>;


export type LeaveChannelMutation = { leaveChannel: boolean };

export type OpenDirectChannelMutationVariables = Exact<{
  userId: string | number;
}>;


export type OpenDirectChannelMutation = { openDirectChannel: { id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null } };

export type BlockedUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockedUsersQuery = { blockedUsers: Array<{ id: string, username: string }> };

export type BlockUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type BlockUserMutation = { blockUser: boolean };

export type UnblockUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnblockUserMutation = { unblockUser: boolean };

export type MuteMemberMutationVariables = Exact<{
  channelId: string | number;
  userId: string | number;
  minutes: number;
}>;


export type MuteMemberMutation = { muteMember: { mutedUntil: string | null } };

export type ReportMessageMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReportMessageMutation = { reportMessage: boolean };

export type ChatReportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ChatReportsQuery = { chatReports: Array<{ id: string, reason: string, createdAt: string, reporter: { id: string, username: string }, message: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, channel: { id: string, name: string }, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } }> };

export type DynastyChatQueryVariables = Exact<{
  dynastyId: string | number;
}>;


export type DynastyChatQuery = { dynasty: { id: string, chatChannel: { id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null } | null } | null };

export type HuntChatQueryVariables = Exact<{
  huntId: string | number;
}>;


export type HuntChatQuery = { hunt: { id: string, chatChannel: { id: string, kind: ChannelKind, name: string, closed: boolean, myRole: string | null, unreadCount: number, lastMessage: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null } | null } | null };

export type MessageAddedSubscriptionVariables = Exact<{
  channelId: string | number;
}>;


export type MessageAddedSubscription = { messageAdded: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } };

export type ChannelActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ChannelActivitySubscription = { channelActivity: { kind: string, channel: { id: string }, message: { id: string, clientMessageId: string, body: string | null, deleted: boolean, createdAt: string, editedAt: string | null, author: { id: string, username: string }, replyTo: { id: string, body: string | null, author: { id: string, username: string } } | null } | null, user: { id: string, username: string } | null } };

export type TopUpOrderSummaryFragment = { id: string, number: string, asset: string, amount: string, unitPrice: string, priceIrr: string, status: OrderStatus, redirectUrl: string | null, rrn: string | null, failure: string | null, createdAt: string, expiresAt: string, settledAt: string | null };

export type TopUpPricesQueryVariables = Exact<{ [key: string]: never; }>;


export type TopUpPricesQuery = { topUpPrices: Array<{ asset: string, priceIrr: string }> };

export type CreateTopUpOrderMutationVariables = Exact<{
  input: CreateTopUpOrderInput;
}>;


export type CreateTopUpOrderMutation = { createTopUpOrder: { id: string, number: string, asset: string, amount: string, unitPrice: string, priceIrr: string, status: OrderStatus, redirectUrl: string | null, rrn: string | null, failure: string | null, createdAt: string, expiresAt: string, settledAt: string | null } };

export type TopUpOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type TopUpOrderQuery = { topUpOrder: { id: string, number: string, asset: string, amount: string, unitPrice: string, priceIrr: string, status: OrderStatus, redirectUrl: string | null, rrn: string | null, failure: string | null, createdAt: string, expiresAt: string, settledAt: string | null } | null };

export type MyTopUpOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  status?: OrderStatus | null | undefined;
}>;


export type MyTopUpOrdersQuery = { myTopUpOrders: Array<{ id: string, number: string, asset: string, amount: string, unitPrice: string, priceIrr: string, status: OrderStatus, redirectUrl: string | null, rrn: string | null, failure: string | null, createdAt: string, expiresAt: string, settledAt: string | null }> };

export type AdminTopUpOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  status?: OrderStatus | null | undefined;
}>;


export type AdminTopUpOrdersQuery = { topUpOrders: Array<{ id: string, number: string, asset: string, amount: string, unitPrice: string, priceIrr: string, status: OrderStatus, redirectUrl: string | null, rrn: string | null, failure: string | null, createdAt: string, expiresAt: string, settledAt: string | null, user: { id: string, username: string } }> };

export type ReconcileOrdersMutationVariables = Exact<{ [key: string]: never; }>;


export type ReconcileOrdersMutation = { reconcileOrders: { checked: number, paid: number, expired: number, failed: number, cancelled: number, open: number, errors: number } };

export type MyReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralsQuery = { myReferrals: { code: string, referredBy: { id: string, username: string } | null, referrals: Array<{ createdAt: string, rewardAsset: string | null, rewardAmount: string | null, rewardedAt: string | null, referred: { id: string, username: string } }> } };

export type ClaimReferralMutationVariables = Exact<{
  code: string;
}>;


export type ClaimReferralMutation = { claimReferral: { createdAt: string, referred: { id: string } } };

export type PlatformVariablesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformVariablesQuery = { platformVariables: Array<{ key: string, value: string, description: string, defaultValue: string, version: number, updatedBy: string | null, updatedAt: string | null }> };

export type PlatformVariableHistoryQueryVariables = Exact<{
  key?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PlatformVariableHistoryQuery = { platformVariableHistory: Array<{ key: string, oldValue: string | null, newValue: string, version: number, changedBy: string, reason: string | null, changedAt: string }> };

export type SetPlatformVariableMutationVariables = Exact<{
  input: SetPlatformVariableInput;
}>;


export type SetPlatformVariableMutation = { setPlatformVariable: { key: string, value: string, version: number, updatedBy: string | null, updatedAt: string | null } };

export type CommissionReportQueryVariables = Exact<{
  from: string;
  to: string;
  period?: ReportPeriod | null | undefined;
}>;


export type CommissionReportQuery = { commissionReport: { from: string, to: string, period: ReportPeriod, lines: Array<{ periodStart: string, source: string, asset: string, amount: string, count: number }>, totals: Array<{ source: string, asset: string, amount: string, count: number }>, platformBalances: Array<{ asset: string, amount: string }> } };

export type TopUpOrderSettledSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TopUpOrderSettledSubscription = { topUpOrderSettled: { id: string, number: string, asset: string, amount: string, unitPrice: string, priceIrr: string, status: OrderStatus, redirectUrl: string | null, rrn: string | null, failure: string | null, createdAt: string, expiresAt: string, settledAt: string | null } };

export type VideoSummaryFragment = { id: string, slug: string, title: string, description: string, durationSeconds: number, status: PublicationStatus, publishedAt: string | null, likeCount: number, viewCount: number, commentCount: number, viewerHasLiked: boolean, category: { id: string, slug: string, name: string } };

export type VideoCommentFieldsFragment = { id: string, body: string, parentId: string | null, createdAt: string, editedAt: string | null, author: { id: string, username: string } };

export type CalendarEventFieldsFragment = { id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, status: PublicationStatus, interestedCount: number, goingCount: number, likeCount: number, viewerInteractions: Array<EventInteractionKind>, location: { name: string | null, latitude: number, longitude: number } | null, recurrence: { frequency: RecurrenceFrequency, interval: number, until: string | null, count: number | null } | null };

export type VideoCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type VideoCategoriesQuery = { videoCategories: Array<{ id: string, slug: string, name: string, description: string, position: number }> };

export type VideosQueryVariables = Exact<{
  categoryId?: string | number | null | undefined;
  categorySlug?: string | null | undefined;
  includeDrafts?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VideosQuery = { videos: { edges: Array<{ node: { externalUrl: string | null, id: string, slug: string, title: string, description: string, durationSeconds: number, status: PublicationStatus, publishedAt: string | null, likeCount: number, viewCount: number, commentCount: number, viewerHasLiked: boolean, media: { id: string } | null, category: { id: string, slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VideoQueryVariables = Exact<{
  slug: string;
  commentsAfter?: string | null | undefined;
}>;


export type VideoQuery = { video: { externalUrl: string | null, id: string, slug: string, title: string, description: string, durationSeconds: number, status: PublicationStatus, publishedAt: string | null, likeCount: number, viewCount: number, commentCount: number, viewerHasLiked: boolean, media: { id: string, url: string } | null, comments: { edges: Array<{ node: { id: string, body: string, parentId: string | null, createdAt: string, editedAt: string | null, replies: Array<{ id: string, body: string, parentId: string | null, createdAt: string, editedAt: string | null, author: { id: string, username: string } }>, author: { id: string, username: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, category: { id: string, slug: string, name: string } } | null };

export type CommentOnVideoMutationVariables = Exact<{
  videoId: string | number;
  body: string;
  parentId?: string | number | null | undefined;
}>;


export type CommentOnVideoMutation = { commentOnVideo: { id: string, body: string, parentId: string | null, createdAt: string, editedAt: string | null, author: { id: string, username: string } } };

export type EditVideoCommentMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type EditVideoCommentMutation = { editVideoComment: { id: string, body: string, parentId: string | null, createdAt: string, editedAt: string | null, author: { id: string, username: string } } };

export type DeleteVideoCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteVideoCommentMutation = { deleteVideoComment: boolean };

export type SetVideoLikeMutationVariables = Exact<{
  videoId: string | number;
  liked: boolean;
}>;


export type SetVideoLikeMutation = { setVideoLike: { id: string, likeCount: number, viewerHasLiked: boolean } };

export type ViewVideoMutationVariables = Exact<{
  videoId: string | number;
}>;


export type ViewVideoMutation = { viewVideo: { id: string, viewCount: number } };

export type CalendarQueryVariables = Exact<{
  from: string;
  to: string;
  includeDrafts?: boolean | null | undefined;
}>;


export type CalendarQuery = { calendar: Array<{ startsAt: string, endsAt: string, event: { id: string, title: string, timeZone: string, status: PublicationStatus, goingCount: number, interestedCount: number, likeCount: number, viewerInteractions: Array<EventInteractionKind>, location: { name: string | null } | null } }> };

export type CalendarEventQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CalendarEventQuery = { calendarEvent: { id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, status: PublicationStatus, interestedCount: number, goingCount: number, likeCount: number, viewerInteractions: Array<EventInteractionKind>, occurrences: Array<{ startsAt: string, endsAt: string }>, location: { name: string | null, latitude: number, longitude: number } | null, recurrence: { frequency: RecurrenceFrequency, interval: number, until: string | null, count: number | null } | null } | null };

export type SetEventInteractionMutationVariables = Exact<{
  eventId: string | number;
  kind: EventInteractionKind;
  active: boolean;
}>;


export type SetEventInteractionMutation = { setEventInteraction: { id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, status: PublicationStatus, interestedCount: number, goingCount: number, likeCount: number, viewerInteractions: Array<EventInteractionKind>, location: { name: string | null, latitude: number, longitude: number } | null, recurrence: { frequency: RecurrenceFrequency, interval: number, until: string | null, count: number | null } | null } };

export type CreateVideoCategoryMutationVariables = Exact<{
  input: VideoCategoryInput;
}>;


export type CreateVideoCategoryMutation = { createVideoCategory: { id: string, slug: string, name: string, description: string, position: number } };

export type UpdateVideoCategoryMutationVariables = Exact<{
  id: string | number;
  input: VideoCategoryInput;
}>;


export type UpdateVideoCategoryMutation = { updateVideoCategory: { id: string, slug: string, name: string, description: string, position: number } };

export type CreateVideoMutationVariables = Exact<{
  input: VideoInput;
}>;


export type CreateVideoMutation = { createVideo: { externalUrl: string | null, id: string, slug: string, title: string, description: string, durationSeconds: number, status: PublicationStatus, publishedAt: string | null, likeCount: number, viewCount: number, commentCount: number, viewerHasLiked: boolean, media: { id: string } | null, category: { id: string, slug: string, name: string } } };

export type UpdateVideoMutationVariables = Exact<{
  id: string | number;
  input: VideoInput;
}>;


export type UpdateVideoMutation = { updateVideo: { externalUrl: string | null, id: string, slug: string, title: string, description: string, durationSeconds: number, status: PublicationStatus, publishedAt: string | null, likeCount: number, viewCount: number, commentCount: number, viewerHasLiked: boolean, media: { id: string } | null, category: { id: string, slug: string, name: string } } };

export type SetVideoPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type SetVideoPublishedMutation = { setVideoPublished: { id: string, status: PublicationStatus, publishedAt: string | null } };

export type CreateCalendarEventMutationVariables = Exact<{
  input: CalendarEventInput;
}>;


export type CreateCalendarEventMutation = { createCalendarEvent: { id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, status: PublicationStatus, interestedCount: number, goingCount: number, likeCount: number, viewerInteractions: Array<EventInteractionKind>, location: { name: string | null, latitude: number, longitude: number } | null, recurrence: { frequency: RecurrenceFrequency, interval: number, until: string | null, count: number | null } | null } };

export type UpdateCalendarEventMutationVariables = Exact<{
  id: string | number;
  input: CalendarEventInput;
}>;


export type UpdateCalendarEventMutation = { updateCalendarEvent: { id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, status: PublicationStatus, interestedCount: number, goingCount: number, likeCount: number, viewerInteractions: Array<EventInteractionKind>, location: { name: string | null, latitude: number, longitude: number } | null, recurrence: { frequency: RecurrenceFrequency, interval: number, until: string | null, count: number | null } | null } };

export type SetCalendarEventPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type SetCalendarEventPublishedMutation = { setCalendarEventPublished: { id: string, status: PublicationStatus } };

export type HourlyProfitsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HourlyProfitsQuery = { hourlyProfits: { pending: Array<{ asset: string, amount: string }>, edges: Array<{ node: { hour: string, asset: string, amount: string, withdrawn: boolean, feature: { id: string, landUse: LandUse } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WithdrawProfitsMutationVariables = Exact<{
  asset: string;
  idempotencyKey: string;
}>;


export type WithdrawProfitsMutation = { withdrawProfits: { id: string, asset: string, amount: string, createdAt: string } };

export type LandUsesQueryVariables = Exact<{ [key: string]: never; }>;


export type LandUsesQuery = { landUses: Array<{ landUse: LandUse, colour: string, hourlyProfitRate: string }> };

export type PlaceBuildingMutationVariables = Exact<{
  featureId: string | number;
  kind: BuildingKind;
  name?: string | null | undefined;
}>;


export type PlaceBuildingMutation = { placeBuilding: { id: string, kind: BuildingKind, name: string | null, createdAt: string } };

export type RemoveBuildingMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveBuildingMutation = { removeBuilding: { id: string, buildings: Array<{ id: string, kind: BuildingKind, name: string | null }> } };

export type MyEstateQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyEstateQuery = { myFeatures: { edges: Array<{ node: { id: string, landUse: LandUse, areaM2: number, buildings: Array<{ id: string, kind: BuildingKind, name: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type KycSubmissionSummaryFragment = { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null };

export type KycDocumentFragment = { id: string, filename: string, contentType: string, size: number, url: string, displayUrl: string | null };

export type MyKycQueryVariables = Exact<{ [key: string]: never; }>;


export type MyKycQuery = { me: { id: string, kycStatus: KycStatus | null, roles: Array<Role> }, myKycSubmission: { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null } | null };

export type SubmitKycMutationVariables = Exact<{
  input: SubmitKycInput;
}>;


export type SubmitKycMutation = { submitKyc: { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null } };

export type KycQueueQueryVariables = Exact<{
  status?: KycStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type KycQueueQuery = { kycSubmissions: { edges: Array<{ cursor: string, node: { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null, user: { id: string, username: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type KycSubmissionReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type KycSubmissionReviewQuery = { kycSubmission: { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null, user: { id: string, username: string, kycStatus: KycStatus | null }, decidedBy: { id: string, username: string } | null, documents: Array<{ id: string, filename: string, contentType: string, size: number, url: string, displayUrl: string | null } | null> } | null };

export type ApproveKycMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveKycMutation = { approveKyc: { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null } };

export type RejectKycMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectKycMutation = { rejectKyc: { id: string, status: KycStatus, legalName: string, birthDate: string, documentNumber: string, documentCountry: string, submittedAt: string, decidedAt: string | null, rejectionReason: string | null } };

export type UserLimitationFieldsFragment = { userId: string, kind: LimitationKind, until: string, reason: string | null, inForce: boolean };

export type UserLimitationsQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserLimitationsQuery = { userLimitations: Array<{ userId: string, kind: LimitationKind, until: string, reason: string | null, inForce: boolean }> };

export type ImposeLimitationMutationVariables = Exact<{
  userId: string | number;
  kind: LimitationKind;
  until: string;
  reason: string;
}>;


export type ImposeLimitationMutation = { imposeLimitation: { userId: string, kind: LimitationKind, until: string, reason: string | null, inForce: boolean } };

export type LiftLimitationMutationVariables = Exact<{
  userId: string | number;
  kind: LimitationKind;
}>;


export type LiftLimitationMutation = { liftLimitation: { userId: string, kind: LimitationKind, until: string, reason: string | null, inForce: boolean } };

export type MediaFileFragment = { id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string };

export type UploadProgressFragment = { id: string, status: string, partSize: number, parts: Array<{ number: number, size: number, url: string | null, uploaded: boolean }> };

export type StartUploadMutationVariables = Exact<{
  input: StartUploadInput;
}>;


export type StartUploadMutation = { startUpload: { id: string, status: string, partSize: number, parts: Array<{ number: number, size: number, url: string | null, uploaded: boolean }> } };

export type UploadStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadStatusQuery = { uploadStatus: { id: string, status: string, partSize: number, parts: Array<{ number: number, size: number, url: string | null, uploaded: boolean }> } };

export type CompleteUploadMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteUploadMutation = { completeUpload: { id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string } };

export type AbortUploadMutationVariables = Exact<{
  id: string | number;
}>;


export type AbortUploadMutation = { abortUpload: { id: string, status: string } };

export type AttachMediaMutationVariables = Exact<{
  mediaId: string | number;
  target: MediaTargetInput;
}>;


export type AttachMediaMutation = { attachMedia: { id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string } };

export type DetachMediaMutationVariables = Exact<{
  mediaId: string | number;
  target: MediaTargetInput;
}>;


export type DetachMediaMutation = { detachMedia: boolean };

export type DeleteMediaMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMediaMutation = { deleteMedia: boolean };

export type MediaByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MediaByIdQuery = { mediaById: { id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string } | null };

export type MyMediaQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMediaQuery = { myMediaQuota: { usedBytes: number, limitBytes: number }, me: { id: string, avatar: { id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string } | null, media: Array<{ id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string }> } };

export type FeaturePhotosQueryVariables = Exact<{
  id: string | number;
}>;


export type FeaturePhotosQuery = { feature: { id: string, photos: Array<{ id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string }> } | null };

export type HuntMediaQueryVariables = Exact<{
  id: string | number;
}>;


export type HuntMediaQuery = { hunt: { id: string, media: Array<{ id: string, filename: string, contentType: string, size: number, width: number | null, height: number | null, createdAt: string, thumbnailUrl: string | null, displayUrl: string | null, url: string }> } | null };

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

export type NotificationPreferenceFieldsFragment = { kind: NotificationKind, channel: NotificationChannel, enabled: boolean, mandatory: boolean };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean, mandatory: boolean }> };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean, mandatory: boolean }> };

export type ClueDetailFragment = { id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } };

export type AuthoredHuntFragment = { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null };

export type MyPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartnersQuery = { myPartners: Array<{ id: string, name: string, createdAt: string, members: Array<{ id: string, username: string }>, hunts: Array<{ id: string, title: string, status: HuntStatus }> }> };

export type PartnerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerProfileQuery = { partner: { id: string, name: string, createdAt: string, hunts: Array<{ id: string, title: string, status: HuntStatus }> } | null };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { id: string, name: string } };

export type AddPartnerMemberMutationVariables = Exact<{
  partnerId: string | number;
  userId: string | number;
}>;


export type AddPartnerMemberMutation = { addPartnerMember: { id: string, members: Array<{ id: string, username: string }> } };

export type AuthoredHuntQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthoredHuntQuery = { hunt: { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null } | null };

export type CreateHuntMutationVariables = Exact<{
  input: CreateHuntInput;
}>;


export type CreateHuntMutation = { createHunt: { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null } };

export type AddClueMutationVariables = Exact<{
  huntId: string | number;
  input: ClueInput;
}>;


export type AddClueMutation = { addClue: { id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } } };

export type RemoveClueMutationVariables = Exact<{
  huntId: string | number;
  clueId: string | number;
}>;


export type RemoveClueMutation = { removeClue: { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null } };

export type ConnectCluesMutationVariables = Exact<{
  huntId: string | number;
  from: string | number;
  to: string | number;
}>;


export type ConnectCluesMutation = { connectClues: { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null } };

export type PublishHuntMutationVariables = Exact<{
  huntId: string | number;
}>;


export type PublishHuntMutation = { publishHunt: { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null } };

export type CloseHuntMutationVariables = Exact<{
  huntId: string | number;
}>;


export type CloseHuntMutation = { closeHunt: { id: string, title: string, description: string, status: HuntStatus, startsAt: string, endsAt: string, participantCount: number, playArea: { radiusMeters: number, center: { lat: number, lng: number } }, reward: { asset: string, amount: string }, clues: Array<{ id: string, name: string, riddle: string, hint: string | null, radiusMeters: number, start: boolean, treasure: boolean, location: { lat: number, lng: number } }>, paths: Array<{ from: string, to: string }>, winner: { id: string, username: string } | null } };

export type FindUserQueryVariables = Exact<{
  username: string;
}>;


export type FindUserQuery = { userByUsername: { id: string, username: string } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, username: string, displayName: string | null, bio: string | null, avatarUrl: string | null, locale: string | null } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, username: string, displayName: string | null, bio: string | null, avatarUrl: string | null, locale: string | null, email: string | null, roles: Array<Role> } };

export type LevelStandingFragment = { number: number, name: string, points: number, pointsToNext: number | null, perks: Array<string>, next: { number: number, name: string, threshold: number } | null };

export type LevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LevelsQuery = { levels: Array<{ number: number, name: string, threshold: number, perks: Array<string> }> };

export type MyLevelQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLevelQuery = { me: { id: string, level: { number: number, name: string, points: number, pointsToNext: number | null, perks: Array<string>, next: { number: number, name: string, threshold: number } | null } | null } };

export type LevelHistoryQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LevelHistoryQuery = { me: { id: string, level: { number: number, name: string, points: number, pointsToNext: number | null, perks: Array<string>, next: { number: number, name: string, threshold: number } | null } | null, levelHistory: Array<{ fromLevel: number, toLevel: number, name: string, points: number, at: string }> | null } };

export type PointsLeaderboardQueryVariables = Exact<{
  period: LeaderboardPeriod;
  first?: number | null | undefined;
}>;


export type PointsLeaderboardQuery = { pointsLeaderboard: { period: LeaderboardPeriod, since: string | null, entries: Array<{ rank: number, points: number | null, user: { id: string, username: string, level: { number: number, name: string } | null } }>, viewer: { rank: number, points: number | null } | null } };

export type LevelChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LevelChangedSubscription = { levelChanged: { fromLevel: number, toLevel: number, name: string, points: number, at: string } };

export type RoundSummaryFragment = { id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null };

export type AnswerResultFragment = { correct: boolean, answeredAt: string, points: number, prize: { id: string, rank: number, asset: string, amount: string, paid: boolean } | null };

export type ChallengeTimingsQueryVariables = Exact<{
  upcomingFirst?: number | null | undefined;
}>;


export type ChallengeTimingsQuery = { challengeTimings: { now: string, open: Array<{ id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, myAnswer: { correct: boolean, answeredAt: string, points: number, prize: { id: string, rank: number, asset: string, amount: string, paid: boolean } | null } | null, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null }>, upcoming: Array<{ id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null }> } };

export type ChallengeQuestionQueryVariables = Exact<{
  roundId: string | number;
}>;


export type ChallengeQuestionQuery = { challengeQuestion: { text: string, choices: Array<{ id: string, text: string }>, round: { id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null } } };

export type SubmitChallengeAnswerMutationVariables = Exact<{
  roundId: string | number;
  choiceId: string | number;
}>;


export type SubmitChallengeAnswerMutation = { submitChallengeAnswer: { correct: boolean, answeredAt: string, points: number, round: { id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null }, prize: { id: string, rank: number, asset: string, amount: string, paid: boolean } | null } };

export type MyPrizesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyPrizesQuery = { myPrizes: Array<{ id: string, rank: number, asset: string, amount: string, paid: boolean, paidAt: string | null, round: { id: string, closesAt: string } }> };

export type ProgressionAdminQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProgressionAdminQuery = { levels: Array<{ number: number, name: string, threshold: number, perks: Array<string> }>, activityRules: Array<{ activity: string, description: string, sourceContext: string | null, eventType: string | null, userField: string, match: string, points: number, dailyCap: number | null, active: boolean }>, challengeQuestions: Array<{ id: string, text: string, choices: Array<string>, correctIndex: number, createdAt: string }>, challengeRounds: Array<{ id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, question: { id: string, text: string } | null, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null }> };

export type UpsertLevelMutationVariables = Exact<{
  input: LevelInput;
}>;


export type UpsertLevelMutation = { upsertLevel: { number: number, name: string, threshold: number, perks: Array<string> } };

export type DeleteLevelMutationVariables = Exact<{
  number: number;
}>;


export type DeleteLevelMutation = { deleteLevel: boolean };

export type UpsertActivityRuleMutationVariables = Exact<{
  input: ActivityRuleInput;
}>;


export type UpsertActivityRuleMutation = { upsertActivityRule: { activity: string, points: number, dailyCap: number | null, active: boolean } };

export type CreateChallengeQuestionMutationVariables = Exact<{
  input: ChallengeQuestionInput;
}>;


export type CreateChallengeQuestionMutation = { createChallengeQuestion: { id: string, text: string, choices: Array<string>, correctIndex: number } };

export type ScheduleChallengeRoundMutationVariables = Exact<{
  input: ScheduleRoundInput;
}>;


export type ScheduleChallengeRoundMutation = { scheduleChallengeRound: { id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null } };

export type CancelChallengeRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelChallengeRoundMutation = { cancelChallengeRound: { id: string, opensAt: string, closesAt: string, status: ChallengeRoundStatus, winners: number, prizePool: { asset: string, amountEach: string, winnerLimit: number } | null } };

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProvidersQuery = { signInProviders: Array<{ id: string, name: string }> };

export type StartProviderSignInMutationVariables = Exact<{
  provider: string | number;
  redirectUri: string;
}>;


export type StartProviderSignInMutation = { startProviderSignIn: { authorizationUrl: string, expiresAt: string } };

export type CompleteProviderSignInMutationVariables = Exact<{
  authorizationResponse: string;
}>;


export type CompleteProviderSignInMutation = { completeProviderSignIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, username: string, displayName: string | null, email: string | null, roles: Array<Role>, status: UserStatus } } };

export type LinkedProviderFieldsFragment = { email: string | null, linkedAt: string, lastUsedAt: string | null, provider: { id: string, name: string } };

export type MyLinkedProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLinkedProvidersQuery = { myLinkedProviders: Array<{ email: string | null, linkedAt: string, lastUsedAt: string | null, provider: { id: string, name: string } }> };

export type StartProviderLinkMutationVariables = Exact<{
  provider: string | number;
  redirectUri: string;
}>;


export type StartProviderLinkMutation = { startProviderLink: { authorizationUrl: string, expiresAt: string } };

export type CompleteProviderLinkMutationVariables = Exact<{
  authorizationResponse: string;
}>;


export type CompleteProviderLinkMutation = { completeProviderLink: { email: string | null, linkedAt: string, lastUsedAt: string | null, provider: { id: string, name: string } } };

export type UnlinkProviderMutationVariables = Exact<{
  provider: string | number;
}>;


export type UnlinkProviderMutation = { unlinkProvider: boolean };

export type StartProviderAccountDeletionMutationVariables = Exact<{
  provider: string | number;
  redirectUri: string;
}>;


export type StartProviderAccountDeletionMutation = { startProviderAccountDeletion: { authorizationUrl: string, expiresAt: string } };

export type DeleteMyAccountWithProviderMutationVariables = Exact<{
  authorizationResponse: string;
}>;


export type DeleteMyAccountWithProviderMutation = { deleteMyAccountWithProvider: boolean };

export type SiteQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteQuery = { site: { id: string, name: string, features: { contexts: Array<string>, title: string, logoUrl: string | null, colors: { primary: string, onPrimary: string, accent: string, background: string, text: string } } } };

export type SystemHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemHealthQuery = { systemHealth: { status: SystemStatus, checkedAt: string, latencyMs: number, degraded: Array<string>, router: Array<{ name: string, status: HealthStatus, latencyMs: number, error: string | null }>, subgraphs: Array<{ name: string, status: HealthStatus, latencyMs: number, error: string | null, datastores: Array<{ name: string, status: HealthStatus, latencyMs: number, error: string | null }> }> } };

export type JoinRequestFieldsFragment = { id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null };

export type DynastyPageFieldsFragment = { id: string, name: string, status: DynastyStatus, memberLimit: number, memberCount: number, createdAt: string, dissolvedAt: string | null, head: { id: string, username: string }, seat: { id: string, landUse: LandUse } | null, members: Array<{ role: MemberRole, isChild: boolean, joinedAt: string, family: { id: string, name: string }, user: { id: string, username: string, level: { number: number, name: string } | null, features: { edges: Array<{ node: { id: string } }> } }, relations: Array<{ kind: RelationKind, relative: { id: string, username: string } }> }>, families: Array<{ id: string, name: string, members: Array<{ user: { id: string } }> }>, pendingRequests: Array<{ id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null }>, childPermissions: Array<{ dailySpendLimit: string | null, canBuyParcels: boolean, canSellParcels: boolean, canChat: boolean, user: { id: string, username: string } }> };

export type DynastyQueryVariables = Exact<{
  id: string | number;
}>;


export type DynastyQuery = { dynasty: { id: string, name: string, status: DynastyStatus, memberLimit: number, memberCount: number, createdAt: string, dissolvedAt: string | null, head: { id: string, username: string }, seat: { id: string, landUse: LandUse } | null, members: Array<{ role: MemberRole, isChild: boolean, joinedAt: string, family: { id: string, name: string }, user: { id: string, username: string, level: { number: number, name: string } | null, features: { edges: Array<{ node: { id: string } }> } }, relations: Array<{ kind: RelationKind, relative: { id: string, username: string } }> }>, families: Array<{ id: string, name: string, members: Array<{ user: { id: string } }> }>, pendingRequests: Array<{ id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null }>, childPermissions: Array<{ dailySpendLimit: string | null, canBuyParcels: boolean, canSellParcels: boolean, canChat: boolean, user: { id: string, username: string } }> } | null };

export type MyDynastyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDynastyQuery = { myDynasty: { id: string, name: string, status: DynastyStatus, memberLimit: number, memberCount: number, createdAt: string, dissolvedAt: string | null, head: { id: string, username: string }, seat: { id: string, landUse: LandUse } | null, members: Array<{ role: MemberRole, isChild: boolean, joinedAt: string, family: { id: string, name: string }, user: { id: string, username: string, level: { number: number, name: string } | null, features: { edges: Array<{ node: { id: string } }> } }, relations: Array<{ kind: RelationKind, relative: { id: string, username: string } }> }>, families: Array<{ id: string, name: string, members: Array<{ user: { id: string } }> }>, pendingRequests: Array<{ id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null }>, childPermissions: Array<{ dailySpendLimit: string | null, canBuyParcels: boolean, canSellParcels: boolean, canChat: boolean, user: { id: string, username: string } }> } | null };

export type FeatureDynastyQueryVariables = Exact<{
  featureId: string | number;
}>;


export type FeatureDynastyQuery = { feature: { id: string, dynasty: { id: string, name: string, memberCount: number, memberLimit: number, head: { id: string, username: string } } | null } | null, me: { id: string, dynasty: { id: string } | null } };

export type JoinRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type JoinRequestsQuery = { joinRequestsSent: Array<{ id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null }>, joinRequestsReceived: Array<{ id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null }> };

export type FoundDynastyMutationVariables = Exact<{
  input: FoundDynastyInput;
}>;


export type FoundDynastyMutation = { foundDynasty: { id: string, name: string, seat: { id: string } | null } };

export type SendJoinRequestMutationVariables = Exact<{
  input: JoinRequestInput;
}>;


export type SendJoinRequestMutation = { sendJoinRequest: { id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null } };

export type AcceptJoinRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptJoinRequestMutation = { acceptJoinRequest: { id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null } };

export type RejectJoinRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectJoinRequestMutation = { rejectJoinRequest: { id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null } };

export type CancelJoinRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelJoinRequestMutation = { cancelJoinRequest: { id: string, kind: JoinRequestKind, status: JoinRequestStatus, canAnswer: boolean, message: string | null, relation: RelationKind | null, expiresAt: string, createdAt: string, answeredAt: string | null, dynasty: { id: string, name: string }, sender: { id: string, username: string }, user: { id: string, username: string }, relative: { id: string, username: string } | null } };

export type AddFamilyRelationMutationVariables = Exact<{
  input: FamilyRelationInput;
}>;


export type AddFamilyRelationMutation = { addFamilyRelation: { id: string } };

export type LeaveDynastyMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveDynastyMutation = { leaveDynasty: { id: string, status: DynastyStatus } };

export type SetChildPermissionsMutationVariables = Exact<{
  userId: string | number;
  input: ChildPermissionsInput;
}>;


export type SetChildPermissionsMutation = { setChildPermissions: { dailySpendLimit: string | null, canBuyParcels: boolean, canSellParcels: boolean, canChat: boolean, user: { id: string } } };

export type DynastyChangedSubscriptionVariables = Exact<{
  dynastyId: string | number;
}>;


export type DynastyChangedSubscription = { dynastyChanged: { type: string, changedAt: string, user: { id: string, username: string } | null, request: { id: string, status: JoinRequestStatus } | null } };

export type TicketSummaryFragment = { id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string };

export type TicketThreadFragment = { body: string, closedAt: string | null, firstRespondedAt: string | null, id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, author: { id: string, username: string }, assignee: { id: string, username: string } | null, about: { type: TicketAboutType, id: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, url: string }>, responses: Array<{ id: string, body: string, fromStaff: boolean, createdAt: string, author: { id: string, username: string } }> };

export type TicketSlaViewFragment = { sla: { firstResponseDueAt: string, resolutionDueAt: string, firstResponseBreached: boolean, resolutionBreached: boolean } };

export type ReportViewFragment = { id: string, targetType: ReportTargetType, targetId: string, status: ReportStatus, reporterCount: number, outcome: ReportOutcome | null, outcomeNote: string | null, createdAt: string, updatedAt: string, decidedAt: string | null, subjectUser: { id: string, username: string } | null, reasons: Array<{ reason: string, createdAt: string, reporter: { id: string, username: string } }> };

export type MyTicketsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTicketsQuery = { myTickets: { edges: Array<{ cursor: string, node: { id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TicketQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketQuery = { ticket: { body: string, closedAt: string | null, firstRespondedAt: string | null, id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, author: { id: string, username: string }, assignee: { id: string, username: string } | null, about: { type: TicketAboutType, id: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, url: string }>, responses: Array<{ id: string, body: string, fromStaff: boolean, createdAt: string, author: { id: string, username: string } }> } };

export type StaffTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffTicketQuery = { ticket: { body: string, closedAt: string | null, firstRespondedAt: string | null, id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, author: { id: string, username: string }, assignee: { id: string, username: string } | null, about: { type: TicketAboutType, id: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, url: string }>, responses: Array<{ id: string, body: string, fromStaff: boolean, createdAt: string, author: { id: string, username: string } }>, sla: { firstResponseDueAt: string, resolutionDueAt: string, firstResponseBreached: boolean, resolutionBreached: boolean } } };

export type SupportQueueQueryVariables = Exact<{
  statuses?: Array<TicketStatus> | TicketStatus | null | undefined;
  assignedToMe?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportQueueQuery = { supportQueue: { edges: Array<{ cursor: string, node: { id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, author: { id: string, username: string }, assignee: { id: string, username: string } | null, sla: { firstResponseDueAt: string, resolutionDueAt: string, firstResponseBreached: boolean, resolutionBreached: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SupportSlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportSlaPoliciesQuery = { supportSlaPolicies: Array<{ priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number }> };

export type ReportQueueQueryVariables = Exact<{
  status?: ReportStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportQueueQuery = { reportQueue: { edges: Array<{ cursor: string, node: { id: string, targetType: ReportTargetType, targetId: string, status: ReportStatus, reporterCount: number, outcome: ReportOutcome | null, outcomeNote: string | null, createdAt: string, updatedAt: string, decidedAt: string | null, subjectUser: { id: string, username: string } | null, reasons: Array<{ reason: string, createdAt: string, reporter: { id: string, username: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { openTicket: { body: string, closedAt: string | null, firstRespondedAt: string | null, id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, author: { id: string, username: string }, assignee: { id: string, username: string } | null, about: { type: TicketAboutType, id: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, url: string }>, responses: Array<{ id: string, body: string, fromStaff: boolean, createdAt: string, author: { id: string, username: string } }> } };

export type RespondToTicketMutationVariables = Exact<{
  ticketId: string | number;
  body: string;
}>;


export type RespondToTicketMutation = { respondToTicket: { id: string, body: string, fromStaff: boolean, createdAt: string } };

export type CloseTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseTicketMutation = { closeTicket: { closedAt: string | null, id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string } };

export type ReopenTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenTicketMutation = { reopenTicket: { closedAt: string | null, id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string } };

export type AssignTicketMutationVariables = Exact<{
  id: string | number;
  assigneeId?: string | number | null | undefined;
}>;


export type AssignTicketMutation = { assignTicket: { id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, assignee: { id: string, username: string } | null } };

export type SetTicketPriorityMutationVariables = Exact<{
  id: string | number;
  priority: TicketPriority;
}>;


export type SetTicketPriorityMutation = { setTicketPriority: { id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, sla: { firstResponseDueAt: string, resolutionDueAt: string, firstResponseBreached: boolean, resolutionBreached: boolean } } };

export type SetTicketStatusMutationVariables = Exact<{
  id: string | number;
  status: TicketStatus;
}>;


export type SetTicketStatusMutation = { setTicketStatus: { id: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string } };

export type ReportMutationVariables = Exact<{
  input: ReportInput;
}>;


export type ReportMutation = { report: { id: string, targetType: ReportTargetType, targetId: string, status: ReportStatus } };

export type DecideReportMutationVariables = Exact<{
  input: DecideReportInput;
}>;


export type DecideReportMutation = { decideReport: { id: string, targetType: ReportTargetType, targetId: string, status: ReportStatus, reporterCount: number, outcome: ReportOutcome | null, outcomeNote: string | null, createdAt: string, updatedAt: string, decidedAt: string | null, subjectUser: { id: string, username: string } | null, reasons: Array<{ reason: string, createdAt: string, reporter: { id: string, username: string } }> } };

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
export const AdminUserSummaryFragmentDoc = new TypedDocumentString(`
    fragment AdminUserSummary on User {
  id
  username
  displayName
  email
  roles
  kycStatus
  createdAt
}
    `, {"fragmentName":"AdminUserSummary"}) as unknown as TypedDocumentString<AdminUserSummaryFragment, unknown>;
export const ApiKeySummaryFragmentDoc = new TypedDocumentString(`
    fragment ApiKeySummary on ApiKey {
  id
  name
  roles
  prefix
  createdAt
  rotatedAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
  }
}
    `, {"fragmentName":"ApiKeySummary"}) as unknown as TypedDocumentString<ApiKeySummaryFragment, unknown>;
export const CharacterSummaryFragmentDoc = new TypedDocumentString(`
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}
    `, {"fragmentName":"CharacterSummary"}) as unknown as TypedDocumentString<CharacterSummaryFragment, unknown>;
export const InventoryItemFragmentDoc = new TypedDocumentString(`
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
    `, {"fragmentName":"InventoryItem"}) as unknown as TypedDocumentString<InventoryItemFragment, unknown>;
export const InventoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}`, {"fragmentName":"InventoryFields"}) as unknown as TypedDocumentString<InventoryFieldsFragment, unknown>;
export const TradeSideFieldsFragmentDoc = new TypedDocumentString(`
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
    `, {"fragmentName":"TradeSideFields"}) as unknown as TypedDocumentString<TradeSideFieldsFragment, unknown>;
export const TradeFieldsFragmentDoc = new TypedDocumentString(`
    fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}`, {"fragmentName":"TradeFields"}) as unknown as TypedDocumentString<TradeFieldsFragment, unknown>;
export const ChatMessageFragmentDoc = new TypedDocumentString(`
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
    `, {"fragmentName":"ChatMessage"}) as unknown as TypedDocumentString<ChatMessageFragment, unknown>;
export const ChatChannelFragmentDoc = new TypedDocumentString(`
    fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"fragmentName":"ChatChannel"}) as unknown as TypedDocumentString<ChatChannelFragment, unknown>;
export const TopUpOrderSummaryFragmentDoc = new TypedDocumentString(`
    fragment TopUpOrderSummary on TopUpOrder {
  id
  number
  asset
  amount
  unitPrice
  priceIrr
  status
  redirectUrl
  rrn
  failure
  createdAt
  expiresAt
  settledAt
}
    `, {"fragmentName":"TopUpOrderSummary"}) as unknown as TypedDocumentString<TopUpOrderSummaryFragment, unknown>;
export const VideoSummaryFragmentDoc = new TypedDocumentString(`
    fragment VideoSummary on Video {
  id
  slug
  title
  description
  durationSeconds
  status
  publishedAt
  likeCount
  viewCount
  commentCount
  viewerHasLiked
  category {
    id
    slug
    name
  }
}
    `, {"fragmentName":"VideoSummary"}) as unknown as TypedDocumentString<VideoSummaryFragment, unknown>;
export const VideoCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment VideoCommentFields on VideoComment {
  id
  body
  parentId
  createdAt
  editedAt
  author {
    id
    username
  }
}
    `, {"fragmentName":"VideoCommentFields"}) as unknown as TypedDocumentString<VideoCommentFieldsFragment, unknown>;
export const CalendarEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarEventFields on CalendarEvent {
  id
  title
  description
  startsAt
  endsAt
  timeZone
  status
  location {
    name
    latitude
    longitude
  }
  recurrence {
    frequency
    interval
    until
    count
  }
  interestedCount
  goingCount
  likeCount
  viewerInteractions
}
    `, {"fragmentName":"CalendarEventFields"}) as unknown as TypedDocumentString<CalendarEventFieldsFragment, unknown>;
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
export const KycSubmissionSummaryFragmentDoc = new TypedDocumentString(`
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}
    `, {"fragmentName":"KycSubmissionSummary"}) as unknown as TypedDocumentString<KycSubmissionSummaryFragment, unknown>;
export const KycDocumentFragmentDoc = new TypedDocumentString(`
    fragment KycDocument on Media {
  id
  filename
  contentType
  size
  url(expiresIn: 600)
  displayUrl(expiresIn: 600)
}
    `, {"fragmentName":"KycDocument"}) as unknown as TypedDocumentString<KycDocumentFragment, unknown>;
export const UserLimitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserLimitationFields on UserLimitation {
  userId
  kind
  until
  reason
  inForce
}
    `, {"fragmentName":"UserLimitationFields"}) as unknown as TypedDocumentString<UserLimitationFieldsFragment, unknown>;
export const MediaFileFragmentDoc = new TypedDocumentString(`
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}
    `, {"fragmentName":"MediaFile"}) as unknown as TypedDocumentString<MediaFileFragment, unknown>;
export const UploadProgressFragmentDoc = new TypedDocumentString(`
    fragment UploadProgress on Upload {
  id
  status
  partSize
  parts {
    number
    size
    url
    uploaded
  }
}
    `, {"fragmentName":"UploadProgress"}) as unknown as TypedDocumentString<UploadProgressFragment, unknown>;
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
export const NotificationPreferenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationPreferenceFields on NotificationPreference {
  kind
  channel
  enabled
  mandatory
}
    `, {"fragmentName":"NotificationPreferenceFields"}) as unknown as TypedDocumentString<NotificationPreferenceFieldsFragment, unknown>;
export const ClueDetailFragmentDoc = new TypedDocumentString(`
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
    `, {"fragmentName":"ClueDetail"}) as unknown as TypedDocumentString<ClueDetailFragment, unknown>;
export const AuthoredHuntFragmentDoc = new TypedDocumentString(`
    fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}`, {"fragmentName":"AuthoredHunt"}) as unknown as TypedDocumentString<AuthoredHuntFragment, unknown>;
export const LevelStandingFragmentDoc = new TypedDocumentString(`
    fragment LevelStanding on UserLevel {
  number
  name
  points
  pointsToNext
  perks
  next {
    number
    name
    threshold
  }
}
    `, {"fragmentName":"LevelStanding"}) as unknown as TypedDocumentString<LevelStandingFragment, unknown>;
export const RoundSummaryFragmentDoc = new TypedDocumentString(`
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}
    `, {"fragmentName":"RoundSummary"}) as unknown as TypedDocumentString<RoundSummaryFragment, unknown>;
export const AnswerResultFragmentDoc = new TypedDocumentString(`
    fragment AnswerResult on ChallengeAnswer {
  correct
  answeredAt
  points
  prize {
    id
    rank
    asset
    amount
    paid
  }
}
    `, {"fragmentName":"AnswerResult"}) as unknown as TypedDocumentString<AnswerResultFragment, unknown>;
export const LinkedProviderFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkedProviderFields on LinkedProvider {
  provider {
    id
    name
  }
  email
  linkedAt
  lastUsedAt
}
    `, {"fragmentName":"LinkedProviderFields"}) as unknown as TypedDocumentString<LinkedProviderFieldsFragment, unknown>;
export const JoinRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}
    `, {"fragmentName":"JoinRequestFields"}) as unknown as TypedDocumentString<JoinRequestFieldsFragment, unknown>;
export const DynastyPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment DynastyPageFields on Dynasty {
  id
  name
  status
  memberLimit
  memberCount
  createdAt
  dissolvedAt
  head {
    id
    username
  }
  seat {
    id
    landUse
  }
  members(first: 100) {
    role
    isChild
    joinedAt
    family {
      id
      name
    }
    user {
      id
      username
      level {
        number
        name
      }
      features(first: 3) {
        edges {
          node {
            id
          }
        }
      }
    }
    relations {
      kind
      relative {
        id
        username
      }
    }
  }
  families {
    id
    name
    members {
      user {
        id
      }
    }
  }
  pendingRequests {
    ...JoinRequestFields
  }
  childPermissions {
    user {
      id
      username
    }
    dailySpendLimit
    canBuyParcels
    canSellParcels
    canChat
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}`, {"fragmentName":"DynastyPageFields"}) as unknown as TypedDocumentString<DynastyPageFieldsFragment, unknown>;
export const TicketSummaryFragmentDoc = new TypedDocumentString(`
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}
    `, {"fragmentName":"TicketSummary"}) as unknown as TypedDocumentString<TicketSummaryFragment, unknown>;
export const TicketThreadFragmentDoc = new TypedDocumentString(`
    fragment TicketThread on Ticket {
  ...TicketSummary
  body
  author {
    id
    username
  }
  assignee {
    id
    username
  }
  about {
    type
    id
  }
  attachments {
    id
    filename
    contentType
    url
  }
  closedAt
  firstRespondedAt
  responses {
    id
    body
    fromStaff
    createdAt
    author {
      id
      username
    }
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}`, {"fragmentName":"TicketThread"}) as unknown as TypedDocumentString<TicketThreadFragment, unknown>;
export const TicketSlaViewFragmentDoc = new TypedDocumentString(`
    fragment TicketSlaView on Ticket {
  sla {
    firstResponseDueAt
    resolutionDueAt
    firstResponseBreached
    resolutionBreached
  }
}
    `, {"fragmentName":"TicketSlaView"}) as unknown as TypedDocumentString<TicketSlaViewFragment, unknown>;
export const ReportViewFragmentDoc = new TypedDocumentString(`
    fragment ReportView on Report {
  id
  targetType
  targetId
  status
  reporterCount
  outcome
  outcomeNote
  createdAt
  updatedAt
  decidedAt
  subjectUser {
    id
    username
  }
  reasons {
    reason
    createdAt
    reporter {
      id
      username
    }
  }
}
    `, {"fragmentName":"ReportView"}) as unknown as TypedDocumentString<ReportViewFragment, unknown>;
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
export const AccountDashboardDocument = new TypedDocumentString(`
    query AccountDashboard {
  me {
    id
    username
    email
    emailVerified
    twoFactorEnabled
    twoFactorMethod
    phoneNumber
    privacy {
      email
      presence
      holdings
      level
    }
  }
  mySessions {
    id
    createdAt
    lastRefreshedAt
    clientAddress
    userAgent
    current
  }
  mySignIns(first: 10) {
    at
    address
    userAgent
    outcome
  }
}
    `, {"hash":"sha256:7fb4f9c529e95a7c88f7e145fc2bc5275bbad8a0af0a9ade29874fbb30b1fd17"}) as unknown as TypedDocumentString<AccountDashboardQuery, AccountDashboardQueryVariables>;
export const RequestEmailVerificationDocument = new TypedDocumentString(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `, {"hash":"sha256:546ead34ed3d0d05a2c2552be8f05d2829f66bdc1c12611666dce7167dbb09cc"}) as unknown as TypedDocumentString<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `, {"hash":"sha256:e181c0252bb83738f80e73ba6d552f4d74094330efb9de5c162ff275473d84d9"}) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `, {"hash":"sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"}) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `, {"hash":"sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const BeginTwoFactorEnrolmentDocument = new TypedDocumentString(`
    mutation BeginTwoFactorEnrolment {
  beginTwoFactorEnrolment {
    secret
    otpauthUrl
  }
}
    `, {"hash":"sha256:0fd67153ef70557843dfb0cdb369d53ba30296e72ac48611448e6bc6c405d932"}) as unknown as TypedDocumentString<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactorEnrolment($oneTimeCode: String!) {
  confirmTwoFactorEnrolment(oneTimeCode: $oneTimeCode) {
    recoveryCodes
  }
}
    `, {"hash":"sha256:2284627ffd5c7487e239f3ae26d51f09557c5740792196a55ef922058c896c27"}) as unknown as TypedDocumentString<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const BeginSmsTwoFactorEnrolmentDocument = new TypedDocumentString(`
    mutation BeginSmsTwoFactorEnrolment($phoneNumber: String!) {
  beginSmsTwoFactorEnrolment(phoneNumber: $phoneNumber) {
    expiresAt
    phoneHint
  }
}
    `, {"hash":"sha256:c7988dddd0c4680b8509dbd4d6d7b8814e37c0016d23a38214a10acb46f4af53"}) as unknown as TypedDocumentString<BeginSmsTwoFactorEnrolmentMutation, BeginSmsTwoFactorEnrolmentMutationVariables>;
export const ConfirmSmsTwoFactorEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmSmsTwoFactorEnrolment($oneTimeCode: String!) {
  confirmSmsTwoFactorEnrolment(oneTimeCode: $oneTimeCode) {
    recoveryCodes
  }
}
    `, {"hash":"sha256:1484b52358ea868aa20c9dfcfe112f3d2ec0b02f0511dff1ae5a8d95ac76b2d7"}) as unknown as TypedDocumentString<ConfirmSmsTwoFactorEnrolmentMutation, ConfirmSmsTwoFactorEnrolmentMutationVariables>;
export const RequestTwoFactorDisableCodeDocument = new TypedDocumentString(`
    mutation RequestTwoFactorDisableCode {
  requestTwoFactorDisableCode {
    expiresAt
    phoneHint
  }
}
    `, {"hash":"sha256:423783caa79e9ee14857837d525bbf4b746ab2b709230e248324fdb817a0bc88"}) as unknown as TypedDocumentString<RequestTwoFactorDisableCodeMutation, RequestTwoFactorDisableCodeMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($oneTimeCode: String!) {
  disableTwoFactor(oneTimeCode: $oneTimeCode)
}
    `, {"hash":"sha256:b94faf76b0505d42769d709f04372fb4f3af8a912f960fc75a6173bbf5466f41"}) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const CompleteTwoFactorLoginDocument = new TypedDocumentString(`
    mutation CompleteTwoFactorLogin($challenge: String!, $oneTimeCode: String!) {
  completeTwoFactorLogin(challenge: $challenge, oneTimeCode: $oneTimeCode) {
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
}`, {"hash":"sha256:5d50c0b3fd975b633394ccf66580c52a5b5c547009d555ab60b2941652b575b4"}) as unknown as TypedDocumentString<CompleteTwoFactorLoginMutation, CompleteTwoFactorLoginMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `, {"hash":"sha256:4c1763fb9c6a63882642b282f19ad507e4417c23a4c59c3b633e9f8fe21b26dc"}) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `, {"hash":"sha256:b109a8bbc2a1594c4e1b2b4638c32e514e6b829686f4b6a839883fe11ea5dc5d"}) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const UpdatePrivacyDocument = new TypedDocumentString(`
    mutation UpdatePrivacy($input: PrivacyInput!) {
  updatePrivacy(input: $input) {
    id
    privacy {
      email
      presence
      holdings
      level
    }
  }
}
    `, {"hash":"sha256:08aeff9ee61dd1b7d231dbf8d5faaa4412cd630603dd12e1d1f8eb2b74ffb20f"}) as unknown as TypedDocumentString<UpdatePrivacyMutation, UpdatePrivacyMutationVariables>;
export const MyBankAccountsDocument = new TypedDocumentString(`
    query MyBankAccounts {
  myBankAccounts {
    id
    iban
    holderName
    createdAt
  }
}
    `, {"hash":"sha256:5bb29cc2e20cddf767a79985703c4616da041bba495463dc2dafc08fa1250507"}) as unknown as TypedDocumentString<MyBankAccountsQuery, MyBankAccountsQueryVariables>;
export const AddBankAccountDocument = new TypedDocumentString(`
    mutation AddBankAccount($iban: String!, $holderName: String!) {
  addBankAccount(iban: $iban, holderName: $holderName) {
    id
    iban
    holderName
    createdAt
  }
}
    `, {"hash":"sha256:901ea205eeeba1cf28946b9a1a7aa0bfda2f8cf83878e44d4c5bd1b538af3e3e"}) as unknown as TypedDocumentString<AddBankAccountMutation, AddBankAccountMutationVariables>;
export const RemoveBankAccountDocument = new TypedDocumentString(`
    mutation RemoveBankAccount($id: ID!) {
  removeBankAccount(id: $id)
}
    `, {"hash":"sha256:246b283761c75033251d6f06842f7edb00d495a6afa37b6ca544cd527fd89e74"}) as unknown as TypedDocumentString<RemoveBankAccountMutation, RemoveBankAccountMutationVariables>;
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
export const AdminUserByUsernameDocument = new TypedDocumentString(`
    query AdminUserByUsername($username: String!) {
  userByUsername(username: $username) {
    ...AdminUserSummary
  }
}
    fragment AdminUserSummary on User {
  id
  username
  displayName
  email
  roles
  kycStatus
  createdAt
}`, {"hash":"sha256:1a483db753c21dfa4b0b29fc09dac13d6ae018a192d1baecbc5dd6215c46929f"}) as unknown as TypedDocumentString<AdminUserByUsernameQuery, AdminUserByUsernameQueryVariables>;
export const AdminUserDocument = new TypedDocumentString(`
    query AdminUser($id: ID!) {
  user(id: $id) {
    ...AdminUserSummary
  }
}
    fragment AdminUserSummary on User {
  id
  username
  displayName
  email
  roles
  kycStatus
  createdAt
}`, {"hash":"sha256:52c57efc017902224d4cc3d74c053cdcabc762f93f572f6a7a2dc635f7becc74"}) as unknown as TypedDocumentString<AdminUserQuery, AdminUserQueryVariables>;
export const SetRolesDocument = new TypedDocumentString(`
    mutation SetRoles($userId: ID!, $roles: [Role!]!) {
  setRoles(userId: $userId, roles: $roles) {
    ...AdminUserSummary
  }
}
    fragment AdminUserSummary on User {
  id
  username
  displayName
  email
  roles
  kycStatus
  createdAt
}`, {"hash":"sha256:5959b24d7e07e923984c60b8f72f9263f5461401e0709cc4bbeb5f6158136257"}) as unknown as TypedDocumentString<SetRolesMutation, SetRolesMutationVariables>;
export const AssetsDocument = new TypedDocumentString(`
    query Assets {
  assets
}
    `, {"hash":"sha256:c63023897249123f0e8f03cf279bb4cecc0be40aa77e69b6046c7bb2bb6337c8"}) as unknown as TypedDocumentString<AssetsQuery, AssetsQueryVariables>;
export const AdminCreditDocument = new TypedDocumentString(`
    mutation AdminCredit($input: AdminCreditInput!) {
  adminCredit(input: $input) {
    id
    asset
    amount
    balanceAfter
    createdAt
  }
}
    `, {"hash":"sha256:05ffa647b68bbefac4f6b9de9d4378cc892b58b4de399b2c4b134eed52b4280a"}) as unknown as TypedDocumentString<AdminCreditMutation, AdminCreditMutationVariables>;
export const AccrueHourlyProfitsDocument = new TypedDocumentString(`
    mutation AccrueHourlyProfits {
  accrueHourlyProfits
}
    `, {"hash":"sha256:df4087dced78c9006ee7e97f4452fdd1a6ebcf79fd1ae26c22f999e0df4ab7de"}) as unknown as TypedDocumentString<AccrueHourlyProfitsMutation, AccrueHourlyProfitsMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        id
        context
        sequence
        occurredAt
        action
        actor
        outcome
        errorCode
        entityType
        entityId
        clientAddress
        requestId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:18a90e327ff759bbcc512adb0bd5021ea1289ebb3d7133a759cb6f2729f8402e"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditActionCountsDocument = new TypedDocumentString(`
    query AuditActionCounts($context: String, $from: DateTime, $to: DateTime) {
  auditActionCounts(context: $context, from: $from, to: $to) {
    action
    count
  }
}
    `, {"hash":"sha256:27a76698955fa0d5027e434d9d36ed36a4c0199e5786d0f54cdd11a3e3d6d9a2"}) as unknown as TypedDocumentString<AuditActionCountsQuery, AuditActionCountsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain($context: String!, $from: DateTime, $to: DateTime) {
  verifyAuditChain(context: $context, from: $from, to: $to) {
    context
    ok
    checked
    brokenAt {
      sequence
      entryId
      reason
    }
  }
}
    `, {"hash":"sha256:6927ec9b8cc5a193b3d8cee4ff2d3810eff5b5ddb7049a14d98702ca652b2ce7"}) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const MyApiKeysDocument = new TypedDocumentString(`
    query MyApiKeys {
  myApiKeys {
    ...ApiKeySummary
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  roles
  prefix
  createdAt
  rotatedAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
  }
}`, {"hash":"sha256:ff7a142313ccb9970109cebeabbfc2e201c8532e8d97367ed815e0ced4ee25a9"}) as unknown as TypedDocumentString<MyApiKeysQuery, MyApiKeysQueryVariables>;
export const AdminApiKeysDocument = new TypedDocumentString(`
    query AdminApiKeys($ownerId: ID, $first: Int) {
  apiKeys(ownerId: $ownerId, first: $first) {
    ...ApiKeySummary
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  roles
  prefix
  createdAt
  rotatedAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
  }
}`, {"hash":"sha256:b1ea396184d5d486b538d9ad1107c291ce41c8f5745fde1a743f6f4b2b66f9b5"}) as unknown as TypedDocumentString<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      ...ApiKeySummary
    }
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  roles
  prefix
  createdAt
  rotatedAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
  }
}`, {"hash":"sha256:c32f40fa8b97aefae9c1cff7c7e5d1301b32d51efac4f2c200270b3fc5139630"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RotateApiKeyDocument = new TypedDocumentString(`
    mutation RotateApiKey($id: ID!) {
  rotateApiKey(id: $id) {
    secret
    apiKey {
      ...ApiKeySummary
    }
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  roles
  prefix
  createdAt
  rotatedAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
  }
}`, {"hash":"sha256:041babf2c1dbfd0fee56c04a769d29ebd2f316b4dc7dc5e25813fc01d6421cbb"}) as unknown as TypedDocumentString<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeySummary
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  roles
  prefix
  createdAt
  rotatedAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
  }
}`, {"hash":"sha256:66ea4b752704105c9a5f2da24e753a1564318c20dba303f6a78e7c2f5e7c3964"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RealmsDocument = new TypedDocumentString(`
    query Realms {
  realms {
    id
    name
    region
    kind
    status
    population
  }
}
    `, {"hash":"sha256:abe693dd175a1676e9a319c8f2945dddd39f1771c750da3c5fd91b07d2eb1074"}) as unknown as TypedDocumentString<RealmsQuery, RealmsQueryVariables>;
export const RealmDocument = new TypedDocumentString(`
    query Realm($id: ID!) {
  realm(id: $id) {
    id
    name
    region
    kind
    status
    population
    zones {
      id
      name
      minLevel
      maxLevel
      start
    }
  }
}
    `, {"hash":"sha256:cc672a386b3a772bf515de88b5c9451210fb4dbc704e2c9d11ef044fef511e81"}) as unknown as TypedDocumentString<RealmQuery, RealmQueryVariables>;
export const CharacterOptionsDocument = new TypedDocumentString(`
    query CharacterOptions {
  realms {
    id
    name
    kind
    status
    population
  }
  races {
    id
    name
    description
    classes {
      id
      name
      role
      description
    }
  }
  classes {
    id
    name
    role
  }
}
    `, {"hash":"sha256:74b5149874ba73a38aa09dc4b3d1d96f536d77a7f555483f9d0f6ffeab24ee8a"}) as unknown as TypedDocumentString<CharacterOptionsQuery, CharacterOptionsQueryVariables>;
export const ItemDefinitionsDocument = new TypedDocumentString(`
    query ItemDefinitions($kind: ItemKind) {
  itemDefinitions(kind: $kind) {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
    description
  }
}
    `, {"hash":"sha256:f734c481110c596886983e3666b2a24d6299a00b340f69f5e098827a258007c1"}) as unknown as TypedDocumentString<ItemDefinitionsQuery, ItemDefinitionsQueryVariables>;
export const MyCharactersDocument = new TypedDocumentString(`
    query MyCharacters {
  myCharacters {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:d981213204a6a5b2653879294a825cfd4f8e46a8c0e2047f35c88e36462ea4ce"}) as unknown as TypedDocumentString<MyCharactersQuery, MyCharactersQueryVariables>;
export const CharacterInventoryDocument = new TypedDocumentString(`
    query CharacterInventory($id: ID!) {
  character(id: $id) {
    ...CharacterSummary
    inventory {
      ...InventoryFields
    }
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}
fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:9ec025d887da309c0aa9c26984ca55f31d74f0eaaa101cff78907d71cb5a7571"}) as unknown as TypedDocumentString<CharacterInventoryQuery, CharacterInventoryQueryVariables>;
export const CreateCharacterDocument = new TypedDocumentString(`
    mutation CreateCharacter($input: CreateCharacterInput!) {
  createCharacter(input: $input) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:505873152c0c190284a7934ab0a9beea31f7838fb90875e7c1b52c87b65505d8"}) as unknown as TypedDocumentString<CreateCharacterMutation, CreateCharacterMutationVariables>;
export const SelectCharacterDocument = new TypedDocumentString(`
    mutation SelectCharacter($id: ID!) {
  selectCharacter(id: $id) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:550b53627ed1c21298704ddf9f105c597780db634c3357aba357e72f0347375c"}) as unknown as TypedDocumentString<SelectCharacterMutation, SelectCharacterMutationVariables>;
export const RenameCharacterDocument = new TypedDocumentString(`
    mutation RenameCharacter($id: ID!, $name: String!) {
  renameCharacter(id: $id, name: $name) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:da9e575e344074dcd08b7944f924fb61e03f96244677405e4495b864c6237f2b"}) as unknown as TypedDocumentString<RenameCharacterMutation, RenameCharacterMutationVariables>;
export const DeleteCharacterDocument = new TypedDocumentString(`
    mutation DeleteCharacter($id: ID!) {
  deleteCharacter(id: $id) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:019d9dad096f8e3c910c6f1647f33bab51f7a2e185da3d3b98e5b4a99f1cef15"}) as unknown as TypedDocumentString<DeleteCharacterMutation, DeleteCharacterMutationVariables>;
export const RestoreCharacterDocument = new TypedDocumentString(`
    mutation RestoreCharacter($id: ID!) {
  restoreCharacter(id: $id) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:ac2eb9e51b76cc5e5200213f5726b72cce6e37f2f19e7c8e9589d537347adb8e"}) as unknown as TypedDocumentString<RestoreCharacterMutation, RestoreCharacterMutationVariables>;
export const MoveItemDocument = new TypedDocumentString(`
    mutation MoveItem($characterId: ID!, $itemId: ID!, $to: SlotInput!, $quantity: Int) {
  moveItem(
    characterId: $characterId
    itemId: $itemId
    to: $to
    quantity: $quantity
  ) {
    ...InventoryFields
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:e64d97ff77ddf2cdd4e094f19c75a31e7394c75305045af6d1dc8d1760a9e4c9"}) as unknown as TypedDocumentString<MoveItemMutation, MoveItemMutationVariables>;
export const EquipItemDocument = new TypedDocumentString(`
    mutation EquipItem($characterId: ID!, $itemId: ID!) {
  equipItem(characterId: $characterId, itemId: $itemId) {
    ...InventoryFields
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:60b934ebf64f1fed92583b5b0422b9c4602a0c0cd873a776d0fdf100b7134086"}) as unknown as TypedDocumentString<EquipItemMutation, EquipItemMutationVariables>;
export const UnequipItemDocument = new TypedDocumentString(`
    mutation UnequipItem($characterId: ID!, $slot: EquipSlot!, $to: SlotInput) {
  unequipItem(characterId: $characterId, slot: $slot, to: $to) {
    ...InventoryFields
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:b40e86f6dc4890ea75c97b14bbcdea19de0527560664969996e70cc1afbdc36e"}) as unknown as TypedDocumentString<UnequipItemMutation, UnequipItemMutationVariables>;
export const TradeDocument = new TypedDocumentString(`
    query Trade($id: ID!) {
  trade(id: $id) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:a1c30ee9c1a48b49943e3ed52fc525873d17b91d28d5e742e316555705d4daa7"}) as unknown as TypedDocumentString<TradeQuery, TradeQueryVariables>;
export const MyTradesDocument = new TypedDocumentString(`
    query MyTrades($status: TradeStatus, $first: Int) {
  myTrades(status: $status, first: $first) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:07fe847fd78856e89dbf4b72b3c1c75adbda1b4c96969072d11367c2b397200d"}) as unknown as TypedDocumentString<MyTradesQuery, MyTradesQueryVariables>;
export const OpenTradeDocument = new TypedDocumentString(`
    mutation OpenTrade($characterId: ID!, $withCharacterId: ID!) {
  openTrade(characterId: $characterId, withCharacterId: $withCharacterId) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:18517681fb3aab62ad2e2da51b37b47c6fd52b1a15260c58821dd14f1142e485"}) as unknown as TypedDocumentString<OpenTradeMutation, OpenTradeMutationVariables>;
export const SetTradeOfferDocument = new TypedDocumentString(`
    mutation SetTradeOffer($tradeId: ID!, $characterId: ID!, $offer: TradeOfferInput!) {
  setTradeOffer(tradeId: $tradeId, characterId: $characterId, offer: $offer) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:9cfed35743ecccebc29e545cd0fef0c83e1cd724eedf3347e86fdac23716eff7"}) as unknown as TypedDocumentString<SetTradeOfferMutation, SetTradeOfferMutationVariables>;
export const ConfirmTradeDocument = new TypedDocumentString(`
    mutation ConfirmTrade($tradeId: ID!, $characterId: ID!) {
  confirmTrade(tradeId: $tradeId, characterId: $characterId) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:6c5511705baea09ad78d9808e7e8413973274379e512af360daa52021e78e6e5"}) as unknown as TypedDocumentString<ConfirmTradeMutation, ConfirmTradeMutationVariables>;
export const CancelTradeDocument = new TypedDocumentString(`
    mutation CancelTrade($tradeId: ID!, $characterId: ID!) {
  cancelTrade(tradeId: $tradeId, characterId: $characterId) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:94900e5b174386abf1498b833398c31405ed5b62968ceb061b10f5744b65c39d"}) as unknown as TypedDocumentString<CancelTradeMutation, CancelTradeMutationVariables>;
export const TradeChangedDocument = new TypedDocumentString(`
    subscription TradeChanged($tradeId: ID!) {
  tradeChanged(tradeId: $tradeId) {
    ...TradeFields
  }
}
    fragment TradeSideFields on TradeSide {
  confirmed
  character {
    id
    name
    owner {
      id
      username
    }
  }
  items {
    itemId
    quantity
    definition {
      id
      name
      rarity
    }
  }
  currency {
    asset
    amount
  }
}
fragment TradeFields on Trade {
  id
  status
  failureReason
  createdAt
  updatedAt
  completedAt
  initiator {
    ...TradeSideFields
  }
  recipient {
    ...TradeSideFields
  }
}`, {"hash":"sha256:2915e8e1a3c1f32b630109fb0f80ae61f5a12d97bbcd3e471ddcfa35f37e5f60"}) as unknown as TypedDocumentString<TradeChangedSubscription, TradeChangedSubscriptionVariables>;
export const CharacterChangedDocument = new TypedDocumentString(`
    subscription CharacterChanged {
  characterChanged {
    type
    characterId
    at
    character {
      ...CharacterSummary
    }
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:3957c9c20a7f01d264c78c1bcb0a22050f800abf30272051bfdf051b13eeaaab"}) as unknown as TypedDocumentString<CharacterChangedSubscription, CharacterChangedSubscriptionVariables>;
export const AdminCharactersDocument = new TypedDocumentString(`
    query AdminCharacters($name: String, $accountId: ID, $realmId: ID, $first: Int) {
  adminCharacters(
    name: $name
    accountId: $accountId
    realmId: $realmId
    first: $first
  ) {
    ...CharacterSummary
    owner {
      id
      username
    }
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:a2dfa4401054f6be05eb48b750b3b3404b2026dc6276b06f94b752a9f26e2d47"}) as unknown as TypedDocumentString<AdminCharactersQuery, AdminCharactersQueryVariables>;
export const AdminCharacterInventoryDocument = new TypedDocumentString(`
    query AdminCharacterInventory($id: ID!) {
  character(id: $id) {
    id
    name
    inventory {
      ...InventoryFields
    }
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:5e5b904e17042645a31654992e54685d0c2c6ac28e56349e6ea71217a0c19df4"}) as unknown as TypedDocumentString<AdminCharacterInventoryQuery, AdminCharacterInventoryQueryVariables>;
export const AdminRestoreCharacterDocument = new TypedDocumentString(`
    mutation AdminRestoreCharacter($id: ID!) {
  adminRestoreCharacter(id: $id) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:d95ec6642615dfee67aabe667992e4f5f88bb2bb720e17c829cfcd7e87b97947"}) as unknown as TypedDocumentString<AdminRestoreCharacterMutation, AdminRestoreCharacterMutationVariables>;
export const AdminGrantItemDocument = new TypedDocumentString(`
    mutation AdminGrantItem($characterId: ID!, $itemId: ID!, $quantity: Int!, $reason: String!) {
  adminGrantItem(
    characterId: $characterId
    itemId: $itemId
    quantity: $quantity
    reason: $reason
  ) {
    ...InventoryFields
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:766c71e8a70d13f083f8366d35ed193aad699882ffc67b20d28041bbeb127d9c"}) as unknown as TypedDocumentString<AdminGrantItemMutation, AdminGrantItemMutationVariables>;
export const AdminRemoveItemDocument = new TypedDocumentString(`
    mutation AdminRemoveItem($itemId: ID!, $quantity: Int, $reason: String!) {
  adminRemoveItem(itemId: $itemId, quantity: $quantity, reason: $reason) {
    ...InventoryFields
  }
}
    fragment InventoryItem on Item {
  id
  quantity
  definition {
    id
    name
    kind
    rarity
    stackSize
    equipSlot
    levelRequired
    bound
  }
  location {
    container
    bag
    slot
    equipSlot
  }
}
fragment InventoryFields on Inventory {
  bags {
    index
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
  equipment {
    slot
    item {
      ...InventoryItem
    }
  }
  bank {
    slots
    freeSlots
    items {
      ...InventoryItem
    }
  }
}`, {"hash":"sha256:c20b3a1a857a49799bb36d5fbe3a9daae04048df19410fd4c8c5df64efba8917"}) as unknown as TypedDocumentString<AdminRemoveItemMutation, AdminRemoveItemMutationVariables>;
export const BanCharacterDocument = new TypedDocumentString(`
    mutation BanCharacter($id: ID!, $reason: String!) {
  banCharacter(id: $id, reason: $reason) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:23481da0f8ecee79cbe5bff20a1e9c12016c0abc8bc08a2c5d30e941e4cf982c"}) as unknown as TypedDocumentString<BanCharacterMutation, BanCharacterMutationVariables>;
export const UnbanCharacterDocument = new TypedDocumentString(`
    mutation UnbanCharacter($id: ID!) {
  unbanCharacter(id: $id) {
    ...CharacterSummary
  }
}
    fragment CharacterSummary on Character {
  id
  name
  level
  experience
  status
  active
  lastPlayedAt
  deletedAt
  restorableUntil
  nextRenameAt
  banReason
  realm {
    id
    name
  }
  race {
    id
    name
  }
  class {
    id
    name
    role
  }
  zone {
    id
    name
  }
  appearance {
    bodyType
    skinTone
    hairStyle
    hairColor
    eyeColor
    faceShape
    height
    markings {
      kind
      color
    }
  }
}`, {"hash":"sha256:93e218cc4a3bf16b6ffded20ba50a71cb6e58074710dedd8420f82941c2da4c3"}) as unknown as TypedDocumentString<UnbanCharacterMutation, UnbanCharacterMutationVariables>;
export const PurgeDeletedCharactersDocument = new TypedDocumentString(`
    mutation PurgeDeletedCharacters {
  purgeDeletedCharacters
}
    `, {"hash":"sha256:9a35bedfec1710eded8f11f8f060dc8d8e3b5e41c4ec44333a6d59a11b4a16f7"}) as unknown as TypedDocumentString<PurgeDeletedCharactersMutation, PurgeDeletedCharactersMutationVariables>;
export const MyChannelsDocument = new TypedDocumentString(`
    query MyChannels {
  myChannels {
    ...ChatChannel
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}`, {"hash":"sha256:fa9884d78083cb473f2ba3c1cf82f9c42a4196ab345e45c16451d41cbd302c9b"}) as unknown as TypedDocumentString<MyChannelsQuery, MyChannelsQueryVariables>;
export const ChannelHistoryDocument = new TypedDocumentString(`
    query ChannelHistory($channelId: ID!, $first: Int, $before: String) {
  channel(id: $channelId) {
    ...ChatChannel
    messages(first: $first, before: $before) {
      edges {
        cursor
        node {
          ...ChatMessage
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}`, {"hash":"sha256:cae8577a8759fd3dae0de9cbf002a9a27c1b71f411399d2481592342f678d456"}) as unknown as TypedDocumentString<ChannelHistoryQuery, ChannelHistoryQueryVariables>;
export const ChannelMembersDocument = new TypedDocumentString(`
    query ChannelMembers($channelId: ID!) {
  channel(id: $channelId) {
    id
    members(first: 200) {
      role
      mutedUntil
      joinedAt
      user {
        id
        username
      }
    }
  }
}
    `, {"hash":"sha256:9a09cccac97964cc856e6864891bd6047e82ea97eb1996ef71ba532b011c2836"}) as unknown as TypedDocumentString<ChannelMembersQuery, ChannelMembersQueryVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...ChatMessage
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:c4e2bfc99554938fad9fc73291c1c472a6029a1642d8f6db03fbd3e7eeec7a92"}) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const EditMessageDocument = new TypedDocumentString(`
    mutation EditMessage($id: ID!, $body: String!) {
  editMessage(id: $id, body: $body) {
    ...ChatMessage
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:fce8772f54e6205847e53ac8bd0eef785b62cc98598336c4374e7619fc78b3a8"}) as unknown as TypedDocumentString<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = new TypedDocumentString(`
    mutation DeleteMessage($id: ID!) {
  deleteMessage(id: $id) {
    ...ChatMessage
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:3a57081af3cf4e01b652546ca3b0ef3f7137b4129b61a84500a1f35854066668"}) as unknown as TypedDocumentString<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const MarkChannelReadDocument = new TypedDocumentString(`
    mutation MarkChannelRead($channelId: ID!, $messageId: ID!) {
  markChannelRead(channelId: $channelId, messageId: $messageId) {
    id
    unreadCount
  }
}
    `, {"hash":"sha256:60e37b56a8415af8abb91324d3c040677f8b7a1ecef549b7d21fd94bf39a1e82"}) as unknown as TypedDocumentString<MarkChannelReadMutation, MarkChannelReadMutationVariables>;
export const SendTypingDocument = new TypedDocumentString(`
    mutation SendTyping($channelId: ID!) {
  sendTyping(channelId: $channelId)
}
    `, {"hash":"sha256:81ad0d70a1ab710e41ee82f9f96ff31de204a381c96a359fbcc8e483c579817d"}) as unknown as TypedDocumentString<SendTypingMutation, SendTypingMutationVariables>;
export const CreatePartyChannelDocument = new TypedDocumentString(`
    mutation CreatePartyChannel($name: String!, $memberIds: [ID!]!) {
  createPartyChannel(name: $name, memberIds: $memberIds) {
    ...ChatChannel
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}`, {"hash":"sha256:5c700f16c32cc1928c937b2569553447dba06a27308ddb0bd33631f22f7b95a2"}) as unknown as TypedDocumentString<CreatePartyChannelMutation, CreatePartyChannelMutationVariables>;
export const InviteToChannelDocument = new TypedDocumentString(`
    mutation InviteToChannel($channelId: ID!, $userId: ID!) {
  inviteToChannel(channelId: $channelId, userId: $userId) {
    id
  }
}
    `, {"hash":"sha256:e3dbda66052cc34203ff81b5e35ffffebb30dd11e5249540427586d8f3ed14b8"}) as unknown as TypedDocumentString<InviteToChannelMutation, InviteToChannelMutationVariables>;
export const LeaveChannelDocument = new TypedDocumentString(`
    mutation LeaveChannel($channelId: ID!) {
  leaveChannel(channelId: $channelId)
}
    `, {"hash":"sha256:b85fb0d0cae21777f8966e21c38ea25025c10effa3649f7353cf9cc3d939684f"}) as unknown as TypedDocumentString<LeaveChannelMutation, LeaveChannelMutationVariables>;
export const OpenDirectChannelDocument = new TypedDocumentString(`
    mutation OpenDirectChannel($userId: ID!) {
  openDirectChannel(userId: $userId) {
    ...ChatChannel
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}`, {"hash":"sha256:c033493602dc7f7711493207fbfb4405dfabfc3c3142aae6c83ab003b3303bd5"}) as unknown as TypedDocumentString<OpenDirectChannelMutation, OpenDirectChannelMutationVariables>;
export const BlockedUsersDocument = new TypedDocumentString(`
    query BlockedUsers {
  blockedUsers {
    id
    username
  }
}
    `, {"hash":"sha256:89f98e7785efff030a5edaa3045e00a077f709533f11ec36c8547f36f8f68a3a"}) as unknown as TypedDocumentString<BlockedUsersQuery, BlockedUsersQueryVariables>;
export const BlockUserDocument = new TypedDocumentString(`
    mutation BlockUser($userId: ID!) {
  blockUser(userId: $userId)
}
    `, {"hash":"sha256:3ec1081f6fd02c227b5ed9eb4f433518fc0b8f80781119a47162c52b368266db"}) as unknown as TypedDocumentString<BlockUserMutation, BlockUserMutationVariables>;
export const UnblockUserDocument = new TypedDocumentString(`
    mutation UnblockUser($userId: ID!) {
  unblockUser(userId: $userId)
}
    `, {"hash":"sha256:c417da8e407c85ecf4cc32f537676ae5fa57a51c219d5c0ccd6d95ea5587ac4d"}) as unknown as TypedDocumentString<UnblockUserMutation, UnblockUserMutationVariables>;
export const MuteMemberDocument = new TypedDocumentString(`
    mutation MuteMember($channelId: ID!, $userId: ID!, $minutes: Int!) {
  muteMember(channelId: $channelId, userId: $userId, minutes: $minutes) {
    mutedUntil
  }
}
    `, {"hash":"sha256:611aec0bdf6d3d6f78085fd6cc570c170bdcf16685d9703bf0863f2e62ec2565"}) as unknown as TypedDocumentString<MuteMemberMutation, MuteMemberMutationVariables>;
export const ReportMessageDocument = new TypedDocumentString(`
    mutation ReportMessage($id: ID!, $reason: String!) {
  reportMessage(id: $id, reason: $reason)
}
    `, {"hash":"sha256:adffbc507cf5438d6f9817eb232165e97b32bd6db0d15fb6781be21c32841a54"}) as unknown as TypedDocumentString<ReportMessageMutation, ReportMessageMutationVariables>;
export const ChatReportsDocument = new TypedDocumentString(`
    query ChatReports($first: Int) {
  chatReports(first: $first) {
    id
    reason
    createdAt
    reporter {
      id
      username
    }
    message {
      ...ChatMessage
      channel {
        id
        name
      }
    }
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:0f3e1a4af078f0c0de1b5955056ed8d1723102e720279cac9e78e22e94db5945"}) as unknown as TypedDocumentString<ChatReportsQuery, ChatReportsQueryVariables>;
export const DynastyChatDocument = new TypedDocumentString(`
    query DynastyChat($dynastyId: ID!) {
  dynasty(id: $dynastyId) {
    id
    chatChannel {
      ...ChatChannel
    }
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}`, {"hash":"sha256:d10a9089053482647e471cea64567ba61bb91dd207c0bd60925bf053e4f79566"}) as unknown as TypedDocumentString<DynastyChatQuery, DynastyChatQueryVariables>;
export const HuntChatDocument = new TypedDocumentString(`
    query HuntChat($huntId: ID!) {
  hunt(id: $huntId) {
    id
    chatChannel {
      ...ChatChannel
    }
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}
fragment ChatChannel on Channel {
  id
  kind
  name
  closed
  myRole
  unreadCount
  lastMessage {
    ...ChatMessage
  }
}`, {"hash":"sha256:88afb3ec55f1c12821740fcfdbb6bfa5e78141ef6461161daf174dc093b7fec2"}) as unknown as TypedDocumentString<HuntChatQuery, HuntChatQueryVariables>;
export const MessageAddedDocument = new TypedDocumentString(`
    subscription MessageAdded($channelId: ID!) {
  messageAdded(channelId: $channelId) {
    ...ChatMessage
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:252406190b46c762a711a25589fa1750b093617548038d666b08d4ce34b1671a"}) as unknown as TypedDocumentString<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const ChannelActivityDocument = new TypedDocumentString(`
    subscription ChannelActivity {
  channelActivity {
    kind
    channel {
      id
    }
    message {
      ...ChatMessage
    }
    user {
      id
      username
    }
  }
}
    fragment ChatMessage on Message {
  id
  clientMessageId
  body
  deleted
  createdAt
  editedAt
  author {
    id
    username
  }
  replyTo {
    id
    body
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:9483a116b1dc160307aff0c059f09b083e97f6fd16769f86b07bc4c7e07c4c3f"}) as unknown as TypedDocumentString<ChannelActivitySubscription, ChannelActivitySubscriptionVariables>;
export const TopUpPricesDocument = new TypedDocumentString(`
    query TopUpPrices {
  topUpPrices {
    asset
    priceIrr
  }
}
    `, {"hash":"sha256:b06e4d30ba67f84bf862876c5d0637e5cbbb4a06dc5656efa87e11d5f55c112a"}) as unknown as TypedDocumentString<TopUpPricesQuery, TopUpPricesQueryVariables>;
export const CreateTopUpOrderDocument = new TypedDocumentString(`
    mutation CreateTopUpOrder($input: CreateTopUpOrderInput!) {
  createTopUpOrder(input: $input) {
    ...TopUpOrderSummary
  }
}
    fragment TopUpOrderSummary on TopUpOrder {
  id
  number
  asset
  amount
  unitPrice
  priceIrr
  status
  redirectUrl
  rrn
  failure
  createdAt
  expiresAt
  settledAt
}`, {"hash":"sha256:2d8c925a798dcb95d08d495422d64a0e075259b5e2e6b59ba9106fcd3afe25c2"}) as unknown as TypedDocumentString<CreateTopUpOrderMutation, CreateTopUpOrderMutationVariables>;
export const TopUpOrderDocument = new TypedDocumentString(`
    query TopUpOrder($id: ID!) {
  topUpOrder(id: $id) {
    ...TopUpOrderSummary
  }
}
    fragment TopUpOrderSummary on TopUpOrder {
  id
  number
  asset
  amount
  unitPrice
  priceIrr
  status
  redirectUrl
  rrn
  failure
  createdAt
  expiresAt
  settledAt
}`, {"hash":"sha256:e5038628dfddfcd0750b216239c6a3f59df6a04d017c1855be7253aa9acea380"}) as unknown as TypedDocumentString<TopUpOrderQuery, TopUpOrderQueryVariables>;
export const MyTopUpOrdersDocument = new TypedDocumentString(`
    query MyTopUpOrders($first: Int, $status: OrderStatus) {
  myTopUpOrders(first: $first, status: $status) {
    ...TopUpOrderSummary
  }
}
    fragment TopUpOrderSummary on TopUpOrder {
  id
  number
  asset
  amount
  unitPrice
  priceIrr
  status
  redirectUrl
  rrn
  failure
  createdAt
  expiresAt
  settledAt
}`, {"hash":"sha256:162aa2b28010153b5d64495485b76695d9222315d4a49b732bef547f4f12d306"}) as unknown as TypedDocumentString<MyTopUpOrdersQuery, MyTopUpOrdersQueryVariables>;
export const AdminTopUpOrdersDocument = new TypedDocumentString(`
    query AdminTopUpOrders($first: Int, $status: OrderStatus) {
  topUpOrders(first: $first, status: $status) {
    ...TopUpOrderSummary
    user {
      id
      username
    }
  }
}
    fragment TopUpOrderSummary on TopUpOrder {
  id
  number
  asset
  amount
  unitPrice
  priceIrr
  status
  redirectUrl
  rrn
  failure
  createdAt
  expiresAt
  settledAt
}`, {"hash":"sha256:0eb02acd4c436302bd2a793a65442e635898929026426d0d9e8e4154226677cf"}) as unknown as TypedDocumentString<AdminTopUpOrdersQuery, AdminTopUpOrdersQueryVariables>;
export const ReconcileOrdersDocument = new TypedDocumentString(`
    mutation ReconcileOrders {
  reconcileOrders {
    checked
    paid
    expired
    failed
    cancelled
    open
    errors
  }
}
    `, {"hash":"sha256:a7a98411cc2b87185306f261eeb00a50668e46e92b9620dbc4165bae185cc35c"}) as unknown as TypedDocumentString<ReconcileOrdersMutation, ReconcileOrdersMutationVariables>;
export const MyReferralsDocument = new TypedDocumentString(`
    query MyReferrals {
  myReferrals {
    code
    referredBy {
      id
      username
    }
    referrals {
      referred {
        id
        username
      }
      createdAt
      rewardAsset
      rewardAmount
      rewardedAt
    }
  }
}
    `, {"hash":"sha256:daaf6165909930011de65c3aba860e6529b4f3c66d7ae1b45993bf6c5584e317"}) as unknown as TypedDocumentString<MyReferralsQuery, MyReferralsQueryVariables>;
export const ClaimReferralDocument = new TypedDocumentString(`
    mutation ClaimReferral($code: String!) {
  claimReferral(code: $code) {
    createdAt
    referred {
      id
    }
  }
}
    `, {"hash":"sha256:de0189f8f8713f87891ac52fb6f122be6f88caa5896e6fb9829e2bf5286d00dc"}) as unknown as TypedDocumentString<ClaimReferralMutation, ClaimReferralMutationVariables>;
export const PlatformVariablesDocument = new TypedDocumentString(`
    query PlatformVariables {
  platformVariables {
    key
    value
    description
    defaultValue
    version
    updatedBy
    updatedAt
  }
}
    `, {"hash":"sha256:83f5790af629a6d9c9eb258c8cb3e382bbb59d1a0c69668107dbee3f8adbf58b"}) as unknown as TypedDocumentString<PlatformVariablesQuery, PlatformVariablesQueryVariables>;
export const PlatformVariableHistoryDocument = new TypedDocumentString(`
    query PlatformVariableHistory($key: String, $first: Int) {
  platformVariableHistory(key: $key, first: $first) {
    key
    oldValue
    newValue
    version
    changedBy
    reason
    changedAt
  }
}
    `, {"hash":"sha256:a56003d01f8db79d6ade860605721bd54f1a4fc4f8a2b003b2c13f17f792a6b7"}) as unknown as TypedDocumentString<PlatformVariableHistoryQuery, PlatformVariableHistoryQueryVariables>;
export const SetPlatformVariableDocument = new TypedDocumentString(`
    mutation SetPlatformVariable($input: SetPlatformVariableInput!) {
  setPlatformVariable(input: $input) {
    key
    value
    version
    updatedBy
    updatedAt
  }
}
    `, {"hash":"sha256:2e11fab26e9786df5e07a138ed96cebc06580b6ef208395a8ab862e50b3ca027"}) as unknown as TypedDocumentString<SetPlatformVariableMutation, SetPlatformVariableMutationVariables>;
export const CommissionReportDocument = new TypedDocumentString(`
    query CommissionReport($from: DateTime!, $to: DateTime!, $period: ReportPeriod) {
  commissionReport(from: $from, to: $to, period: $period) {
    from
    to
    period
    lines {
      periodStart
      source
      asset
      amount
      count
    }
    totals {
      source
      asset
      amount
      count
    }
    platformBalances {
      asset
      amount
    }
  }
}
    `, {"hash":"sha256:6c999eab376bfb3e41278cd8b945596407b7a8a265bc468e4b9cf986db8d464d"}) as unknown as TypedDocumentString<CommissionReportQuery, CommissionReportQueryVariables>;
export const TopUpOrderSettledDocument = new TypedDocumentString(`
    subscription TopUpOrderSettled($id: ID!) {
  topUpOrderSettled(id: $id) {
    ...TopUpOrderSummary
  }
}
    fragment TopUpOrderSummary on TopUpOrder {
  id
  number
  asset
  amount
  unitPrice
  priceIrr
  status
  redirectUrl
  rrn
  failure
  createdAt
  expiresAt
  settledAt
}`, {"hash":"sha256:73bda9aa3e0e6b240cfaf871b24edd018b6299fbb4ccf35e4d1fc93504a77c40"}) as unknown as TypedDocumentString<TopUpOrderSettledSubscription, TopUpOrderSettledSubscriptionVariables>;
export const VideoCategoriesDocument = new TypedDocumentString(`
    query VideoCategories {
  videoCategories {
    id
    slug
    name
    description
    position
  }
}
    `, {"hash":"sha256:68865e1d000f23697391ee07f5663b498cdc40cdabe7cf91394401489809ccf6"}) as unknown as TypedDocumentString<VideoCategoriesQuery, VideoCategoriesQueryVariables>;
export const VideosDocument = new TypedDocumentString(`
    query Videos($categoryId: ID, $categorySlug: String, $includeDrafts: Boolean, $first: Int, $after: String) {
  videos(
    categoryId: $categoryId
    categorySlug: $categorySlug
    includeDrafts: $includeDrafts
    first: $first
    after: $after
  ) {
    edges {
      node {
        ...VideoSummary
        externalUrl
        media {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment VideoSummary on Video {
  id
  slug
  title
  description
  durationSeconds
  status
  publishedAt
  likeCount
  viewCount
  commentCount
  viewerHasLiked
  category {
    id
    slug
    name
  }
}`, {"hash":"sha256:9bfd589a2af8f598f257ae6628b4ff5dcd83691f95ffef6fe16a520d761a9cd3"}) as unknown as TypedDocumentString<VideosQuery, VideosQueryVariables>;
export const VideoDocument = new TypedDocumentString(`
    query Video($slug: String!, $commentsAfter: String) {
  video(slug: $slug) {
    ...VideoSummary
    externalUrl
    media {
      id
      url(expiresIn: 3600)
    }
    comments(first: 20, after: $commentsAfter) {
      edges {
        node {
          ...VideoCommentFields
          replies {
            ...VideoCommentFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment VideoSummary on Video {
  id
  slug
  title
  description
  durationSeconds
  status
  publishedAt
  likeCount
  viewCount
  commentCount
  viewerHasLiked
  category {
    id
    slug
    name
  }
}
fragment VideoCommentFields on VideoComment {
  id
  body
  parentId
  createdAt
  editedAt
  author {
    id
    username
  }
}`, {"hash":"sha256:06f0f1977cb3c3f3038a9d0e9039358a0845f3aa0d60c17c3fa9e1f6d31b94f7"}) as unknown as TypedDocumentString<VideoQuery, VideoQueryVariables>;
export const CommentOnVideoDocument = new TypedDocumentString(`
    mutation CommentOnVideo($videoId: ID!, $body: String!, $parentId: ID) {
  commentOnVideo(videoId: $videoId, body: $body, parentId: $parentId) {
    ...VideoCommentFields
  }
}
    fragment VideoCommentFields on VideoComment {
  id
  body
  parentId
  createdAt
  editedAt
  author {
    id
    username
  }
}`, {"hash":"sha256:5a0311402f778d26c18e3559c00c2bfcb061a97d837dc52496a88226c635e6fe"}) as unknown as TypedDocumentString<CommentOnVideoMutation, CommentOnVideoMutationVariables>;
export const EditVideoCommentDocument = new TypedDocumentString(`
    mutation EditVideoComment($id: ID!, $body: String!) {
  editVideoComment(id: $id, body: $body) {
    ...VideoCommentFields
  }
}
    fragment VideoCommentFields on VideoComment {
  id
  body
  parentId
  createdAt
  editedAt
  author {
    id
    username
  }
}`, {"hash":"sha256:2494ec20d814c178d27e5989f653cb8ac669aa2ad53b67d5ac7b2fe3973f1d20"}) as unknown as TypedDocumentString<EditVideoCommentMutation, EditVideoCommentMutationVariables>;
export const DeleteVideoCommentDocument = new TypedDocumentString(`
    mutation DeleteVideoComment($id: ID!) {
  deleteVideoComment(id: $id)
}
    `, {"hash":"sha256:46b2d4da98cb06f0140132d82f84fcfa56a9973ffe60ad613eced342e75a3589"}) as unknown as TypedDocumentString<DeleteVideoCommentMutation, DeleteVideoCommentMutationVariables>;
export const SetVideoLikeDocument = new TypedDocumentString(`
    mutation SetVideoLike($videoId: ID!, $liked: Boolean!) {
  setVideoLike(videoId: $videoId, liked: $liked) {
    id
    likeCount
    viewerHasLiked
  }
}
    `, {"hash":"sha256:df2c00ca16caabdf5007776c4cfcd872a5e80d1d169bffc22bf45000f5101627"}) as unknown as TypedDocumentString<SetVideoLikeMutation, SetVideoLikeMutationVariables>;
export const ViewVideoDocument = new TypedDocumentString(`
    mutation ViewVideo($videoId: ID!) {
  viewVideo(videoId: $videoId) {
    id
    viewCount
  }
}
    `, {"hash":"sha256:d593e8bdd0213b8017cfdcea6b7a0e8fe4d83f4ac9756f20f90696403b92ffa3"}) as unknown as TypedDocumentString<ViewVideoMutation, ViewVideoMutationVariables>;
export const CalendarDocument = new TypedDocumentString(`
    query Calendar($from: DateTime!, $to: DateTime!, $includeDrafts: Boolean) {
  calendar(from: $from, to: $to, includeDrafts: $includeDrafts) {
    startsAt
    endsAt
    event {
      id
      title
      timeZone
      status
      goingCount
      interestedCount
      likeCount
      viewerInteractions
      location {
        name
      }
    }
  }
}
    `, {"hash":"sha256:9b0dffaf256f79429a4e5baad9cee53fb80d32ee6b1a98040754219bac08e8cf"}) as unknown as TypedDocumentString<CalendarQuery, CalendarQueryVariables>;
export const CalendarEventDocument = new TypedDocumentString(`
    query CalendarEvent($id: ID!, $from: DateTime!, $to: DateTime!) {
  calendarEvent(id: $id) {
    ...CalendarEventFields
    occurrences(from: $from, to: $to) {
      startsAt
      endsAt
    }
  }
}
    fragment CalendarEventFields on CalendarEvent {
  id
  title
  description
  startsAt
  endsAt
  timeZone
  status
  location {
    name
    latitude
    longitude
  }
  recurrence {
    frequency
    interval
    until
    count
  }
  interestedCount
  goingCount
  likeCount
  viewerInteractions
}`, {"hash":"sha256:ee517d2e27102f5aa5cea4b4384c446edd8e2f6d786336cfe0546a8a9eeffd72"}) as unknown as TypedDocumentString<CalendarEventQuery, CalendarEventQueryVariables>;
export const SetEventInteractionDocument = new TypedDocumentString(`
    mutation SetEventInteraction($eventId: ID!, $kind: EventInteractionKind!, $active: Boolean!) {
  setEventInteraction(eventId: $eventId, kind: $kind, active: $active) {
    ...CalendarEventFields
  }
}
    fragment CalendarEventFields on CalendarEvent {
  id
  title
  description
  startsAt
  endsAt
  timeZone
  status
  location {
    name
    latitude
    longitude
  }
  recurrence {
    frequency
    interval
    until
    count
  }
  interestedCount
  goingCount
  likeCount
  viewerInteractions
}`, {"hash":"sha256:ba2c2044be6519b4d482c10bb43f3b45b956260595ded3b5adc79c0eb973475a"}) as unknown as TypedDocumentString<SetEventInteractionMutation, SetEventInteractionMutationVariables>;
export const CreateVideoCategoryDocument = new TypedDocumentString(`
    mutation CreateVideoCategory($input: VideoCategoryInput!) {
  createVideoCategory(input: $input) {
    id
    slug
    name
    description
    position
  }
}
    `, {"hash":"sha256:b093d1f38c80f71aa3b9ddf64f13ddc3658ad48e2d5be988a116f37a1faaa500"}) as unknown as TypedDocumentString<CreateVideoCategoryMutation, CreateVideoCategoryMutationVariables>;
export const UpdateVideoCategoryDocument = new TypedDocumentString(`
    mutation UpdateVideoCategory($id: ID!, $input: VideoCategoryInput!) {
  updateVideoCategory(id: $id, input: $input) {
    id
    slug
    name
    description
    position
  }
}
    `, {"hash":"sha256:20ff4a906d40d81c0df003d21b399ee8966dbd47c67a64d60b0ea90d7e376070"}) as unknown as TypedDocumentString<UpdateVideoCategoryMutation, UpdateVideoCategoryMutationVariables>;
export const CreateVideoDocument = new TypedDocumentString(`
    mutation CreateVideo($input: VideoInput!) {
  createVideo(input: $input) {
    ...VideoSummary
    externalUrl
    media {
      id
    }
  }
}
    fragment VideoSummary on Video {
  id
  slug
  title
  description
  durationSeconds
  status
  publishedAt
  likeCount
  viewCount
  commentCount
  viewerHasLiked
  category {
    id
    slug
    name
  }
}`, {"hash":"sha256:0e5221f77d69550f6ecc4118f597c813740f3b54a0ef703174f9edd07e94afa2"}) as unknown as TypedDocumentString<CreateVideoMutation, CreateVideoMutationVariables>;
export const UpdateVideoDocument = new TypedDocumentString(`
    mutation UpdateVideo($id: ID!, $input: VideoInput!) {
  updateVideo(id: $id, input: $input) {
    ...VideoSummary
    externalUrl
    media {
      id
    }
  }
}
    fragment VideoSummary on Video {
  id
  slug
  title
  description
  durationSeconds
  status
  publishedAt
  likeCount
  viewCount
  commentCount
  viewerHasLiked
  category {
    id
    slug
    name
  }
}`, {"hash":"sha256:a75367e9e6eef319157266800fd5cd1c2050a33c9ca8ae073a3ae27c860fd6fb"}) as unknown as TypedDocumentString<UpdateVideoMutation, UpdateVideoMutationVariables>;
export const SetVideoPublishedDocument = new TypedDocumentString(`
    mutation SetVideoPublished($id: ID!, $published: Boolean!) {
  setVideoPublished(id: $id, published: $published) {
    id
    status
    publishedAt
  }
}
    `, {"hash":"sha256:60db5c940184733881b8a2233cbcc2f92e878096a51802331512c4ef04318032"}) as unknown as TypedDocumentString<SetVideoPublishedMutation, SetVideoPublishedMutationVariables>;
export const CreateCalendarEventDocument = new TypedDocumentString(`
    mutation CreateCalendarEvent($input: CalendarEventInput!) {
  createCalendarEvent(input: $input) {
    ...CalendarEventFields
  }
}
    fragment CalendarEventFields on CalendarEvent {
  id
  title
  description
  startsAt
  endsAt
  timeZone
  status
  location {
    name
    latitude
    longitude
  }
  recurrence {
    frequency
    interval
    until
    count
  }
  interestedCount
  goingCount
  likeCount
  viewerInteractions
}`, {"hash":"sha256:45371624633f1f37b526f013407154f53df42c314d4c32a4301c8d6a1f71bd48"}) as unknown as TypedDocumentString<CreateCalendarEventMutation, CreateCalendarEventMutationVariables>;
export const UpdateCalendarEventDocument = new TypedDocumentString(`
    mutation UpdateCalendarEvent($id: ID!, $input: CalendarEventInput!) {
  updateCalendarEvent(id: $id, input: $input) {
    ...CalendarEventFields
  }
}
    fragment CalendarEventFields on CalendarEvent {
  id
  title
  description
  startsAt
  endsAt
  timeZone
  status
  location {
    name
    latitude
    longitude
  }
  recurrence {
    frequency
    interval
    until
    count
  }
  interestedCount
  goingCount
  likeCount
  viewerInteractions
}`, {"hash":"sha256:77cb7f77407e3ab5259d7ac4b3bc094b6ccef7445ac8cc49b880478a90b5c468"}) as unknown as TypedDocumentString<UpdateCalendarEventMutation, UpdateCalendarEventMutationVariables>;
export const SetCalendarEventPublishedDocument = new TypedDocumentString(`
    mutation SetCalendarEventPublished($id: ID!, $published: Boolean!) {
  setCalendarEventPublished(id: $id, published: $published) {
    id
    status
  }
}
    `, {"hash":"sha256:2e1289e9cd63b1ec33f0d1d9a8fdac97548d2866fc496eb3fa1d88c07eaf9894"}) as unknown as TypedDocumentString<SetCalendarEventPublishedMutation, SetCalendarEventPublishedMutationVariables>;
export const HourlyProfitsDocument = new TypedDocumentString(`
    query HourlyProfits($first: Int, $after: String) {
  hourlyProfits(first: $first, after: $after) {
    pending {
      asset
      amount
    }
    edges {
      node {
        hour
        asset
        amount
        withdrawn
        feature {
          id
          landUse
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:0293a5e6364de541f4d4743bf9711bdedcfc60fc38e65ae54dfe7f07a6afdf8c"}) as unknown as TypedDocumentString<HourlyProfitsQuery, HourlyProfitsQueryVariables>;
export const WithdrawProfitsDocument = new TypedDocumentString(`
    mutation WithdrawProfits($asset: String!, $idempotencyKey: String!) {
  withdrawProfits(asset: $asset, idempotencyKey: $idempotencyKey) {
    id
    asset
    amount
    createdAt
  }
}
    `, {"hash":"sha256:7a0e74acb33da5b1d950aa9202df2dfac4f37ca6bad8d5599c0cbfcd4c19c186"}) as unknown as TypedDocumentString<WithdrawProfitsMutation, WithdrawProfitsMutationVariables>;
export const LandUsesDocument = new TypedDocumentString(`
    query LandUses {
  landUses {
    landUse
    colour
    hourlyProfitRate
  }
}
    `, {"hash":"sha256:62235f2fecdea68a4bfcad93a29c23b930dc37993a334a3e3c389775732485b1"}) as unknown as TypedDocumentString<LandUsesQuery, LandUsesQueryVariables>;
export const PlaceBuildingDocument = new TypedDocumentString(`
    mutation PlaceBuilding($featureId: ID!, $kind: BuildingKind!, $name: String) {
  placeBuilding(featureId: $featureId, kind: $kind, name: $name) {
    id
    kind
    name
    createdAt
  }
}
    `, {"hash":"sha256:5dc99d9d9e1a9ab52c3f8dc3390717a92708b0666b4583b36de41b6693856b09"}) as unknown as TypedDocumentString<PlaceBuildingMutation, PlaceBuildingMutationVariables>;
export const RemoveBuildingDocument = new TypedDocumentString(`
    mutation RemoveBuilding($id: ID!) {
  removeBuilding(id: $id) {
    id
    buildings {
      id
      kind
      name
    }
  }
}
    `, {"hash":"sha256:f4ef929c875cb68b7111a719210e54518a00d10565a2eca32c721ab794b3b88b"}) as unknown as TypedDocumentString<RemoveBuildingMutation, RemoveBuildingMutationVariables>;
export const MyEstateDocument = new TypedDocumentString(`
    query MyEstate($first: Int, $after: String) {
  myFeatures(first: $first, after: $after) {
    edges {
      node {
        id
        landUse
        areaM2
        buildings {
          id
          kind
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:a7dea38628c18345773e18c5eb574e10c22af238cad245faa81e82c9a2b60450"}) as unknown as TypedDocumentString<MyEstateQuery, MyEstateQueryVariables>;
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
export const MyKycDocument = new TypedDocumentString(`
    query MyKyc {
  me {
    id
    kycStatus
    roles
  }
  myKycSubmission {
    ...KycSubmissionSummary
  }
}
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}`, {"hash":"sha256:35cc4844e8e8603ead1c9852640876fd7c81cbdc7c28d80292ce62a2b0a0bdd5"}) as unknown as TypedDocumentString<MyKycQuery, MyKycQueryVariables>;
export const SubmitKycDocument = new TypedDocumentString(`
    mutation SubmitKyc($input: SubmitKycInput!) {
  submitKyc(input: $input) {
    ...KycSubmissionSummary
  }
}
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}`, {"hash":"sha256:45df018a4c398b6dff114ac9ef1b71d61ee31d4ddc48bba85ef8e88d1d23562f"}) as unknown as TypedDocumentString<SubmitKycMutation, SubmitKycMutationVariables>;
export const KycQueueDocument = new TypedDocumentString(`
    query KycQueue($status: KycStatus, $first: Int, $after: String) {
  kycSubmissions(status: $status, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...KycSubmissionSummary
        user {
          id
          username
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}`, {"hash":"sha256:c75025dbfeed7ba26d7b94d9e6291a6f92e8217c77497b7ecbb16594998401ef"}) as unknown as TypedDocumentString<KycQueueQuery, KycQueueQueryVariables>;
export const KycSubmissionReviewDocument = new TypedDocumentString(`
    query KycSubmissionReview($id: ID!) {
  kycSubmission(id: $id) {
    ...KycSubmissionSummary
    user {
      id
      username
      kycStatus
    }
    decidedBy {
      id
      username
    }
    documents {
      ...KycDocument
    }
  }
}
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}
fragment KycDocument on Media {
  id
  filename
  contentType
  size
  url(expiresIn: 600)
  displayUrl(expiresIn: 600)
}`, {"hash":"sha256:bce0ed6ce0b90b1f7ed1b1b0b9c72f75c1228ef3aa5dcf033a30044cb493b069"}) as unknown as TypedDocumentString<KycSubmissionReviewQuery, KycSubmissionReviewQueryVariables>;
export const ApproveKycDocument = new TypedDocumentString(`
    mutation ApproveKyc($id: ID!) {
  approveKyc(id: $id) {
    ...KycSubmissionSummary
  }
}
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}`, {"hash":"sha256:101e79977a6f6598292a303a9db2df1d9c0c111ee02ded8275aa156e3e232524"}) as unknown as TypedDocumentString<ApproveKycMutation, ApproveKycMutationVariables>;
export const RejectKycDocument = new TypedDocumentString(`
    mutation RejectKyc($id: ID!, $reason: String!) {
  rejectKyc(id: $id, reason: $reason) {
    ...KycSubmissionSummary
  }
}
    fragment KycSubmissionSummary on KycSubmission {
  id
  status
  legalName
  birthDate
  documentNumber
  documentCountry
  submittedAt
  decidedAt
  rejectionReason
}`, {"hash":"sha256:889a60667f26a52d3cb6e96ce0fad14e9e028d443e4c02a03383c211cc1a7cf7"}) as unknown as TypedDocumentString<RejectKycMutation, RejectKycMutationVariables>;
export const UserLimitationsDocument = new TypedDocumentString(`
    query UserLimitations($userId: ID!) {
  userLimitations(userId: $userId) {
    ...UserLimitationFields
  }
}
    fragment UserLimitationFields on UserLimitation {
  userId
  kind
  until
  reason
  inForce
}`, {"hash":"sha256:f9bc80679a938b7b5596ca5ac34e598c3432b22025d3984c5c87c311eb3bdce9"}) as unknown as TypedDocumentString<UserLimitationsQuery, UserLimitationsQueryVariables>;
export const ImposeLimitationDocument = new TypedDocumentString(`
    mutation ImposeLimitation($userId: ID!, $kind: LimitationKind!, $until: DateTime!, $reason: String!) {
  imposeLimitation(userId: $userId, kind: $kind, until: $until, reason: $reason) {
    ...UserLimitationFields
  }
}
    fragment UserLimitationFields on UserLimitation {
  userId
  kind
  until
  reason
  inForce
}`, {"hash":"sha256:da0318085094f9acd27e732b549674807529b996b3cd73ae310a77e361c32101"}) as unknown as TypedDocumentString<ImposeLimitationMutation, ImposeLimitationMutationVariables>;
export const LiftLimitationDocument = new TypedDocumentString(`
    mutation LiftLimitation($userId: ID!, $kind: LimitationKind!) {
  liftLimitation(userId: $userId, kind: $kind) {
    ...UserLimitationFields
  }
}
    fragment UserLimitationFields on UserLimitation {
  userId
  kind
  until
  reason
  inForce
}`, {"hash":"sha256:07acade2555a9bedf355f6775468a503945c31f19c0625c9b80ff50a8edd8c54"}) as unknown as TypedDocumentString<LiftLimitationMutation, LiftLimitationMutationVariables>;
export const StartUploadDocument = new TypedDocumentString(`
    mutation StartUpload($input: StartUploadInput!) {
  startUpload(input: $input) {
    ...UploadProgress
  }
}
    fragment UploadProgress on Upload {
  id
  status
  partSize
  parts {
    number
    size
    url
    uploaded
  }
}`, {"hash":"sha256:d81f8ef6b95992a9e3eaae396a8c2ca2690cf7590036905a962a3c1b5fc7eff1"}) as unknown as TypedDocumentString<StartUploadMutation, StartUploadMutationVariables>;
export const UploadStatusDocument = new TypedDocumentString(`
    query UploadStatus($id: ID!) {
  uploadStatus(id: $id) {
    ...UploadProgress
  }
}
    fragment UploadProgress on Upload {
  id
  status
  partSize
  parts {
    number
    size
    url
    uploaded
  }
}`, {"hash":"sha256:5b5ac1f344e9e8d8f51c020f6aa613ecd2c0adfd70bff5699d4eb357852de7b3"}) as unknown as TypedDocumentString<UploadStatusQuery, UploadStatusQueryVariables>;
export const CompleteUploadDocument = new TypedDocumentString(`
    mutation CompleteUpload($id: ID!) {
  completeUpload(id: $id) {
    ...MediaFile
  }
}
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}`, {"hash":"sha256:9f5d3491665bca47ef720d7fc99935498b8bec0d201b1a3c76c8393428121ef9"}) as unknown as TypedDocumentString<CompleteUploadMutation, CompleteUploadMutationVariables>;
export const AbortUploadDocument = new TypedDocumentString(`
    mutation AbortUpload($id: ID!) {
  abortUpload(id: $id) {
    id
    status
  }
}
    `, {"hash":"sha256:a84bad5e432536e71b25d9a9702ee6f44f81c3dde1e37ad0f31fa03d94dc448b"}) as unknown as TypedDocumentString<AbortUploadMutation, AbortUploadMutationVariables>;
export const AttachMediaDocument = new TypedDocumentString(`
    mutation AttachMedia($mediaId: ID!, $target: MediaTargetInput!) {
  attachMedia(mediaId: $mediaId, target: $target) {
    ...MediaFile
  }
}
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}`, {"hash":"sha256:e7f6f40fe4c95dfae05872426637cc2de7bfeb019a86339410dfc25de5405ca7"}) as unknown as TypedDocumentString<AttachMediaMutation, AttachMediaMutationVariables>;
export const DetachMediaDocument = new TypedDocumentString(`
    mutation DetachMedia($mediaId: ID!, $target: MediaTargetInput!) {
  detachMedia(mediaId: $mediaId, target: $target)
}
    `, {"hash":"sha256:9ba08bde9a2ac2f3867b1c1d90d0e19ec51af3f93206ab3f286010544c6c2ff2"}) as unknown as TypedDocumentString<DetachMediaMutation, DetachMediaMutationVariables>;
export const DeleteMediaDocument = new TypedDocumentString(`
    mutation DeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `, {"hash":"sha256:381c4a3e415bb8295d7e9f0c204e58e0218f704f6ebb0bf0da7c5b01a3602dfa"}) as unknown as TypedDocumentString<DeleteMediaMutation, DeleteMediaMutationVariables>;
export const MediaByIdDocument = new TypedDocumentString(`
    query MediaById($id: ID!) {
  mediaById(id: $id) {
    ...MediaFile
  }
}
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}`, {"hash":"sha256:2dbcdd6d53813a4f2eb77aee87f81c6c55b237f0ad6a8d31bdbbe3008cc1de17"}) as unknown as TypedDocumentString<MediaByIdQuery, MediaByIdQueryVariables>;
export const MyMediaDocument = new TypedDocumentString(`
    query MyMedia {
  myMediaQuota {
    usedBytes
    limitBytes
  }
  me {
    id
    avatar {
      ...MediaFile
    }
    media(first: 50) {
      ...MediaFile
    }
  }
}
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}`, {"hash":"sha256:77de7eb926dff888b38d4e1254ee5f91513e0533fa577f31bf29bb44bc5af958"}) as unknown as TypedDocumentString<MyMediaQuery, MyMediaQueryVariables>;
export const FeaturePhotosDocument = new TypedDocumentString(`
    query FeaturePhotos($id: ID!) {
  feature(id: $id) {
    id
    photos {
      ...MediaFile
    }
  }
}
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}`, {"hash":"sha256:86402b4aff9f9840c00035d5f20a934b050329c8ccd1d297a7a35ea5141f218f"}) as unknown as TypedDocumentString<FeaturePhotosQuery, FeaturePhotosQueryVariables>;
export const HuntMediaDocument = new TypedDocumentString(`
    query HuntMedia($id: ID!) {
  hunt(id: $id) {
    id
    media {
      ...MediaFile
    }
  }
}
    fragment MediaFile on Media {
  id
  filename
  contentType
  size
  width
  height
  createdAt
  thumbnailUrl
  displayUrl
  url
}`, {"hash":"sha256:637cdfc24b436b3da11f70e59558dfcadf97aa0ea48c6e59bf85ebce264e9771"}) as unknown as TypedDocumentString<HuntMediaQuery, HuntMediaQueryVariables>;
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
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    ...NotificationPreferenceFields
  }
}
    fragment NotificationPreferenceFields on NotificationPreference {
  kind
  channel
  enabled
  mandatory
}`, {"hash":"sha256:d07aeeba3067deb228b7635381dfa8dd8c70a28ded2cd776eb2bc22aea9126a0"}) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {
  updateNotificationPreferences(input: $input) {
    ...NotificationPreferenceFields
  }
}
    fragment NotificationPreferenceFields on NotificationPreference {
  kind
  channel
  enabled
  mandatory
}`, {"hash":"sha256:ff977f24671b89cb1ccea2512aca7445b12ea48c36c7486a46bc9498456e547b"}) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const MyPartnersDocument = new TypedDocumentString(`
    query MyPartners {
  myPartners {
    id
    name
    createdAt
    members {
      id
      username
    }
    hunts {
      id
      title
      status
    }
  }
}
    `, {"hash":"sha256:f220671f45424801bcd00fe6160f91acb3175b5781c88de5644cc2817c4b1087"}) as unknown as TypedDocumentString<MyPartnersQuery, MyPartnersQueryVariables>;
export const PartnerProfileDocument = new TypedDocumentString(`
    query PartnerProfile($id: ID!) {
  partner(id: $id) {
    id
    name
    createdAt
    hunts {
      id
      title
      status
    }
  }
}
    `, {"hash":"sha256:98e00ecd409b441c4a6c36422a46c00b84958746ae93dd9f0f117deba1ba6622"}) as unknown as TypedDocumentString<PartnerProfileQuery, PartnerProfileQueryVariables>;
export const CreatePartnerDocument = new TypedDocumentString(`
    mutation CreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    id
    name
  }
}
    `, {"hash":"sha256:ec37a7275f37dcb1f29cf7fd6acc003b82dbf833048449ed560bd213c6bb58ce"}) as unknown as TypedDocumentString<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const AddPartnerMemberDocument = new TypedDocumentString(`
    mutation AddPartnerMember($partnerId: ID!, $userId: ID!) {
  addPartnerMember(partnerId: $partnerId, userId: $userId) {
    id
    members {
      id
      username
    }
  }
}
    `, {"hash":"sha256:feb2352aff74d0f380065ecebd717bb66175dbe3eec1340dc11f580451e20f88"}) as unknown as TypedDocumentString<AddPartnerMemberMutation, AddPartnerMemberMutationVariables>;
export const AuthoredHuntDocument = new TypedDocumentString(`
    query AuthoredHunt($id: ID!) {
  hunt(id: $id) {
    ...AuthoredHunt
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}`, {"hash":"sha256:eedfebe50ac2e91b6a206953dc0a97d47d6369714c2c4aed34978b7f62a733f7"}) as unknown as TypedDocumentString<AuthoredHuntQuery, AuthoredHuntQueryVariables>;
export const CreateHuntDocument = new TypedDocumentString(`
    mutation CreateHunt($input: CreateHuntInput!) {
  createHunt(input: $input) {
    ...AuthoredHunt
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}`, {"hash":"sha256:6e1b370b4775a4ad8aee3ab62ac99c3cb528b8f36d79606a558336888264a90a"}) as unknown as TypedDocumentString<CreateHuntMutation, CreateHuntMutationVariables>;
export const AddClueDocument = new TypedDocumentString(`
    mutation AddClue($huntId: ID!, $input: ClueInput!) {
  addClue(huntId: $huntId, input: $input) {
    ...ClueDetail
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}`, {"hash":"sha256:bf1fa9ea6a1f498ada7742eb8457f3f2e91108755e3ddea1e5ec983f299f5a04"}) as unknown as TypedDocumentString<AddClueMutation, AddClueMutationVariables>;
export const RemoveClueDocument = new TypedDocumentString(`
    mutation RemoveClue($huntId: ID!, $clueId: ID!) {
  removeClue(huntId: $huntId, clueId: $clueId) {
    ...AuthoredHunt
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}`, {"hash":"sha256:d3b39b6d69198fc6bc1bf65f31ccd9608657847bde8ad4ab3d91dcb25960d8b6"}) as unknown as TypedDocumentString<RemoveClueMutation, RemoveClueMutationVariables>;
export const ConnectCluesDocument = new TypedDocumentString(`
    mutation ConnectClues($huntId: ID!, $from: ID!, $to: ID!) {
  connectClues(huntId: $huntId, from: $from, to: $to) {
    ...AuthoredHunt
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}`, {"hash":"sha256:36876a329fb5c2e35f4a6fcf60dc63322246cbc89f1f87226c77e461bce7cdb8"}) as unknown as TypedDocumentString<ConnectCluesMutation, ConnectCluesMutationVariables>;
export const PublishHuntDocument = new TypedDocumentString(`
    mutation PublishHunt($huntId: ID!) {
  publishHunt(huntId: $huntId) {
    ...AuthoredHunt
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}`, {"hash":"sha256:5007e256236dd2887f3671fcbcea4672ec3778342bbe42bc78936a3dbb7768c1"}) as unknown as TypedDocumentString<PublishHuntMutation, PublishHuntMutationVariables>;
export const CloseHuntDocument = new TypedDocumentString(`
    mutation CloseHunt($huntId: ID!) {
  closeHunt(huntId: $huntId) {
    ...AuthoredHunt
  }
}
    fragment ClueDetail on Clue {
  id
  name
  riddle
  hint
  location {
    lat
    lng
  }
  radiusMeters
  start
  treasure
}
fragment AuthoredHunt on Hunt {
  id
  title
  description
  status
  startsAt
  endsAt
  participantCount
  playArea {
    center {
      lat
      lng
    }
    radiusMeters
  }
  reward {
    asset
    amount
  }
  clues {
    ...ClueDetail
  }
  paths {
    from
    to
  }
  winner {
    id
    username
  }
}`, {"hash":"sha256:b32d2a863134188180884719c99f2cfc06c01c8fe1fc3a9950831980ec87248a"}) as unknown as TypedDocumentString<CloseHuntMutation, CloseHuntMutationVariables>;
export const FindUserDocument = new TypedDocumentString(`
    query FindUser($username: String!) {
  userByUsername(username: $username) {
    id
    username
  }
}
    `, {"hash":"sha256:d6051075c691a60bad4c3e2c442054cab638f0478d007577d96991539543503d"}) as unknown as TypedDocumentString<FindUserQuery, FindUserQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    username
    displayName
    bio
    avatarUrl
    locale
  }
}
    `, {"hash":"sha256:2fd4f7ea9e1716abdf26f9aad9ba2dfd034449f336de13b9170f7b31eb8e3263"}) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    id
    username
    displayName
    bio
    avatarUrl
    locale
    email
    roles
  }
}
    `, {"hash":"sha256:73e50e3ddeec1a81c2a7de3e53c739874ccf2e2cc3017a2f775e1c6d667f6f65"}) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const LevelsDocument = new TypedDocumentString(`
    query Levels {
  levels {
    number
    name
    threshold
    perks
  }
}
    `, {"hash":"sha256:ef1700825701725510ea8d45a21d10612a71679c56fdc07012c822a49d6a8616"}) as unknown as TypedDocumentString<LevelsQuery, LevelsQueryVariables>;
export const MyLevelDocument = new TypedDocumentString(`
    query MyLevel {
  me {
    id
    level {
      ...LevelStanding
    }
  }
}
    fragment LevelStanding on UserLevel {
  number
  name
  points
  pointsToNext
  perks
  next {
    number
    name
    threshold
  }
}`, {"hash":"sha256:a90ac30afcc4e1566c4909e0c2bc16d710f97d67339adcc298013f06a72d5e4c"}) as unknown as TypedDocumentString<MyLevelQuery, MyLevelQueryVariables>;
export const LevelHistoryDocument = new TypedDocumentString(`
    query LevelHistory($first: Int) {
  me {
    id
    level {
      ...LevelStanding
    }
    levelHistory(first: $first) {
      fromLevel
      toLevel
      name
      points
      at
    }
  }
}
    fragment LevelStanding on UserLevel {
  number
  name
  points
  pointsToNext
  perks
  next {
    number
    name
    threshold
  }
}`, {"hash":"sha256:fe41fef9578fc50ec6aea5bcf3b0c9c35a7a5ddba0214f4e8c1894d000aad345"}) as unknown as TypedDocumentString<LevelHistoryQuery, LevelHistoryQueryVariables>;
export const PointsLeaderboardDocument = new TypedDocumentString(`
    query PointsLeaderboard($period: LeaderboardPeriod!, $first: Int) {
  pointsLeaderboard(period: $period, first: $first) {
    period
    since
    entries {
      rank
      points
      user {
        id
        username
        level {
          number
          name
        }
      }
    }
    viewer {
      rank
      points
    }
  }
}
    `, {"hash":"sha256:5e2499cee5a4df0a4c572af34b209cc0b29e71c42ad869566f7732f88f1feffa"}) as unknown as TypedDocumentString<PointsLeaderboardQuery, PointsLeaderboardQueryVariables>;
export const LevelChangedDocument = new TypedDocumentString(`
    subscription LevelChanged {
  levelChanged {
    fromLevel
    toLevel
    name
    points
    at
  }
}
    `, {"hash":"sha256:04fa19437ec7b25844a8cd40f1df78742c1da00f4837e01f0a6ff03f0acffb34"}) as unknown as TypedDocumentString<LevelChangedSubscription, LevelChangedSubscriptionVariables>;
export const ChallengeTimingsDocument = new TypedDocumentString(`
    query ChallengeTimings($upcomingFirst: Int) {
  challengeTimings(upcomingFirst: $upcomingFirst) {
    now
    open {
      ...RoundSummary
      myAnswer {
        ...AnswerResult
      }
    }
    upcoming {
      ...RoundSummary
    }
  }
}
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}
fragment AnswerResult on ChallengeAnswer {
  correct
  answeredAt
  points
  prize {
    id
    rank
    asset
    amount
    paid
  }
}`, {"hash":"sha256:fd31657c68e939fffed13366f53345a604ffddc1247d40015ace7136e1fde316"}) as unknown as TypedDocumentString<ChallengeTimingsQuery, ChallengeTimingsQueryVariables>;
export const ChallengeQuestionDocument = new TypedDocumentString(`
    query ChallengeQuestion($roundId: ID!) {
  challengeQuestion(roundId: $roundId) {
    text
    choices {
      id
      text
    }
    round {
      ...RoundSummary
    }
  }
}
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}`, {"hash":"sha256:2326f72471c6366c477de61f7b153918ae8f824b8806bf67c40310746ac0f4cd"}) as unknown as TypedDocumentString<ChallengeQuestionQuery, ChallengeQuestionQueryVariables>;
export const SubmitChallengeAnswerDocument = new TypedDocumentString(`
    mutation SubmitChallengeAnswer($roundId: ID!, $choiceId: ID!) {
  submitChallengeAnswer(roundId: $roundId, choiceId: $choiceId) {
    ...AnswerResult
    round {
      ...RoundSummary
    }
  }
}
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}
fragment AnswerResult on ChallengeAnswer {
  correct
  answeredAt
  points
  prize {
    id
    rank
    asset
    amount
    paid
  }
}`, {"hash":"sha256:052446e848d2749d1b67bc3038d241790363b97249ca582d06b26e46c8385d62"}) as unknown as TypedDocumentString<SubmitChallengeAnswerMutation, SubmitChallengeAnswerMutationVariables>;
export const MyPrizesDocument = new TypedDocumentString(`
    query MyPrizes($first: Int) {
  myPrizes(first: $first) {
    id
    rank
    asset
    amount
    paid
    paidAt
    round {
      id
      closesAt
    }
  }
}
    `, {"hash":"sha256:b3ce406ed419b51256e85b828832dd1bb4d64e0500cf4654e9618a50d4c0f5fa"}) as unknown as TypedDocumentString<MyPrizesQuery, MyPrizesQueryVariables>;
export const ProgressionAdminDocument = new TypedDocumentString(`
    query ProgressionAdmin($first: Int) {
  levels {
    number
    name
    threshold
    perks
  }
  activityRules {
    activity
    description
    sourceContext
    eventType
    userField
    match
    points
    dailyCap
    active
  }
  challengeQuestions(first: $first) {
    id
    text
    choices
    correctIndex
    createdAt
  }
  challengeRounds(first: $first) {
    ...RoundSummary
    question {
      id
      text
    }
  }
}
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}`, {"hash":"sha256:58e8f34a55e8b22f531f6efea3aaf8791222ea9438aba92f99d7cd49d2b8ddcc"}) as unknown as TypedDocumentString<ProgressionAdminQuery, ProgressionAdminQueryVariables>;
export const UpsertLevelDocument = new TypedDocumentString(`
    mutation UpsertLevel($input: LevelInput!) {
  upsertLevel(input: $input) {
    number
    name
    threshold
    perks
  }
}
    `, {"hash":"sha256:c10928d3e1550ac29b0fea572f47e429652e9e761a2ecec11e62d5ba2722bc85"}) as unknown as TypedDocumentString<UpsertLevelMutation, UpsertLevelMutationVariables>;
export const DeleteLevelDocument = new TypedDocumentString(`
    mutation DeleteLevel($number: Int!) {
  deleteLevel(number: $number)
}
    `, {"hash":"sha256:b7b8a745b15985419aa8e84cbcd2d4bafd96af4c7d252180d06ccc37ac5087d7"}) as unknown as TypedDocumentString<DeleteLevelMutation, DeleteLevelMutationVariables>;
export const UpsertActivityRuleDocument = new TypedDocumentString(`
    mutation UpsertActivityRule($input: ActivityRuleInput!) {
  upsertActivityRule(input: $input) {
    activity
    points
    dailyCap
    active
  }
}
    `, {"hash":"sha256:dd8f1d768f5d870bdbf833ee6868064ef1e406df546ac4e54671884b8a9299ae"}) as unknown as TypedDocumentString<UpsertActivityRuleMutation, UpsertActivityRuleMutationVariables>;
export const CreateChallengeQuestionDocument = new TypedDocumentString(`
    mutation CreateChallengeQuestion($input: ChallengeQuestionInput!) {
  createChallengeQuestion(input: $input) {
    id
    text
    choices
    correctIndex
  }
}
    `, {"hash":"sha256:f860408184aabe87503469469520b7ac3b9ffd64a70188dd8a9521e4e3d163b3"}) as unknown as TypedDocumentString<CreateChallengeQuestionMutation, CreateChallengeQuestionMutationVariables>;
export const ScheduleChallengeRoundDocument = new TypedDocumentString(`
    mutation ScheduleChallengeRound($input: ScheduleRoundInput!) {
  scheduleChallengeRound(input: $input) {
    ...RoundSummary
  }
}
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}`, {"hash":"sha256:d1b6677b5163f845b7a6a29b8c1c18239721673c35776c378622b372fd19b0ab"}) as unknown as TypedDocumentString<ScheduleChallengeRoundMutation, ScheduleChallengeRoundMutationVariables>;
export const CancelChallengeRoundDocument = new TypedDocumentString(`
    mutation CancelChallengeRound($id: ID!) {
  cancelChallengeRound(id: $id) {
    ...RoundSummary
  }
}
    fragment RoundSummary on ChallengeRound {
  id
  opensAt
  closesAt
  status
  winners
  prizePool {
    asset
    amountEach
    winnerLimit
  }
}`, {"hash":"sha256:6bd2182a49ab8a9782205ef8ffaba0e82a53b131df3e7328c8888f153beae8c0"}) as unknown as TypedDocumentString<CancelChallengeRoundMutation, CancelChallengeRoundMutationVariables>;
export const SignInProvidersDocument = new TypedDocumentString(`
    query SignInProviders {
  signInProviders {
    id
    name
  }
}
    `, {"hash":"sha256:cfb9902eee342fc5cf9e1acde329c9f0a716740af763589e7d7cc2e81cb523aa"}) as unknown as TypedDocumentString<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const StartProviderSignInDocument = new TypedDocumentString(`
    mutation StartProviderSignIn($provider: ID!, $redirectUri: String!) {
  startProviderSignIn(provider: $provider, redirectUri: $redirectUri) {
    authorizationUrl
    expiresAt
  }
}
    `, {"hash":"sha256:48b5d9ae72e322d2356de4d8c856d13f0f42677219dcf2b6e25b667b64c5bc69"}) as unknown as TypedDocumentString<StartProviderSignInMutation, StartProviderSignInMutationVariables>;
export const CompleteProviderSignInDocument = new TypedDocumentString(`
    mutation CompleteProviderSignIn($authorizationResponse: String!) {
  completeProviderSignIn(authorizationResponse: $authorizationResponse) {
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
}`, {"hash":"sha256:20b2e40843e6e0518ccb1f61d6a717b6b2934b023c3d97757a877a7d6c792e6e"}) as unknown as TypedDocumentString<CompleteProviderSignInMutation, CompleteProviderSignInMutationVariables>;
export const MyLinkedProvidersDocument = new TypedDocumentString(`
    query MyLinkedProviders {
  myLinkedProviders {
    ...LinkedProviderFields
  }
}
    fragment LinkedProviderFields on LinkedProvider {
  provider {
    id
    name
  }
  email
  linkedAt
  lastUsedAt
}`, {"hash":"sha256:5c6243550fcbc0572b3e50fb3b56a089dff535234429abc0b94096379acaaa27"}) as unknown as TypedDocumentString<MyLinkedProvidersQuery, MyLinkedProvidersQueryVariables>;
export const StartProviderLinkDocument = new TypedDocumentString(`
    mutation StartProviderLink($provider: ID!, $redirectUri: String!) {
  startProviderLink(provider: $provider, redirectUri: $redirectUri) {
    authorizationUrl
    expiresAt
  }
}
    `, {"hash":"sha256:3cdd872a6148ef09d525b1a4eb8e5c643d7c9ce119f50947058110dc0856d4c8"}) as unknown as TypedDocumentString<StartProviderLinkMutation, StartProviderLinkMutationVariables>;
export const CompleteProviderLinkDocument = new TypedDocumentString(`
    mutation CompleteProviderLink($authorizationResponse: String!) {
  completeProviderLink(authorizationResponse: $authorizationResponse) {
    ...LinkedProviderFields
  }
}
    fragment LinkedProviderFields on LinkedProvider {
  provider {
    id
    name
  }
  email
  linkedAt
  lastUsedAt
}`, {"hash":"sha256:c784e294f9314ec924669ec150c75e5f38b6c2ff90b97e104025f0858f992108"}) as unknown as TypedDocumentString<CompleteProviderLinkMutation, CompleteProviderLinkMutationVariables>;
export const UnlinkProviderDocument = new TypedDocumentString(`
    mutation UnlinkProvider($provider: ID!) {
  unlinkProvider(provider: $provider)
}
    `, {"hash":"sha256:1008773bb253849665ebf2652e27b60db342da99fcea69b2c6a8f067c3f70ce5"}) as unknown as TypedDocumentString<UnlinkProviderMutation, UnlinkProviderMutationVariables>;
export const StartProviderAccountDeletionDocument = new TypedDocumentString(`
    mutation StartProviderAccountDeletion($provider: ID!, $redirectUri: String!) {
  startProviderAccountDeletion(provider: $provider, redirectUri: $redirectUri) {
    authorizationUrl
    expiresAt
  }
}
    `, {"hash":"sha256:5259e1f119f85f2568a3280b0ec8a262441b3882a598af6375c6ae52bef0c7d4"}) as unknown as TypedDocumentString<StartProviderAccountDeletionMutation, StartProviderAccountDeletionMutationVariables>;
export const DeleteMyAccountWithProviderDocument = new TypedDocumentString(`
    mutation DeleteMyAccountWithProvider($authorizationResponse: String!) {
  deleteMyAccountWithProvider(authorizationResponse: $authorizationResponse)
}
    `, {"hash":"sha256:9430f137732d715646e97334724e3b997c4e0a49b7e397f0bba75b929304e127"}) as unknown as TypedDocumentString<DeleteMyAccountWithProviderMutation, DeleteMyAccountWithProviderMutationVariables>;
export const SiteDocument = new TypedDocumentString(`
    query Site {
  site {
    id
    name
    features {
      contexts
      title
      logoUrl
      colors {
        primary
        onPrimary
        accent
        background
        text
      }
    }
  }
}
    `, {"hash":"sha256:4dcbad8f457793d7406c2fd4dd6dd331a37eaaceea5b5a11f13bd33f921673db"}) as unknown as TypedDocumentString<SiteQuery, SiteQueryVariables>;
export const SystemHealthDocument = new TypedDocumentString(`
    query SystemHealth {
  systemHealth {
    status
    checkedAt
    latencyMs
    degraded
    router {
      name
      status
      latencyMs
      error
    }
    subgraphs {
      name
      status
      latencyMs
      error
      datastores {
        name
        status
        latencyMs
        error
      }
    }
  }
}
    `, {"hash":"sha256:4e5b802a38cb8faf27d40f1afd77e36d01357b4fd24a0b6478f2b1e625709ea9"}) as unknown as TypedDocumentString<SystemHealthQuery, SystemHealthQueryVariables>;
export const DynastyDocument = new TypedDocumentString(`
    query Dynasty($id: ID!) {
  dynasty(id: $id) {
    ...DynastyPageFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}
fragment DynastyPageFields on Dynasty {
  id
  name
  status
  memberLimit
  memberCount
  createdAt
  dissolvedAt
  head {
    id
    username
  }
  seat {
    id
    landUse
  }
  members(first: 100) {
    role
    isChild
    joinedAt
    family {
      id
      name
    }
    user {
      id
      username
      level {
        number
        name
      }
      features(first: 3) {
        edges {
          node {
            id
          }
        }
      }
    }
    relations {
      kind
      relative {
        id
        username
      }
    }
  }
  families {
    id
    name
    members {
      user {
        id
      }
    }
  }
  pendingRequests {
    ...JoinRequestFields
  }
  childPermissions {
    user {
      id
      username
    }
    dailySpendLimit
    canBuyParcels
    canSellParcels
    canChat
  }
}`, {"hash":"sha256:c7496bae2a1d685d91c875dfcf9c4fc579bdf81fd4676879bb55aa1d5efd32b9"}) as unknown as TypedDocumentString<DynastyQuery, DynastyQueryVariables>;
export const MyDynastyDocument = new TypedDocumentString(`
    query MyDynasty {
  myDynasty {
    ...DynastyPageFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}
fragment DynastyPageFields on Dynasty {
  id
  name
  status
  memberLimit
  memberCount
  createdAt
  dissolvedAt
  head {
    id
    username
  }
  seat {
    id
    landUse
  }
  members(first: 100) {
    role
    isChild
    joinedAt
    family {
      id
      name
    }
    user {
      id
      username
      level {
        number
        name
      }
      features(first: 3) {
        edges {
          node {
            id
          }
        }
      }
    }
    relations {
      kind
      relative {
        id
        username
      }
    }
  }
  families {
    id
    name
    members {
      user {
        id
      }
    }
  }
  pendingRequests {
    ...JoinRequestFields
  }
  childPermissions {
    user {
      id
      username
    }
    dailySpendLimit
    canBuyParcels
    canSellParcels
    canChat
  }
}`, {"hash":"sha256:6979ba7461453516bbd41c4529145358766849e13004af0cb14c9bf8841ca2f3"}) as unknown as TypedDocumentString<MyDynastyQuery, MyDynastyQueryVariables>;
export const FeatureDynastyDocument = new TypedDocumentString(`
    query FeatureDynasty($featureId: ID!) {
  feature(id: $featureId) {
    id
    dynasty {
      id
      name
      memberCount
      memberLimit
      head {
        id
        username
      }
    }
  }
  me {
    id
    dynasty {
      id
    }
  }
}
    `, {"hash":"sha256:f57cbe12f2d7ee2db1e45c9dc668a523bcf0fc313a88d9987eeb4e3e6a2169de"}) as unknown as TypedDocumentString<FeatureDynastyQuery, FeatureDynastyQueryVariables>;
export const JoinRequestsDocument = new TypedDocumentString(`
    query JoinRequests($first: Int) {
  joinRequestsSent(first: $first) {
    ...JoinRequestFields
  }
  joinRequestsReceived(first: $first) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}`, {"hash":"sha256:c4b74d88c71d24c2de68aeffa39b024d1f9457e24d2d440a78a323d8fba40f8d"}) as unknown as TypedDocumentString<JoinRequestsQuery, JoinRequestsQueryVariables>;
export const FoundDynastyDocument = new TypedDocumentString(`
    mutation FoundDynasty($input: FoundDynastyInput!) {
  foundDynasty(input: $input) {
    id
    name
    seat {
      id
    }
  }
}
    `, {"hash":"sha256:105299444b8401747cad460dbeeddcc3b511f136a8ef932bbc57b3d4ad456fc5"}) as unknown as TypedDocumentString<FoundDynastyMutation, FoundDynastyMutationVariables>;
export const SendJoinRequestDocument = new TypedDocumentString(`
    mutation SendJoinRequest($input: JoinRequestInput!) {
  sendJoinRequest(input: $input) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}`, {"hash":"sha256:d58412e6a4a99cd2ec4f93844e2911c5fe440abb184d40989e39823c45103f7e"}) as unknown as TypedDocumentString<SendJoinRequestMutation, SendJoinRequestMutationVariables>;
export const AcceptJoinRequestDocument = new TypedDocumentString(`
    mutation AcceptJoinRequest($id: ID!) {
  acceptJoinRequest(id: $id) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}`, {"hash":"sha256:500891e02cfadd2258d700b39771f7b2b7dc633605575d84fcb8ffdf1513d1bc"}) as unknown as TypedDocumentString<AcceptJoinRequestMutation, AcceptJoinRequestMutationVariables>;
export const RejectJoinRequestDocument = new TypedDocumentString(`
    mutation RejectJoinRequest($id: ID!) {
  rejectJoinRequest(id: $id) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}`, {"hash":"sha256:3aa26c3d5e7cc670f047d792ce068fda19642e56f46b41b99cd82a97d47e8d2a"}) as unknown as TypedDocumentString<RejectJoinRequestMutation, RejectJoinRequestMutationVariables>;
export const CancelJoinRequestDocument = new TypedDocumentString(`
    mutation CancelJoinRequest($id: ID!) {
  cancelJoinRequest(id: $id) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on JoinRequest {
  id
  kind
  status
  canAnswer
  message
  relation
  expiresAt
  createdAt
  answeredAt
  dynasty {
    id
    name
  }
  sender {
    id
    username
  }
  user {
    id
    username
  }
  relative {
    id
    username
  }
}`, {"hash":"sha256:41b6d1ef47148f1b8a460599c653fa2e8f9e7dcf294aa446c3e9e1c07dc3bc88"}) as unknown as TypedDocumentString<CancelJoinRequestMutation, CancelJoinRequestMutationVariables>;
export const AddFamilyRelationDocument = new TypedDocumentString(`
    mutation AddFamilyRelation($input: FamilyRelationInput!) {
  addFamilyRelation(input: $input) {
    id
  }
}
    `, {"hash":"sha256:897f5601786166c8cfa5652c1a42b71d83942c733cf40b845815c8170c033d5e"}) as unknown as TypedDocumentString<AddFamilyRelationMutation, AddFamilyRelationMutationVariables>;
export const LeaveDynastyDocument = new TypedDocumentString(`
    mutation LeaveDynasty {
  leaveDynasty {
    id
    status
  }
}
    `, {"hash":"sha256:a0e4b7b71497fbfd7d2052cb9e30947ccb50009983d1db2635c3b17fb35e92b6"}) as unknown as TypedDocumentString<LeaveDynastyMutation, LeaveDynastyMutationVariables>;
export const SetChildPermissionsDocument = new TypedDocumentString(`
    mutation SetChildPermissions($userId: ID!, $input: ChildPermissionsInput!) {
  setChildPermissions(userId: $userId, input: $input) {
    user {
      id
    }
    dailySpendLimit
    canBuyParcels
    canSellParcels
    canChat
  }
}
    `, {"hash":"sha256:f11f7b20ff50633f97c5c4eae82322a73d713f02c5f83ae712bf39931228000c"}) as unknown as TypedDocumentString<SetChildPermissionsMutation, SetChildPermissionsMutationVariables>;
export const DynastyChangedDocument = new TypedDocumentString(`
    subscription DynastyChanged($dynastyId: ID!) {
  dynastyChanged(dynastyId: $dynastyId) {
    type
    changedAt
    user {
      id
      username
    }
    request {
      id
      status
    }
  }
}
    `, {"hash":"sha256:ecd8cce08c15eaa51475fde73fecba3e4f4dae52c60a5b1cb9285fe98e5bd1d3"}) as unknown as TypedDocumentString<DynastyChangedSubscription, DynastyChangedSubscriptionVariables>;
export const MyTicketsDocument = new TypedDocumentString(`
    query MyTickets($first: Int, $after: String) {
  myTickets(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...TicketSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}`, {"hash":"sha256:6a0f61df143fa9b97a90e6f00674780033f0074f70c2a0a83f0c8b0166ba01be"}) as unknown as TypedDocumentString<MyTicketsQuery, MyTicketsQueryVariables>;
export const TicketDocument = new TypedDocumentString(`
    query Ticket($id: ID!) {
  ticket(id: $id) {
    ...TicketThread
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}
fragment TicketThread on Ticket {
  ...TicketSummary
  body
  author {
    id
    username
  }
  assignee {
    id
    username
  }
  about {
    type
    id
  }
  attachments {
    id
    filename
    contentType
    url
  }
  closedAt
  firstRespondedAt
  responses {
    id
    body
    fromStaff
    createdAt
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:d3b4a7740e93155914658157efb3b6a24b86d4efa09e518f0f38551bf5375458"}) as unknown as TypedDocumentString<TicketQuery, TicketQueryVariables>;
export const StaffTicketDocument = new TypedDocumentString(`
    query StaffTicket($id: ID!) {
  ticket(id: $id) {
    ...TicketThread
    ...TicketSlaView
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}
fragment TicketThread on Ticket {
  ...TicketSummary
  body
  author {
    id
    username
  }
  assignee {
    id
    username
  }
  about {
    type
    id
  }
  attachments {
    id
    filename
    contentType
    url
  }
  closedAt
  firstRespondedAt
  responses {
    id
    body
    fromStaff
    createdAt
    author {
      id
      username
    }
  }
}
fragment TicketSlaView on Ticket {
  sla {
    firstResponseDueAt
    resolutionDueAt
    firstResponseBreached
    resolutionBreached
  }
}`, {"hash":"sha256:35cb0fac2cda6edbd35a66500d5d29f3264153ea744be5402a73b3f0ff39639c"}) as unknown as TypedDocumentString<StaffTicketQuery, StaffTicketQueryVariables>;
export const SupportQueueDocument = new TypedDocumentString(`
    query SupportQueue($statuses: [TicketStatus!], $assignedToMe: Boolean, $first: Int, $after: String) {
  supportQueue(
    statuses: $statuses
    assignedToMe: $assignedToMe
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        ...TicketSummary
        ...TicketSlaView
        author {
          id
          username
        }
        assignee {
          id
          username
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}
fragment TicketSlaView on Ticket {
  sla {
    firstResponseDueAt
    resolutionDueAt
    firstResponseBreached
    resolutionBreached
  }
}`, {"hash":"sha256:c3eba85d4dcddcca155906a17893e71cc39916d096699cca819387377e796f0d"}) as unknown as TypedDocumentString<SupportQueueQuery, SupportQueueQueryVariables>;
export const SupportSlaPoliciesDocument = new TypedDocumentString(`
    query SupportSlaPolicies {
  supportSlaPolicies {
    priority
    firstResponseMinutes
    resolutionMinutes
  }
}
    `, {"hash":"sha256:c3eaaac9001e6ce9d23fca276f1d87e6ecc222775d7e3b2bda9dad27e9b20496"}) as unknown as TypedDocumentString<SupportSlaPoliciesQuery, SupportSlaPoliciesQueryVariables>;
export const ReportQueueDocument = new TypedDocumentString(`
    query ReportQueue($status: ReportStatus, $first: Int, $after: String) {
  reportQueue(status: $status, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ReportView
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReportView on Report {
  id
  targetType
  targetId
  status
  reporterCount
  outcome
  outcomeNote
  createdAt
  updatedAt
  decidedAt
  subjectUser {
    id
    username
  }
  reasons {
    reason
    createdAt
    reporter {
      id
      username
    }
  }
}`, {"hash":"sha256:cf231665057ed494578679e290bdc57c54ded4af776028ef66b1639e7e335de8"}) as unknown as TypedDocumentString<ReportQueueQuery, ReportQueueQueryVariables>;
export const OpenTicketDocument = new TypedDocumentString(`
    mutation OpenTicket($input: OpenTicketInput!) {
  openTicket(input: $input) {
    ...TicketThread
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}
fragment TicketThread on Ticket {
  ...TicketSummary
  body
  author {
    id
    username
  }
  assignee {
    id
    username
  }
  about {
    type
    id
  }
  attachments {
    id
    filename
    contentType
    url
  }
  closedAt
  firstRespondedAt
  responses {
    id
    body
    fromStaff
    createdAt
    author {
      id
      username
    }
  }
}`, {"hash":"sha256:edfa49f4bb02765ccc37b8c4946b2115b24047d34891d24b88fc980fd12ae370"}) as unknown as TypedDocumentString<OpenTicketMutation, OpenTicketMutationVariables>;
export const RespondToTicketDocument = new TypedDocumentString(`
    mutation RespondToTicket($ticketId: ID!, $body: String!) {
  respondToTicket(ticketId: $ticketId, body: $body) {
    id
    body
    fromStaff
    createdAt
  }
}
    `, {"hash":"sha256:fc9ba2519b7f887fe1fea25cd3609b5793a02a85f1f5a708bcbfdb4a52285efb"}) as unknown as TypedDocumentString<RespondToTicketMutation, RespondToTicketMutationVariables>;
export const CloseTicketDocument = new TypedDocumentString(`
    mutation CloseTicket($id: ID!) {
  closeTicket(id: $id) {
    ...TicketSummary
    closedAt
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}`, {"hash":"sha256:49641a8fab8d624c5dabbccd9ee65c7a103fd35820be6b70b990d2ec8bab3fd5"}) as unknown as TypedDocumentString<CloseTicketMutation, CloseTicketMutationVariables>;
export const ReopenTicketDocument = new TypedDocumentString(`
    mutation ReopenTicket($id: ID!) {
  reopenTicket(id: $id) {
    ...TicketSummary
    closedAt
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}`, {"hash":"sha256:ac24cbf2e036bebae9bbbeb85bd24fc16a3c5e1e8bb91bdce80fc173fd95182f"}) as unknown as TypedDocumentString<ReopenTicketMutation, ReopenTicketMutationVariables>;
export const AssignTicketDocument = new TypedDocumentString(`
    mutation AssignTicket($id: ID!, $assigneeId: ID) {
  assignTicket(id: $id, assigneeId: $assigneeId) {
    ...TicketSummary
    assignee {
      id
      username
    }
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}`, {"hash":"sha256:a29e53b3bb3e6661ecf4a42639fb19f05218d44db500b0fca1a42ef07c53937c"}) as unknown as TypedDocumentString<AssignTicketMutation, AssignTicketMutationVariables>;
export const SetTicketPriorityDocument = new TypedDocumentString(`
    mutation SetTicketPriority($id: ID!, $priority: TicketPriority!) {
  setTicketPriority(id: $id, priority: $priority) {
    ...TicketSummary
    ...TicketSlaView
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}
fragment TicketSlaView on Ticket {
  sla {
    firstResponseDueAt
    resolutionDueAt
    firstResponseBreached
    resolutionBreached
  }
}`, {"hash":"sha256:a5911b5f2c82487de405d2f72b420265255c7ae378a923bca6fabd18ad1ee16f"}) as unknown as TypedDocumentString<SetTicketPriorityMutation, SetTicketPriorityMutationVariables>;
export const SetTicketStatusDocument = new TypedDocumentString(`
    mutation SetTicketStatus($id: ID!, $status: TicketStatus!) {
  setTicketStatus(id: $id, status: $status) {
    ...TicketSummary
  }
}
    fragment TicketSummary on Ticket {
  id
  subject
  category
  status
  priority
  createdAt
  updatedAt
}`, {"hash":"sha256:b16a20db8a7edc6609027906020d16a330e4a65b8302a08a333c3ea0f540541b"}) as unknown as TypedDocumentString<SetTicketStatusMutation, SetTicketStatusMutationVariables>;
export const ReportDocument = new TypedDocumentString(`
    mutation Report($input: ReportInput!) {
  report(input: $input) {
    id
    targetType
    targetId
    status
  }
}
    `, {"hash":"sha256:315405855cb8382006f4b95fb235a4c7e860801b0897cd82ccfeb9e218f499f3"}) as unknown as TypedDocumentString<ReportMutation, ReportMutationVariables>;
export const DecideReportDocument = new TypedDocumentString(`
    mutation DecideReport($input: DecideReportInput!) {
  decideReport(input: $input) {
    ...ReportView
  }
}
    fragment ReportView on Report {
  id
  targetType
  targetId
  status
  reporterCount
  outcome
  outcomeNote
  createdAt
  updatedAt
  decidedAt
  subjectUser {
    id
    username
  }
  reasons {
    reason
    createdAt
    reporter {
      id
      username
    }
  }
}`, {"hash":"sha256:74b6b1b4b4fc157a95bb760ea7a18c12fa2244dc7ba4b50e50fac1df3ddfdbe1"}) as unknown as TypedDocumentString<DecideReportMutation, DecideReportMutationVariables>;
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