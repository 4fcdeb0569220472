import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserRow, ApiKey as ApiKeyRow, UserLimitation as UserLimitationRow, SignInRecord as SignInRecordRow, BankAccount as BankAccountRow, KycSubmission as KycSubmissionRow } from './prisma/client.ts';
import type { AccountsContext } from '../context.ts';
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

/** A session (a signed-in device) of the signed-in user. */
export type AccountSession = {
  __typename?: 'AccountSession';
  clientAddress?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The session making this request. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastRefreshedAt?: Maybe<Scalars['DateTime']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
};

/**
 * An integrator's application key, owned by a user. Its secret is shown once, when the key is
 * created or rotated; only its sha256 is kept.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The application's name. */
  name: Scalars['String']['output'];
  owner: User;
  /** The secret's first characters, to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** Set once revoked: the key stops working within seconds. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do: a subset of its owner's roles when it was made (tokens get what the owner still holds). */
  roles: Array<Role>;
  rotatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Internal: an API key's verdict for the router. */
export type ApiKeyGrant = {
  __typename?: 'ApiKeyGrant';
  /** An access token of the owner limited to the key's roles, for the subgraphs. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  keyId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerId: Scalars['ID']['output'];
  roles: Array<Role>;
};

/** A key with its secret: the only time the secret is shown. */
export type ApiKeySecret = {
  __typename?: 'ApiKeySecret';
  apiKey: ApiKey;
  /** Send it as the X-Api-Key header (or Authorization: ApiKey <secret>). Never shown again. */
  secret: Scalars['String']['output'];
};

/** Who may see a field: anyone, signed-in users, or only the user (admins always). */
export type Audience =
  | 'everyone'
  | 'only_me'
  | 'signed_in';

/** Tokens for a signed-in session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the Authorization header; valid 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single use: exchange it with `refresh` for a new pair; valid 7 days. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

/** A bank account of the signed-in user, for payouts. */
export type BankAccount = {
  __typename?: 'BankAccount';
  createdAt: Scalars['DateTime']['output'];
  holderName: Scalars['String']['output'];
  /** Electronic format: upper case, no spaces; checked with ISO 13616 mod-97. */
  iban: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type CreateApiKeyInput = {
  /** 1-64 characters. */
  name: Scalars['String']['input'];
  /** Admins only: the user who owns the key. Default: the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: [user]. Each must be one of the owner's roles. */
  roles?: InputMaybe<Array<Role>>;
};

/** Know-your-customer verification state. */
export type KycStatus =
  | 'none'
  | 'pending'
  | 'rejected'
  | 'verified';

/** Identity details and documents a user submitted for KYC review. Seen by the user and admins only. */
export type KycSubmission = {
  __typename?: 'KycSubmission';
  /** YYYY-MM-DD. */
  birthDate: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The admin who decided. */
  decidedBy?: Maybe<User>;
  /** ISO 3166-1 alpha-2 code of the country that issued the document. */
  documentCountry: Scalars['String']['output'];
  /** The national id or document number. */
  documentNumber: Scalars['String']['output'];
  /** The document files (media of purpose KYC); null for a file deleted since. */
  documents: Array<Maybe<Media>>;
  id: Scalars['ID']['output'];
  legalName: Scalars['String']['output'];
  /** Why it was rejected (shown to the user). */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** pending until an admin decides; then verified or rejected. */
  status: KycStatus;
  submittedAt: Scalars['DateTime']['output'];
  user: User;
};

/** A page of KYC submissions. */
export type KycSubmissionConnection = {
  __typename?: 'KycSubmissionConnection';
  edges: Array<KycSubmissionEdge>;
  pageInfo: PageInfo;
};

/** A KYC submission in a page of submissions. */
export type KycSubmissionEdge = {
  __typename?: 'KycSubmissionEdge';
  cursor: Scalars['String']['output'];
  node: KycSubmission;
};

/** What a limited user may no longer do (a moderation outcome of support). */
export type LimitationKind =
  | 'CANNOT_CHAT'
  | 'CANNOT_TRADE';

/** A provider identity linked to the signed-in user's account: it signs in to it. */
export type LinkedProvider = {
  __typename?: 'LinkedProvider';
  /** The email the provider gave when it was linked. */
  email?: Maybe<Scalars['String']['output']>;
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  linkedAt: Scalars['DateTime']['output'];
  provider: SignInProvider;
};

export type LoginInput = {
  /** Username or email. */
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A file of the media context (purpose KYC for identity documents); media resolves its fields. */
export type Media = {
  __typename?: 'Media';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a bank account. A malformed IBAN or a wrong check is BAD_USER_INPUT; a sixth or a repeat is CONFLICT. */
  addBankAccount: BankAccount;
  /** Admins only: approves a pending submission. The user gets the verified_user role and kycStatus verified; operations that require it check accounts at once, the role appears in the user's tokens from their next refresh. A decided one is CONFLICT (ALREADY_DECIDED). */
  approveKyc: KycSubmission;
  /** Starts two-factor enrolment by SMS: a code to the number (international format), which confirmSmsTwoFactorEnrolment checks. Codes sent per hour are limited (RATE_LIMITED); a bad number is BAD_USER_INPUT. */
  beginSmsTwoFactorEnrolment: SmsCodeSent;
  /** Starts two-factor enrolment: a new secret for an authenticator app, shown once. Not in force until confirmed. */
  beginTwoFactorEnrolment: TwoFactorEnrolment;
  /** Completes a link started by this session, with the authorization response. Refused like completeProviderSignIn; also FORBIDDEN, reason STATE_NOT_YOURS, from another session; CONFLICT, reason IDENTITY_IN_USE (linked to another account) or ALREADY_LINKED (this provider is linked already). */
  completeProviderLink: LinkedProvider;
  /**
   * Completes a provider sign-in with the authorization response: the whole URL the provider sent the
   * browser back to (code, state, iss). Signs in the user the identity is linked to, or signs up a new
   * one. Answers like login (with two-factor on: FORBIDDEN, reason TWO_FACTOR_REQUIRED and a challenge).
   * Refused, changing nothing: BAD_USER_INPUT with reason INVALID_STATE (forged or unknown),
   * STATE_USED (replayed), STATE_EXPIRED, REDIRECT_URI_MISMATCH, INVALID_CODE (wrong or reused code),
   * PROVIDER_ERROR (the provider refused), EMAIL_REQUIRED; CONFLICT, reason ACCOUNT_EXISTS, when the
   * provider's email is an existing account's (sign in to it and link the provider from there).
   */
  completeProviderSignIn: AuthPayload;
  /** The second step of a sign-in with two-factor on: login refused with FORBIDDEN, reason TWO_FACTOR_REQUIRED, a challenge and the method (totp, or sms with phoneHint: the code was just sent); send it back with a one-time code (app, SMS or recovery). Code attempts are limited (RATE_LIMITED). */
  completeTwoFactorLogin: AuthPayload;
  /** Confirms the phone number with the SMS code: two-factor sign-in by SMS is on. Answers ten single-use recovery codes, shown once. Wrong, used or expired codes are FORBIDDEN (reason WRONG_CODE or CODE_EXPIRED); attempts are limited (RATE_LIMITED). */
  confirmSmsTwoFactorEnrolment: TwoFactorRecoveryCodes;
  /** Turns two-factor sign-in on with a code from the app. Answers ten single-use recovery codes, shown once. */
  confirmTwoFactorEnrolment: TwoFactorRecoveryCodes;
  /** Registers an application key for the caller (or, for admins, for ownerId). The secret is in the answer only. */
  createApiKey: ApiKeySecret;
  /** Erases the signed-in user's account, confirmed with the password: the person is removed from every context (UserErased). Cannot be undone. */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** Erases the signed-in user's account like deleteMyAccount, confirmed by the authorization response of a deletion this session started. Refused like completeProviderLink (STATE_NOT_YOURS from another session); FORBIDDEN, reason IDENTITY_NOT_LINKED, when the identity is not linked to this account. Cannot be undone. */
  deleteMyAccountWithProvider: Scalars['Boolean']['output'];
  /** Turns two-factor sign-in off, with a fresh code (from the app, or by SMS after requestTwoFactorDisableCode) or a recovery code. */
  disableTwoFactor: Scalars['Boolean']['output'];
  /** Admins only: limits a user until a time (in the future); one per kind, a new one replaces the earlier. */
  imposeLimitation: UserLimitation;
  /** Internal, service credential only: limits a user (support's LIMITED outcome) until a time; the latest decision of a kind replaces the earlier one, so a retry changes nothing. */
  internalLimitUser: UserLimitation;
  /** Internal, service credential only: a router replica's heartbeat of who is connected to it (online) and who just left (offline). Returns how many changed status. */
  internalReportPresence: Scalars['Int']['output'];
  /** Admins only: lifts a limitation now. NOT_FOUND when none of that kind is in force. */
  liftLimitation: UserLimitation;
  /** Signs in. With two-factor on, refused with FORBIDDEN, reason TWO_FACTOR_REQUIRED and a challenge for completeTwoFactorLogin. Repeated failures for one account or one address are slowed, then refused for a while (RATE_LIMITED). */
  login: AuthPayload;
  /** Ends the current session: its access and refresh tokens stop working everywhere. */
  logout: Scalars['Boolean']['output'];
  /** Exchanges a refresh token for a new pair; the old one stops working. Reusing an old one ends the session. */
  refresh: AuthPayload;
  /** Creates an account and signs it in. */
  register: AuthPayload;
  /** Admins only: rejects a pending submission with a reason the user sees (1-1000 characters); the user may submit again. A decided one is CONFLICT (ALREADY_DECIDED). */
  rejectKyc: KycSubmission;
  /** Removes one of the caller's bank accounts (NOT_FOUND for anyone else's). */
  removeBankAccount: Scalars['Boolean']['output'];
  /** Sends the signed-in user a link confirming their email address (single use, expiring). Always true. */
  requestEmailVerification: Scalars['Boolean']['output'];
  /** Emails a password reset link if the address belongs to an account. Always true: the answer never reveals whether it does. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** With two-factor by SMS on: sends a fresh code for disableTwoFactor. */
  requestTwoFactorDisableCode: SmsCodeSent;
  /** Sets a new password with the token from the reset email, and ends every session of the account. */
  resetPassword: Scalars['Boolean']['output'];
  /** The owner or an admin: the key stops working within seconds. Revoking twice is harmless. */
  revokeApiKey: ApiKey;
  /** The owner or an admin: a new secret for the key; the old one stops working at once. */
  rotateApiKey: ApiKeySecret;
  /** Admins only: replaces a user's roles (effective at the user's next sign-in or refresh). */
  setRoles: User;
  /** Ends every session of the signed-in user, this one included. Returns how many ended. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Starts erasing the signed-in account with a fresh sign-in at a linked provider instead of the password (an account made through a provider has none): like startProviderLink; complete with deleteMyAccountWithProvider. */
  startProviderAccountDeletion: ProviderAuthorization;
  /** Starts linking a provider to the signed-in account: like startProviderSignIn, but the provider is asked for a fresh sign-in (prompt=login, at most OIDC_LINK_MAX_AGE_SECONDS old). */
  startProviderLink: ProviderAuthorization;
  /**
   * Starts a sign-in (or a sign-up) with an OpenID provider: open authorizationUrl in the browser; the
   * provider sends it back to redirectUri (one of OIDC_REDIRECT_URIS) with the authorization response.
   * Unknown provider or redirect URI: BAD_USER_INPUT, reason UNKNOWN_PROVIDER or REDIRECT_URI_NOT_ALLOWED.
   */
  startProviderSignIn: ProviderAuthorization;
  /** Submits identity details and documents for KYC review: status becomes pending. Refused with CONFLICT while one is pending (reason KYC_PENDING) or once verified (KYC_ALREADY_VERIFIED); files not yours FORBIDDEN, missing or not of purpose KYC BAD_USER_INPUT. */
  submitKyc: KycSubmission;
  /** Unlinks a provider from the signed-in account. NOT_FOUND when not linked; CONFLICT, reason LAST_SIGN_IN_METHOD, when it is the account's only way to sign in (no password, no other provider). */
  unlinkProvider: Scalars['Boolean']['output'];
  /** Changes who sees what of the signed-in user. */
  updatePrivacy: User;
  updateProfile: User;
  /** Confirms an email address with the token from the link. Bad tokens: BAD_USER_INPUT with reason INVALID_TOKEN, TOKEN_USED or TOKEN_EXPIRED. */
  verifyEmail: Scalars['Boolean']['output'];
};


export type MutationAddBankAccountArgs = {
  holderName: Scalars['String']['input'];
  iban: Scalars['String']['input'];
};


export type MutationApproveKycArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBeginSmsTwoFactorEnrolmentArgs = {
  phoneNumber: Scalars['String']['input'];
};


export type MutationCompleteProviderLinkArgs = {
  authorizationResponse: Scalars['String']['input'];
};


export type MutationCompleteProviderSignInArgs = {
  authorizationResponse: Scalars['String']['input'];
};


export type MutationCompleteTwoFactorLoginArgs = {
  challenge: Scalars['String']['input'];
  oneTimeCode: Scalars['String']['input'];
};


export type MutationConfirmSmsTwoFactorEnrolmentArgs = {
  oneTimeCode: Scalars['String']['input'];
};


export type MutationConfirmTwoFactorEnrolmentArgs = {
  oneTimeCode: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationDeleteMyAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationDeleteMyAccountWithProviderArgs = {
  authorizationResponse: Scalars['String']['input'];
};


export type MutationDisableTwoFactorArgs = {
  oneTimeCode: Scalars['String']['input'];
};


export type MutationImposeLimitationArgs = {
  kind: LimitationKind;
  reason: Scalars['String']['input'];
  until: Scalars['DateTime']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationInternalLimitUserArgs = {
  kind: LimitationKind;
  reason?: InputMaybe<Scalars['String']['input']>;
  until: Scalars['DateTime']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationInternalReportPresenceArgs = {
  offline: Array<Scalars['ID']['input']>;
  online: Array<Scalars['ID']['input']>;
  source: Scalars['String']['input'];
};


export type MutationLiftLimitationArgs = {
  kind: LimitationKind;
  userId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRefreshArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRejectKycArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveBankAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationStartProviderAccountDeletionArgs = {
  provider: Scalars['ID']['input'];
  redirectUri: Scalars['String']['input'];
};


export type MutationStartProviderLinkArgs = {
  provider: Scalars['ID']['input'];
  redirectUri: Scalars['String']['input'];
};


export type MutationStartProviderSignInArgs = {
  provider: Scalars['ID']['input'];
  redirectUri: Scalars['String']['input'];
};


export type MutationSubmitKycArgs = {
  input: SubmitKycInput;
};


export type MutationUnlinkProviderArgs = {
  provider: Scalars['ID']['input'];
};


export type MutationUpdatePrivacyArgs = {
  input: PrivacyInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Fields left out stay as they are. */
export type PrivacyInput = {
  email?: InputMaybe<Audience>;
  holdings?: InputMaybe<Audience>;
  level?: InputMaybe<Audience>;
  presence?: InputMaybe<Audience>;
};

/** A user's choices of who sees what. Contexts apply them with the kit's privacy rule. */
export type PrivacySettings = {
  __typename?: 'PrivacySettings';
  /** Default: only_me. */
  email: Audience;
  /** Wallet balances and parcels. Default: only_me. */
  holdings: Audience;
  /** Level and points. Default: everyone. */
  level: Audience;
  /** Online status and last seen. Default: everyone. */
  presence: Audience;
};

/** Where to send the browser to sign in at a provider. */
export type ProviderAuthorization = {
  __typename?: 'ProviderAuthorization';
  /** The provider's sign-in page (authorization code with PKCE S256, state and nonce): open it in the browser. It comes back to the redirect URI. */
  authorizationUrl: Scalars['String']['output'];
  /** Complete the sign-in before then (the state works once, until this time). */
  expiresAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins only: API keys, newest first; of one owner when ownerId is given. 1-200 of them. */
  apiKeys: Array<ApiKey>;
  /** Internal, service credential only: the router's check of an integrator's key; null when it is unknown, rotated away or revoked. */
  internalApiKeyGrant?: Maybe<ApiKeyGrant>;
  /** Internal, service credential only: the limitations in force on these users (chat asks CANNOT_CHAT, trades CANNOT_TRADE). */
  internalUserLimitations: Array<UserLimitation>;
  /** Admins only: one KYC submission with its documents. */
  kycSubmission?: Maybe<KycSubmission>;
  /** Admins only: KYC submissions, pending ones first (oldest first), then decided ones; of one status when given. 1-100 per page. */
  kycSubmissions: KycSubmissionConnection;
  /** The signed-in user. */
  me: User;
  /** The signed-in user's API keys, newest first (revoked ones included). */
  myApiKeys: Array<ApiKey>;
  /** The signed-in user's bank accounts (at most 5). */
  myBankAccounts: Array<BankAccount>;
  /** The signed-in user's latest KYC submission (status and rejection reason); null before the first. */
  myKycSubmission?: Maybe<KycSubmission>;
  /** The providers linked to the signed-in user's account. */
  myLinkedProviders: Array<LinkedProvider>;
  /** The signed-in user's open sessions, newest first. */
  mySessions: Array<AccountSession>;
  /** The signed-in user's latest sign-in attempts, newest first (1-100). */
  mySignIns: Array<SignInRecord>;
  /** The OpenID providers one may sign in with. */
  signInProviders: Array<SignInProvider>;
  user?: Maybe<User>;
  userByUsername?: Maybe<User>;
  /** Admins only: a user's limitations, in force or past, one per kind. */
  userLimitations: Array<UserLimitation>;
};


export type QueryApiKeysArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInternalApiKeyGrantArgs = {
  apiKey: Scalars['String']['input'];
};


export type QueryInternalUserLimitationsArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type QueryKycSubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKycSubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<KycStatus>;
};


export type QueryMySignInsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByUsernameArgs = {
  username: Scalars['String']['input'];
};


export type QueryUserLimitationsArgs = {
  userId: Scalars['ID']['input'];
};

export type RegisterInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** At least 10 characters, with a letter and a digit, not containing the username. */
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

/** What a user may do beyond playing: admins run the platform, support staff handle tickets and reports, verified users passed KYC. */
export type Role =
  | 'admin'
  | 'support'
  | 'user'
  | 'verified_user';

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

/** An OpenID provider users may sign in with (configuration: OIDC_PROVIDERS). */
export type SignInProvider = {
  __typename?: 'SignInProvider';
  /** Short name, given to startProviderSignIn and the other provider operations. */
  id: Scalars['ID']['output'];
  /** Shown on the button: Sign in with <name>. */
  name: Scalars['String']['output'];
};

/** One sign-in attempt on the account. Append-only: the database refuses to change or delete one. */
export type SignInRecord = {
  __typename?: 'SignInRecord';
  address?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  outcome: SignInOutcome;
  /** The OpenID provider signed in with (its id); null for a password. */
  provider?: Maybe<Scalars['String']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** An SMS code is on its way. */
export type SmsCodeSent = {
  __typename?: 'SmsCodeSent';
  /** When the code stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Where it went, mostly hidden (e.g. +44•••••••23). */
  phoneHint: Scalars['String']['output'];
};

export type SubmitKycInput = {
  /** YYYY-MM-DD; the person must be at least 18 and born after 1900. */
  birthDate: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 code of the issuing country, e.g. DE. */
  documentCountry: Scalars['String']['input'];
  /** 1-5 of your own files uploaded with purpose KYC (images or PDFs). */
  documentIds: Array<Scalars['ID']['input']>;
  /** The national id or document number: 4-64 letters, digits, spaces, dots or dashes. */
  documentNumber: Scalars['String']['input'];
  /** As on the document, 2-200 characters. */
  legalName: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Online/offline changes of these users (1-100), from now on. */
  userStatusChanged: UserStatusChange;
};


export type SubscriptionUserStatusChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};

/** A secret for an authenticator app, shown once: type it in or scan the otpauth URL as a QR code. */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** otpauth://totp/... for authenticator apps. */
  otpauthUrl: Scalars['String']['output'];
  /** Base32 (RFC 4648), 160 bits. */
  secret: Scalars['String']['output'];
};

/** The second factor a user signs in with. */
export type TwoFactorMethod =
  /** A code sent by SMS to the confirmed phone number. */
  | 'sms'
  /** A code from an authenticator app (RFC 6238). */
  | 'totp';

/** Single-use codes that replace an app code once each (a lost phone). Shown once; only their hashes are kept. */
export type TwoFactorRecoveryCodes = {
  __typename?: 'TwoFactorRecoveryCodes';
  recoveryCodes: Array<Scalars['String']['output']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateProfileInput = {
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** A person with an account. Other contexts extend it (wallet, parcels, hunts...). */
export type User = {
  __typename?: 'User';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  bio?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  /** Shown as the user's privacy settings allow (default: to the user and admins only); null for anyone else. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the user confirmed their email address (a link sent by email). Visible to the user and to admins only. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** Visible to the user and to admins only; null for anyone else. */
  kycStatus?: Maybe<KycStatus>;
  /** When the status last changed; null if the user was never online, or to those the presence privacy leaves out. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  locale?: Maybe<Scalars['String']['output']>;
  /** The phone number confirmed by an SMS code (E.164); private: the user, admins and services only. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Who sees what of this user. Visible to the user and to admins only. */
  privacy?: Maybe<PrivacySettings>;
  roles: Array<Role>;
  /** online while the user holds a live connection (a subscription socket) to the graph. Always offline to those the user's presence privacy leaves out. */
  status: UserStatus;
  /** Whether sign-in asks for a two-factor code. Visible to the user and to admins only. */
  twoFactorEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** How two-factor sign-in is on (null when off); private like twoFactorEnabled. */
  twoFactorMethod?: Maybe<TwoFactorMethod>;
  /** Unique, case-insensitively; 3-32 letters, digits or underscores, starting with a letter. */
  username: Scalars['String']['output'];
};

/** A limitation on a user's profile, until a time (support's moderation outcome, or imposed by an admin). */
export type UserLimitation = {
  __typename?: 'UserLimitation';
  /** Whether it is in force now. */
  inForce: Scalars['Boolean']['output'];
  kind: LimitationKind;
  reason?: Maybe<Scalars['String']['output']>;
  /** In force while this is in the future; lifting a limitation sets it to the moment it was lifted. */
  until: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

export type UserStatus =
  | 'offline'
  | 'online';

/** A user came online or went offline. */
export type UserStatusChange = {
  __typename?: 'UserStatusChange';
  changedAt: Scalars['DateTime']['output'];
  status: UserStatus;
  user: User;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountSession: ResolverTypeWrapper<AccountSession>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyGrant: ResolverTypeWrapper<ApiKeyGrant>;
  ApiKeySecret: ResolverTypeWrapper<Omit<ApiKeySecret, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Audience: Audience;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  BankAccount: ResolverTypeWrapper<BankAccountRow>;
  CreateApiKeyInput: CreateApiKeyInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  KycStatus: KycStatus;
  KycSubmission: ResolverTypeWrapper<KycSubmissionRow>;
  KycSubmissionConnection: ResolverTypeWrapper<Omit<KycSubmissionConnection, 'edges'> & { edges: Array<ResolversTypes['KycSubmissionEdge']> }>;
  KycSubmissionEdge: ResolverTypeWrapper<Omit<KycSubmissionEdge, 'node'> & { node: ResolversTypes['KycSubmission'] }>;
  LimitationKind: LimitationKind;
  LinkedProvider: ResolverTypeWrapper<LinkedProvider>;
  LoginInput: LoginInput;
  Media: ResolverTypeWrapper<Media>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrivacyInput: PrivacyInput;
  PrivacySettings: ResolverTypeWrapper<PrivacySettings>;
  ProviderAuthorization: ResolverTypeWrapper<ProviderAuthorization>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  Role: Role;
  SignInOutcome: SignInOutcome;
  SignInProvider: ResolverTypeWrapper<SignInProvider>;
  SignInRecord: ResolverTypeWrapper<SignInRecordRow>;
  SmsCodeSent: ResolverTypeWrapper<SmsCodeSent>;
  SubmitKycInput: SubmitKycInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TwoFactorEnrolment: ResolverTypeWrapper<TwoFactorEnrolment>;
  TwoFactorMethod: TwoFactorMethod;
  TwoFactorRecoveryCodes: ResolverTypeWrapper<TwoFactorRecoveryCodes>;
  UpdateProfileInput: UpdateProfileInput;
  User: ResolverTypeWrapper<UserRow>;
  UserLimitation: ResolverTypeWrapper<UserLimitationRow>;
  UserStatus: UserStatus;
  UserStatusChange: ResolverTypeWrapper<Omit<UserStatusChange, 'user'> & { user: ResolversTypes['User'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountSession: AccountSession;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  ApiKey: ApiKeyRow;
  ApiKeyGrant: ApiKeyGrant;
  ApiKeySecret: Omit<ApiKeySecret, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  BankAccount: BankAccountRow;
  CreateApiKeyInput: CreateApiKeyInput;
  DateTime: Scalars['DateTime']['output'];
  KycSubmission: KycSubmissionRow;
  KycSubmissionConnection: Omit<KycSubmissionConnection, 'edges'> & { edges: Array<ResolversParentTypes['KycSubmissionEdge']> };
  KycSubmissionEdge: Omit<KycSubmissionEdge, 'node'> & { node: ResolversParentTypes['KycSubmission'] };
  LinkedProvider: LinkedProvider;
  LoginInput: LoginInput;
  Media: Media;
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  PrivacyInput: PrivacyInput;
  PrivacySettings: PrivacySettings;
  ProviderAuthorization: ProviderAuthorization;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  SignInProvider: SignInProvider;
  SignInRecord: SignInRecordRow;
  SmsCodeSent: SmsCodeSent;
  SubmitKycInput: SubmitKycInput;
  Subscription: Record<PropertyKey, never>;
  TwoFactorEnrolment: TwoFactorEnrolment;
  TwoFactorRecoveryCodes: TwoFactorRecoveryCodes;
  UpdateProfileInput: UpdateProfileInput;
  User: UserRow;
  UserLimitation: UserLimitationRow;
  UserStatusChange: Omit<UserStatusChange, 'user'> & { user: ResolversParentTypes['User'] };
}>;

export type AccountSessionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AccountSession'] = ResolversParentTypes['AccountSession']> = ResolversObject<{
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRefreshedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  rotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ApiKeyGrantResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ApiKeyGrant'] = ResolversParentTypes['ApiKeyGrant']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type ApiKeySecretResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ApiKeySecret'] = ResolversParentTypes['ApiKeySecret']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type BankAccountResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iban?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type KycSubmissionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['KycSubmission'] = ResolversParentTypes['KycSubmission']> = ResolversObject<{
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  documentCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<Maybe<ResolversTypes['Media']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KycStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type KycSubmissionConnectionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['KycSubmissionConnection'] = ResolversParentTypes['KycSubmissionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['KycSubmissionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type KycSubmissionEdgeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['KycSubmissionEdge'] = ResolversParentTypes['KycSubmissionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KycSubmission'], ParentType, ContextType>;
}>;

export type LinkedProviderResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['LinkedProvider'] = ResolversParentTypes['LinkedProvider']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['SignInProvider'], ParentType, ContextType>;
}>;

export type MediaResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addBankAccount?: Resolver<ResolversTypes['BankAccount'], ParentType, ContextType, RequireFields<MutationAddBankAccountArgs, 'holderName' | 'iban'>>;
  approveKyc?: Resolver<ResolversTypes['KycSubmission'], ParentType, ContextType, RequireFields<MutationApproveKycArgs, 'id'>>;
  beginSmsTwoFactorEnrolment?: Resolver<ResolversTypes['SmsCodeSent'], ParentType, ContextType, RequireFields<MutationBeginSmsTwoFactorEnrolmentArgs, 'phoneNumber'>>;
  beginTwoFactorEnrolment?: Resolver<ResolversTypes['TwoFactorEnrolment'], ParentType, ContextType>;
  completeProviderLink?: Resolver<ResolversTypes['LinkedProvider'], ParentType, ContextType, RequireFields<MutationCompleteProviderLinkArgs, 'authorizationResponse'>>;
  completeProviderSignIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCompleteProviderSignInArgs, 'authorizationResponse'>>;
  completeTwoFactorLogin?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCompleteTwoFactorLoginArgs, 'challenge' | 'oneTimeCode'>>;
  confirmSmsTwoFactorEnrolment?: Resolver<ResolversTypes['TwoFactorRecoveryCodes'], ParentType, ContextType, RequireFields<MutationConfirmSmsTwoFactorEnrolmentArgs, 'oneTimeCode'>>;
  confirmTwoFactorEnrolment?: Resolver<ResolversTypes['TwoFactorRecoveryCodes'], ParentType, ContextType, RequireFields<MutationConfirmTwoFactorEnrolmentArgs, 'oneTimeCode'>>;
  createApiKey?: Resolver<ResolversTypes['ApiKeySecret'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  deleteMyAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMyAccountArgs, 'password'>>;
  deleteMyAccountWithProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMyAccountWithProviderArgs, 'authorizationResponse'>>;
  disableTwoFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableTwoFactorArgs, 'oneTimeCode'>>;
  imposeLimitation?: Resolver<ResolversTypes['UserLimitation'], ParentType, ContextType, RequireFields<MutationImposeLimitationArgs, 'kind' | 'reason' | 'until' | 'userId'>>;
  internalLimitUser?: Resolver<ResolversTypes['UserLimitation'], ParentType, ContextType, RequireFields<MutationInternalLimitUserArgs, 'kind' | 'until' | 'userId'>>;
  internalReportPresence?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationInternalReportPresenceArgs, 'offline' | 'online' | 'source'>>;
  liftLimitation?: Resolver<ResolversTypes['UserLimitation'], ParentType, ContextType, RequireFields<MutationLiftLimitationArgs, 'kind' | 'userId'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refresh?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshArgs, 'refreshToken'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  rejectKyc?: Resolver<ResolversTypes['KycSubmission'], ParentType, ContextType, RequireFields<MutationRejectKycArgs, 'id' | 'reason'>>;
  removeBankAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveBankAccountArgs, 'id'>>;
  requestEmailVerification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  requestTwoFactorDisableCode?: Resolver<ResolversTypes['SmsCodeSent'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateApiKey?: Resolver<ResolversTypes['ApiKeySecret'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'id'>>;
  setRoles?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetRolesArgs, 'roles' | 'userId'>>;
  signOutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startProviderAccountDeletion?: Resolver<ResolversTypes['ProviderAuthorization'], ParentType, ContextType, RequireFields<MutationStartProviderAccountDeletionArgs, 'provider' | 'redirectUri'>>;
  startProviderLink?: Resolver<ResolversTypes['ProviderAuthorization'], ParentType, ContextType, RequireFields<MutationStartProviderLinkArgs, 'provider' | 'redirectUri'>>;
  startProviderSignIn?: Resolver<ResolversTypes['ProviderAuthorization'], ParentType, ContextType, RequireFields<MutationStartProviderSignInArgs, 'provider' | 'redirectUri'>>;
  submitKyc?: Resolver<ResolversTypes['KycSubmission'], ParentType, ContextType, RequireFields<MutationSubmitKycArgs, 'input'>>;
  unlinkProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlinkProviderArgs, 'provider'>>;
  updatePrivacy?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdatePrivacyArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
}>;

export type PageInfoResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PrivacySettingsResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PrivacySettings'] = ResolversParentTypes['PrivacySettings']> = ResolversObject<{
  email?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  holdings?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
}>;

export type ProviderAuthorizationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ProviderAuthorization'] = ResolversParentTypes['ProviderAuthorization']> = ResolversObject<{
  authorizationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first'>>;
  internalApiKeyGrant?: Resolver<Maybe<ResolversTypes['ApiKeyGrant']>, ParentType, ContextType, RequireFields<QueryInternalApiKeyGrantArgs, 'apiKey'>>;
  internalUserLimitations?: Resolver<Array<ResolversTypes['UserLimitation']>, ParentType, ContextType, RequireFields<QueryInternalUserLimitationsArgs, 'userIds'>>;
  kycSubmission?: Resolver<Maybe<ResolversTypes['KycSubmission']>, ParentType, ContextType, RequireFields<QueryKycSubmissionArgs, 'id'>>;
  kycSubmissions?: Resolver<ResolversTypes['KycSubmissionConnection'], ParentType, ContextType, RequireFields<QueryKycSubmissionsArgs, 'first'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  myApiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  myBankAccounts?: Resolver<Array<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  myKycSubmission?: Resolver<Maybe<ResolversTypes['KycSubmission']>, ParentType, ContextType>;
  myLinkedProviders?: Resolver<Array<ResolversTypes['LinkedProvider']>, ParentType, ContextType>;
  mySessions?: Resolver<Array<ResolversTypes['AccountSession']>, ParentType, ContextType>;
  mySignIns?: Resolver<Array<ResolversTypes['SignInRecord']>, ParentType, ContextType, RequireFields<QueryMySignInsArgs, 'first'>>;
  signInProviders?: Resolver<Array<ResolversTypes['SignInProvider']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userByUsername?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserByUsernameArgs, 'username'>>;
  userLimitations?: Resolver<Array<ResolversTypes['UserLimitation']>, ParentType, ContextType, RequireFields<QueryUserLimitationsArgs, 'userId'>>;
}>;

export type SignInProviderResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SignInProvider'] = ResolversParentTypes['SignInProvider']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SignInRecordResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SignInRecord'] = ResolversParentTypes['SignInRecord']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SignInOutcome'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SmsCodeSentResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SmsCodeSent'] = ResolversParentTypes['SmsCodeSent']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  phoneHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  userStatusChanged?: SubscriptionResolver<ResolversTypes['UserStatusChange'], "userStatusChanged", ParentType, ContextType, RequireFields<SubscriptionUserStatusChangedArgs, 'userIds'>>;
}>;

export type TwoFactorEnrolmentResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['TwoFactorEnrolment'] = ResolversParentTypes['TwoFactorEnrolment']> = ResolversObject<{
  otpauthUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TwoFactorRecoveryCodesResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['TwoFactorRecoveryCodes'] = ResolversParentTypes['TwoFactorRecoveryCodes']> = ResolversObject<{
  recoveryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kycStatus?: Resolver<Maybe<ResolversTypes['KycStatus']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  privacy?: Resolver<Maybe<ResolversTypes['PrivacySettings']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
  twoFactorEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  twoFactorMethod?: Resolver<Maybe<ResolversTypes['TwoFactorMethod']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserLimitationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['UserLimitation'] = ResolversParentTypes['UserLimitation']> = ResolversObject<{
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LimitationKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserStatusChangeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['UserStatusChange'] = ResolversParentTypes['UserStatusChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AccountsContext> = ResolversObject<{
  AccountSession?: AccountSessionResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyGrant?: ApiKeyGrantResolvers<ContextType>;
  ApiKeySecret?: ApiKeySecretResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  KycSubmission?: KycSubmissionResolvers<ContextType>;
  KycSubmissionConnection?: KycSubmissionConnectionResolvers<ContextType>;
  KycSubmissionEdge?: KycSubmissionEdgeResolvers<ContextType>;
  LinkedProvider?: LinkedProviderResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PrivacySettings?: PrivacySettingsResolvers<ContextType>;
  ProviderAuthorization?: ProviderAuthorizationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SignInProvider?: SignInProviderResolvers<ContextType>;
  SignInRecord?: SignInRecordResolvers<ContextType>;
  SmsCodeSent?: SmsCodeSentResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TwoFactorEnrolment?: TwoFactorEnrolmentResolvers<ContextType>;
  TwoFactorRecoveryCodes?: TwoFactorRecoveryCodesResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserLimitation?: UserLimitationResolvers<ContextType>;
  UserStatusChange?: UserStatusChangeResolvers<ContextType>;
}>;

