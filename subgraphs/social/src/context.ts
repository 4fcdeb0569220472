import type DataLoader from 'dataloader';
import type { BaseContext } from '@worldgraph/kit';
import type { Dynasty, PrismaClient } from './generated/prisma/client.ts';

/** social's resolver context: the kit's, plus its services and this request's loaders. */
export interface SocialContext extends BaseContext {
  db: PrismaClient;
  dynastyById: DataLoader<string, Dynasty | null>;
}
