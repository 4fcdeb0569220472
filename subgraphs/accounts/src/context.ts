import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { User } from './generated/prisma/client.ts';
import type { Accounts } from './domain/accounts.ts';
import type { ApiKeys } from './domain/api-keys.ts';
import type { BankAccounts } from './domain/bank-accounts.ts';
import type { EmailTokens } from './domain/email-tokens.ts';
import type { Kyc } from './domain/kyc.ts';
import type { Limitations } from './domain/limitations.ts';
import type { SignInRecords } from './domain/sign-ins.ts';
import type { TwoFactor } from './domain/two-factor.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { Presence } from './domain/presence.ts';
import type { ProviderSignIn } from './domain/provider-sign-in.ts';

/** accounts' resolver context: the kit's, plus the commands and this request's loaders. */
export interface AccountsContext extends BaseContext {
  accounts: Accounts;
  apiKeys: ApiKeys;
  presence: Presence;
  limitations: Limitations;
  kyc: Kyc;
  emailTokens: EmailTokens;
  bankAccounts: BankAccounts;
  twoFactor: TwoFactor;
  signIns: SignInRecords;
  providerSignIn: ProviderSignIn;
  /** The sessions table, read for the signed-in user's own list. */
  sessions: PrismaClient['session'];
  /** Live domain events, for subscriptions. */
  live: LiveEvents;
  users: DataLoader<string, User | null>;
  usersByUsername: DataLoader<string, User | null>;
}
