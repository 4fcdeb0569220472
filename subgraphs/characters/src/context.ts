import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { CharactersConfig } from './config.ts';

/** characters' resolver context: the kit's, plus its services and this request's loaders. */
export interface CharactersContext extends BaseContext {
  db: PrismaClient;
  config: CharactersConfig;
  live: LiveEvents;
}
