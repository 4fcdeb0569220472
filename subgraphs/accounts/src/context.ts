import type DataLoader from 'dataloader';
import type { BaseContext } from '@worldgraph/kit';
import type { User } from './generated/prisma/client.ts';
import type { Accounts } from './domain/accounts.ts';

/** accounts' resolver context: the kit's, plus the commands and this request's loaders. */
export interface AccountsContext extends BaseContext {
  accounts: Accounts;
  users: DataLoader<string, User | null>;
  usersByUsername: DataLoader<string, User | null>;
}
