import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents, PrivacySettings } from '@worldgraph/kit';
import type { Balance } from './generated/prisma/client.ts';
import type { Orders } from './domain/orders.ts';
import type { Referrals } from './domain/referrals.ts';
import type { PlatformVariables } from './domain/variables.ts';
import type { Wallet } from './domain/wallet.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

/** wallet's resolver context: the kit's, plus the commands and this request's loaders. */
export interface WalletContext extends BaseContext {
  wallet: Wallet;
  orders: Orders;
  referrals: Referrals;
  variables: PlatformVariables;
  db: PrismaClient;
  /** Live domain events, for subscriptions. */
  live: LiveEvents;
  /** All balance rows of a user, batched across the users of one request. */
  balances: DataLoader<string, Balance[]>;
  /** Users' privacy choices, from accounts, batched across one request. */
  privacy: DataLoader<string, PrivacySettings>;
}

/** What a Wallet field resolves from. */
export interface WalletParent {
  userId: string;
}
