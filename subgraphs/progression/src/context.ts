import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

/** progression's resolver context: the kit's, plus its services. */
export interface ProgressionContext extends BaseContext {
  db: PrismaClient;
  live: LiveEvents;
}
