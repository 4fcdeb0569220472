import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WalletParent, WalletContext } from '../context.ts';
import type { LedgerEntry, PaymentOrder, Referral as ReferralRow, PlatformVariableChange as PlatformVariableChangeRow } from './prisma/client.ts';
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

export type AdminCreditInput = {
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  memo?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

export type Balance = {
  __typename?: 'Balance';
  amount: Scalars['Decimal']['output'];
  /** Asset code, one of Query.assets (e.g. PSC, IRR, RED, BLUE, YELLOW). */
  asset: Scalars['String']['output'];
};

export type CommissionLine = {
  __typename?: 'CommissionLine';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  /** Start of the period (UTC); for totals, the report's start. */
  periodStart: Scalars['DateTime']['output'];
  /** The context the sale happened in, e.g. features. */
  source: Scalars['String']['output'];
};

export type CommissionReport = {
  __typename?: 'CommissionReport';
  from: Scalars['DateTime']['output'];
  lines: Array<CommissionLine>;
  period: ReportPeriod;
  /** What the platform account holds now. */
  platformBalances: Array<Balance>;
  to: Scalars['DateTime']['output'];
  /** Per source and asset over the whole report. */
  totals: Array<CommissionLine>;
};

export type CreateTopUpOrderInput = {
  /** Positive: how much of the asset to buy. */
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
  /** Chosen by the client; retrying with it returns the same order. */
  idempotencyKey: Scalars['String']['input'];
  /** Where the buyer's browser returns after the gateway, with ?order=<id> (an allowed address of the web app). */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

/** An internal movement requested by another context (a purchase, a reward). */
export type InternalMovementInput = {
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
  /** A credit only: what the platform kept from this sale, credited to the platform account and reported as a commission of the calling service. */
  commission?: InputMaybe<Scalars['Decimal']['input']>;
  idempotencyKey: Scalars['String']['input'];
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Who paid the sale the commission was taken from. */
  payerId?: InputMaybe<Scalars['ID']['input']>;
  /** What it pays for, e.g. feature:123. */
  reference: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

/**
 * One movement of a batch (internalDebits, internalCredits), with the request it was made for: the
 * batch is recorded for audit as one internalDebit or internalCredit command per item, as if each had
 * been called alone.
 */
export type InternalMovementItem = {
  input: InternalMovementInput;
  /** The request the movement was made for (what x-request-id says on a call of its own). */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /**
   * The W3C traceparent of the caller's span for this movement (what the traceparent header says on
   * a call of its own): the item runs as a span of that trace, linked to the batch's.
   */
  traceparent?: InputMaybe<Scalars['String']['input']>;
};

/** One batch item's outcome: its transaction, or the refusal that ended it (then nothing moved). */
export type InternalMovementOutcome = {
  __typename?: 'InternalMovementOutcome';
  error?: Maybe<InternalMovementRefusal>;
  result?: Maybe<Transaction>;
};

/** A batch item's refusal, as the single call would have answered it. */
export type InternalMovementRefusal = {
  __typename?: 'InternalMovementRefusal';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Admins only: credits a user. */
  adminCredit: Transaction;
  /** Records that the signed-in user was referred by the owner of `code` (once, right after sign-up). */
  claimReferral: Referral;
  /** Orders a top-up: the price comes from the platform variables; pay at the order's redirectUrl. */
  createTopUpOrder: TopUpOrder;
  /** Internal, service credential only: credits a user for another context (a sale, a reward, a compensation). */
  internalCredit: Transaction;
  /** Internal, service credential only: many credits in one call, as internalDebits. */
  internalCredits: Array<InternalMovementOutcome>;
  /** Internal, service credential only: debits a user for another context. */
  internalDebit: Transaction;
  /**
   * Internal, service credential only: many debits in one call, each as internalDebit alone would do
   * it (its own idempotency key, checks and outcome; a refused item refuses no other). Outcomes come
   * in the items' order. How a context's concurrent movements share one request (kit WalletClient).
   */
  internalDebits: Array<InternalMovementOutcome>;
  /** Admins only: asks the gateway about every open order; settles unannounced payments and expires stale orders. */
  reconcileOrders: ReconcileResult;
  /** Admins only: changes a platform variable; the change is recorded with who and when. */
  setPlatformVariable: PlatformVariable;
  /** Moves money from the signed-in user to another. INSUFFICIENT_FUNDS when the balance is short. */
  transfer: Transfer;
};


export type MutationAdminCreditArgs = {
  input: AdminCreditInput;
};


export type MutationClaimReferralArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateTopUpOrderArgs = {
  input: CreateTopUpOrderInput;
};


export type MutationInternalCreditArgs = {
  input: InternalMovementInput;
};


export type MutationInternalCreditsArgs = {
  items: Array<InternalMovementItem>;
};


export type MutationInternalDebitArgs = {
  input: InternalMovementInput;
};


export type MutationInternalDebitsArgs = {
  items: Array<InternalMovementItem>;
};


export type MutationSetPlatformVariableArgs = {
  input: SetPlatformVariableInput;
};


export type MutationTransferArgs = {
  input: TransferInput;
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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A runtime setting admins change without a deploy. */
export type PlatformVariable = {
  __typename?: 'PlatformVariable';
  defaultValue: Scalars['String']['output'];
  description: Scalars['String']['output'];
  key: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who set it last (user:<id>). */
  updatedBy?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
  /** How many times it was changed (0: the default). */
  version: Scalars['Int']['output'];
};

export type PlatformVariableChange = {
  __typename?: 'PlatformVariableChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  key: Scalars['String']['output'];
  newValue: Scalars['String']['output'];
  oldValue?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Asset codes this deployment knows. */
  assets: Array<Scalars['String']['output']>;
  /** Admins only: commissions credited to the platform account in [from, to), per period, source and asset. */
  commissionReport: CommissionReport;
  /** Internal, service credential only: a platform variable's current value. */
  internalPlatformVariable: Scalars['String']['output'];
  /** The signed-in user's referral code, who they brought in and what it earned. */
  myReferrals: ReferralSummary;
  /** The signed-in user's top-up orders, newest first. */
  myTopUpOrders: Array<TopUpOrder>;
  /** The signed-in user's wallet. */
  myWallet: Wallet;
  /** Admins only: who changed which variable and when, newest first. */
  platformVariableHistory: Array<PlatformVariableChange>;
  /** Admins only: the runtime settings (prices, rates, commission, limits). */
  platformVariables: Array<PlatformVariable>;
  /** A top-up order: its owner's, or any for admins (NOT_FOUND otherwise). */
  topUpOrder?: Maybe<TopUpOrder>;
  /** Admins only: every top-up order, newest first. */
  topUpOrders: Array<TopUpOrder>;
  /** What one unit of each asset costs in a top-up, in Rials. */
  topUpPrices: Array<TopUpPrice>;
};


export type QueryCommissionReportArgs = {
  from: Scalars['DateTime']['input'];
  period?: InputMaybe<ReportPeriod>;
  to: Scalars['DateTime']['input'];
};


export type QueryInternalPlatformVariableArgs = {
  key: Scalars['String']['input'];
};


export type QueryMyTopUpOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


export type QueryPlatformVariableHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTopUpOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopUpOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};

/** What reconciliation found among open orders. */
export type ReconcileResult = {
  __typename?: 'ReconcileResult';
  cancelled: Scalars['Int']['output'];
  checked: Scalars['Int']['output'];
  /** Orders the gateway could not be asked about (they stay open). */
  errors: Scalars['Int']['output'];
  expired: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  /** Still waiting for a payment. */
  open: Scalars['Int']['output'];
  paid: Scalars['Int']['output'];
};

/** A user the signed-in user referred. */
export type Referral = {
  __typename?: 'Referral';
  createdAt: Scalars['DateTime']['output'];
  referred: User;
  rewardAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Set once the referred user paid for the first time. */
  rewardAsset?: Maybe<Scalars['String']['output']>;
  rewardedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ReferralSummary = {
  __typename?: 'ReferralSummary';
  /** Share it: a new user claims it once. */
  code: Scalars['String']['output'];
  referrals: Array<Referral>;
  /** Who referred the signed-in user, if anyone. */
  referredBy?: Maybe<User>;
};

export type ReportPeriod =
  | 'day'
  | 'month'
  | 'week';

export type SetPlatformVariableInput = {
  /** The version read before editing: CONFLICT when someone changed it meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The order once it is settled (paid, failed, cancelled, expired): its owner's, or any for admins (NOT_FOUND otherwise). Read the order first: one settled before the subscription started is not sent. */
  topUpOrderSettled: TopUpOrder;
  /** Every new ledger entry of a wallet, from now on: the signed-in user's own, or any user's for admins (FORBIDDEN otherwise). */
  walletChanged: Transaction;
};


export type SubscriptionTopUpOrderSettledArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionWalletChangedArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A top-up: an amount of an asset bought with Rials through the payment gateway. */
export type TopUpOrder = {
  __typename?: 'TopUpOrder';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  cardMasked?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** Why a failed, cancelled or expired order ended. */
  failure?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The gateway's order number. */
  number: Scalars['String']['output'];
  /** What the buyer pays, in Rials. */
  priceIrr: Scalars['String']['output'];
  /** The gateway's payment page, while the order is pending. */
  redirectUrl?: Maybe<Scalars['String']['output']>;
  /** The bank's reference of a paid order. */
  rrn?: Maybe<Scalars['String']['output']>;
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  status: OrderStatus;
  /** Rials per unit when ordered. */
  unitPrice: Scalars['Decimal']['output'];
  user: User;
};

export type TopUpPrice = {
  __typename?: 'TopUpPrice';
  asset: Scalars['String']['output'];
  /** Rials per unit. */
  priceIrr: Scalars['Decimal']['output'];
};

/** One ledger entry: a signed change of one balance. */
export type Transaction = {
  __typename?: 'Transaction';
  /** Positive for money in, negative for money out. */
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  balanceAfter: Scalars['Decimal']['output'];
  /** The other side of a transfer. */
  counterparty?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TransactionKind;
  memo?: Maybe<Scalars['String']['output']>;
  /** What the movement pays for, e.g. a parcel purchase. */
  reference?: Maybe<Scalars['String']['output']>;
};

export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  edges: Array<TransactionEdge>;
  pageInfo: PageInfo;
};

export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  cursor: Scalars['String']['output'];
  node: Transaction;
};

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

/** A completed transfer between two users. */
export type Transfer = {
  __typename?: 'Transfer';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The sender's ledger entry. */
  debit: Transaction;
  from: User;
  /** The operation id; the same for a retry with the same idempotency key. */
  id: Scalars['ID']['output'];
  memo?: Maybe<Scalars['String']['output']>;
  to: User;
};

export type TransferInput = {
  /** Positive. */
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
  /** Chosen by the client, unique per command; retrying with it returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  memo?: InputMaybe<Scalars['String']['input']>;
  toUserId: Scalars['ID']['input'];
};

/** A user of accounts, given a wallet here. */
export type User = {
  __typename?: 'User';
  /** This user's balances (every configured asset), shown as the user's holdings privacy allows (default: to the user and admins only); null for anyone else. */
  holdings?: Maybe<Array<Balance>>;
  id: Scalars['ID']['output'];
  /** Balances and history; visible to the user and to admins only. */
  wallet?: Maybe<Wallet>;
};

/** A user's money: one balance per asset, and the ledger that explains it. */
export type Wallet = {
  __typename?: 'Wallet';
  balance: Balance;
  /** Every configured asset, zero when never funded. */
  balances: Array<Balance>;
  owner: User;
  /** Ledger entries, newest first. */
  transactions: TransactionConnection;
};


/** A user's money: one balance per asset, and the ledger that explains it. */
export type WalletBalanceArgs = {
  asset: Scalars['String']['input'];
};


/** A user's money: one balance per asset, and the ledger that explains it. */
export type WalletTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asset?: InputMaybe<Scalars['String']['input']>;
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
  AdminCreditInput: AdminCreditInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Balance: ResolverTypeWrapper<Balance>;
  CommissionLine: ResolverTypeWrapper<CommissionLine>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CommissionReport: ResolverTypeWrapper<CommissionReport>;
  CreateTopUpOrderInput: CreateTopUpOrderInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  InternalMovementInput: InternalMovementInput;
  InternalMovementItem: InternalMovementItem;
  InternalMovementOutcome: ResolverTypeWrapper<Omit<InternalMovementOutcome, 'result'> & { result?: Maybe<ResolversTypes['Transaction']> }>;
  InternalMovementRefusal: ResolverTypeWrapper<InternalMovementRefusal>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PlatformVariable: ResolverTypeWrapper<PlatformVariable>;
  PlatformVariableChange: ResolverTypeWrapper<PlatformVariableChangeRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconcileResult: ResolverTypeWrapper<ReconcileResult>;
  Referral: ResolverTypeWrapper<ReferralRow>;
  ReferralSummary: ResolverTypeWrapper<Omit<ReferralSummary, 'referrals' | 'referredBy'> & { referrals: Array<ResolversTypes['Referral']>, referredBy?: Maybe<ResolversTypes['User']> }>;
  ReportPeriod: ReportPeriod;
  SetPlatformVariableInput: SetPlatformVariableInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TopUpOrder: ResolverTypeWrapper<PaymentOrder>;
  TopUpPrice: ResolverTypeWrapper<TopUpPrice>;
  Transaction: ResolverTypeWrapper<LedgerEntry>;
  TransactionConnection: ResolverTypeWrapper<Omit<TransactionConnection, 'edges'> & { edges: Array<ResolversTypes['TransactionEdge']> }>;
  TransactionEdge: ResolverTypeWrapper<Omit<TransactionEdge, 'node'> & { node: ResolversTypes['Transaction'] }>;
  TransactionKind: TransactionKind;
  Transfer: ResolverTypeWrapper<Omit<Transfer, 'debit' | 'from' | 'to'> & { debit: ResolversTypes['Transaction'], from: ResolversTypes['User'], to: ResolversTypes['User'] }>;
  TransferInput: TransferInput;
  User: ResolverTypeWrapper<{ id: string }>;
  Wallet: ResolverTypeWrapper<WalletParent>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdminCreditInput: AdminCreditInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Balance: Balance;
  CommissionLine: CommissionLine;
  Int: Scalars['Int']['output'];
  CommissionReport: CommissionReport;
  CreateTopUpOrderInput: CreateTopUpOrderInput;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  InternalMovementInput: InternalMovementInput;
  InternalMovementItem: InternalMovementItem;
  InternalMovementOutcome: Omit<InternalMovementOutcome, 'result'> & { result?: Maybe<ResolversParentTypes['Transaction']> };
  InternalMovementRefusal: InternalMovementRefusal;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PlatformVariable: PlatformVariable;
  PlatformVariableChange: PlatformVariableChangeRow;
  Query: Record<PropertyKey, never>;
  ReconcileResult: ReconcileResult;
  Referral: ReferralRow;
  ReferralSummary: Omit<ReferralSummary, 'referrals' | 'referredBy'> & { referrals: Array<ResolversParentTypes['Referral']>, referredBy?: Maybe<ResolversParentTypes['User']> };
  SetPlatformVariableInput: SetPlatformVariableInput;
  Subscription: Record<PropertyKey, never>;
  TopUpOrder: PaymentOrder;
  TopUpPrice: TopUpPrice;
  Transaction: LedgerEntry;
  TransactionConnection: Omit<TransactionConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransactionEdge']> };
  TransactionEdge: Omit<TransactionEdge, 'node'> & { node: ResolversParentTypes['Transaction'] };
  Transfer: Omit<Transfer, 'debit' | 'from' | 'to'> & { debit: ResolversParentTypes['Transaction'], from: ResolversParentTypes['User'], to: ResolversParentTypes['User'] };
  TransferInput: TransferInput;
  User: { id: string };
  Wallet: WalletParent;
}>;

export type BalanceResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Balance'] = ResolversParentTypes['Balance']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommissionLineResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['CommissionLine'] = ResolversParentTypes['CommissionLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommissionReportResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['CommissionReport'] = ResolversParentTypes['CommissionReport']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CommissionLine']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType>;
  platformBalances?: Resolver<Array<ResolversTypes['Balance']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['CommissionLine']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type InternalMovementOutcomeResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['InternalMovementOutcome'] = ResolversParentTypes['InternalMovementOutcome']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['InternalMovementRefusal']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['Transaction']>, ParentType, ContextType>;
}>;

export type InternalMovementRefusalResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['InternalMovementRefusal'] = ResolversParentTypes['InternalMovementRefusal']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adminCredit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType, RequireFields<MutationAdminCreditArgs, 'input'>>;
  claimReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationClaimReferralArgs, 'code'>>;
  createTopUpOrder?: Resolver<ResolversTypes['TopUpOrder'], ParentType, ContextType, RequireFields<MutationCreateTopUpOrderArgs, 'input'>>;
  internalCredit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType, RequireFields<MutationInternalCreditArgs, 'input'>>;
  internalCredits?: Resolver<Array<ResolversTypes['InternalMovementOutcome']>, ParentType, ContextType, RequireFields<MutationInternalCreditsArgs, 'items'>>;
  internalDebit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType, RequireFields<MutationInternalDebitArgs, 'input'>>;
  internalDebits?: Resolver<Array<ResolversTypes['InternalMovementOutcome']>, ParentType, ContextType, RequireFields<MutationInternalDebitsArgs, 'items'>>;
  reconcileOrders?: Resolver<ResolversTypes['ReconcileResult'], ParentType, ContextType>;
  setPlatformVariable?: Resolver<ResolversTypes['PlatformVariable'], ParentType, ContextType, RequireFields<MutationSetPlatformVariableArgs, 'input'>>;
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationTransferArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlatformVariableResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['PlatformVariable'] = ResolversParentTypes['PlatformVariable']> = ResolversObject<{
  defaultValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlatformVariableChangeResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['PlatformVariableChange'] = ResolversParentTypes['PlatformVariableChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  commissionReport?: Resolver<ResolversTypes['CommissionReport'], ParentType, ContextType, RequireFields<QueryCommissionReportArgs, 'from' | 'period' | 'to'>>;
  internalPlatformVariable?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryInternalPlatformVariableArgs, 'key'>>;
  myReferrals?: Resolver<ResolversTypes['ReferralSummary'], ParentType, ContextType>;
  myTopUpOrders?: Resolver<Array<ResolversTypes['TopUpOrder']>, ParentType, ContextType, RequireFields<QueryMyTopUpOrdersArgs, 'first'>>;
  myWallet?: Resolver<ResolversTypes['Wallet'], ParentType, ContextType>;
  platformVariableHistory?: Resolver<Array<ResolversTypes['PlatformVariableChange']>, ParentType, ContextType, RequireFields<QueryPlatformVariableHistoryArgs, 'first'>>;
  platformVariables?: Resolver<Array<ResolversTypes['PlatformVariable']>, ParentType, ContextType>;
  topUpOrder?: Resolver<Maybe<ResolversTypes['TopUpOrder']>, ParentType, ContextType, RequireFields<QueryTopUpOrderArgs, 'id'>>;
  topUpOrders?: Resolver<Array<ResolversTypes['TopUpOrder']>, ParentType, ContextType, RequireFields<QueryTopUpOrdersArgs, 'first'>>;
  topUpPrices?: Resolver<Array<ResolversTypes['TopUpPrice']>, ParentType, ContextType>;
}>;

export type ReconcileResultResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['ReconcileResult'] = ResolversParentTypes['ReconcileResult']> = ResolversObject<{
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  referred?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  rewardAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  rewardAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rewardedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ReferralSummaryResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['ReferralSummary'] = ResolversParentTypes['ReferralSummary']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  referredBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  topUpOrderSettled?: SubscriptionResolver<ResolversTypes['TopUpOrder'], "topUpOrderSettled", ParentType, ContextType, RequireFields<SubscriptionTopUpOrderSettledArgs, 'id'>>;
  walletChanged?: SubscriptionResolver<ResolversTypes['Transaction'], "walletChanged", ParentType, ContextType, Partial<SubscriptionWalletChangedArgs>>;
}>;

export type TopUpOrderResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['TopUpOrder'] = ResolversParentTypes['TopUpOrder']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cardMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceIrr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redirectUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type TopUpPriceResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['TopUpPrice'] = ResolversParentTypes['TopUpPrice']> = ResolversObject<{
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceIrr?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type TransactionResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Transaction'] = ResolversParentTypes['Transaction']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  balanceAfter?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransactionKind'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TransactionConnectionResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['TransactionConnection'] = ResolversParentTypes['TransactionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TransactionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TransactionEdgeResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['TransactionEdge'] = ResolversParentTypes['TransactionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType>;
}>;

export type TransferResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  holdings?: Resolver<Maybe<Array<ResolversTypes['Balance']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  wallet?: Resolver<Maybe<ResolversTypes['Wallet']>, ParentType, ContextType>;
}>;

export type WalletResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Wallet'] = ResolversParentTypes['Wallet']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Balance'], ParentType, ContextType, RequireFields<WalletBalanceArgs, 'asset'>>;
  balances?: Resolver<Array<ResolversTypes['Balance']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['TransactionConnection'], ParentType, ContextType, RequireFields<WalletTransactionsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = WalletContext> = ResolversObject<{
  Balance?: BalanceResolvers<ContextType>;
  CommissionLine?: CommissionLineResolvers<ContextType>;
  CommissionReport?: CommissionReportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  InternalMovementOutcome?: InternalMovementOutcomeResolvers<ContextType>;
  InternalMovementRefusal?: InternalMovementRefusalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformVariable?: PlatformVariableResolvers<ContextType>;
  PlatformVariableChange?: PlatformVariableChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReconcileResult?: ReconcileResultResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralSummary?: ReferralSummaryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TopUpOrder?: TopUpOrderResolvers<ContextType>;
  TopUpPrice?: TopUpPriceResolvers<ContextType>;
  Transaction?: TransactionResolvers<ContextType>;
  TransactionConnection?: TransactionConnectionResolvers<ContextType>;
  TransactionEdge?: TransactionEdgeResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Wallet?: WalletResolvers<ContextType>;
}>;

