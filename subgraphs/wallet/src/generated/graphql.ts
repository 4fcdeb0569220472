import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WalletParent, WalletContext } from '../context.ts';
import type { LedgerEntry } from './prisma/client.ts';
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

/** An internal movement requested by another context (a purchase, a reward). */
export type InternalMovementInput = {
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  memo?: InputMaybe<Scalars['String']['input']>;
  /** What it pays for, e.g. feature:123. */
  reference: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Admins only: credits a user. */
  adminCredit: Transaction;
  /** Internal, service credential only: credits a user for another context (a sale, a reward, a compensation). */
  internalCredit: Transaction;
  /** Internal, service credential only: debits a user for another context. */
  internalDebit: Transaction;
  /** Moves money from the signed-in user to another. INSUFFICIENT_FUNDS when the balance is short. */
  transfer: Transfer;
};


export type MutationAdminCreditArgs = {
  input: AdminCreditInput;
};


export type MutationInternalCreditArgs = {
  input: InternalMovementInput;
};


export type MutationInternalDebitArgs = {
  input: InternalMovementInput;
};


export type MutationTransferArgs = {
  input: TransferInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Asset codes this deployment knows. */
  assets: Array<Scalars['String']['output']>;
  /** The signed-in user's wallet. */
  myWallet: Wallet;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every new ledger entry of a wallet, from now on: the signed-in user's own, or any user's for admins (FORBIDDEN otherwise). */
  walletChanged: Transaction;
};


export type SubscriptionWalletChangedArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
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
  | 'credit'
  | 'debit'
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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  InternalMovementInput: InternalMovementInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Transaction: ResolverTypeWrapper<LedgerEntry>;
  TransactionConnection: ResolverTypeWrapper<Omit<TransactionConnection, 'edges'> & { edges: Array<ResolversTypes['TransactionEdge']> }>;
  TransactionEdge: ResolverTypeWrapper<Omit<TransactionEdge, 'node'> & { node: ResolversTypes['Transaction'] }>;
  TransactionKind: TransactionKind;
  Transfer: ResolverTypeWrapper<Omit<Transfer, 'debit' | 'from' | 'to'> & { debit: ResolversTypes['Transaction'], from: ResolversTypes['User'], to: ResolversTypes['User'] }>;
  TransferInput: TransferInput;
  User: ResolverTypeWrapper<{ id: string }>;
  Wallet: ResolverTypeWrapper<WalletParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdminCreditInput: AdminCreditInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Balance: Balance;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  InternalMovementInput: InternalMovementInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  Transaction: LedgerEntry;
  TransactionConnection: Omit<TransactionConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransactionEdge']> };
  TransactionEdge: Omit<TransactionEdge, 'node'> & { node: ResolversParentTypes['Transaction'] };
  Transfer: Omit<Transfer, 'debit' | 'from' | 'to'> & { debit: ResolversParentTypes['Transaction'], from: ResolversParentTypes['User'], to: ResolversParentTypes['User'] };
  TransferInput: TransferInput;
  User: { id: string };
  Wallet: WalletParent;
  Int: Scalars['Int']['output'];
}>;

export type BalanceResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Balance'] = ResolversParentTypes['Balance']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type MutationResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adminCredit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType, RequireFields<MutationAdminCreditArgs, 'input'>>;
  internalCredit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType, RequireFields<MutationInternalCreditArgs, 'input'>>;
  internalDebit?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType, RequireFields<MutationInternalDebitArgs, 'input'>>;
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationTransferArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  myWallet?: Resolver<ResolversTypes['Wallet'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = WalletContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  walletChanged?: SubscriptionResolver<ResolversTypes['Transaction'], "walletChanged", ParentType, ContextType, Partial<SubscriptionWalletChangedArgs>>;
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
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Transaction?: TransactionResolvers<ContextType>;
  TransactionConnection?: TransactionConnectionResolvers<ContextType>;
  TransactionEdge?: TransactionEdgeResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Wallet?: WalletResolvers<ContextType>;
}>;

