import type { Viewer } from './auth.ts';
import type { Logger } from './logger.ts';

/** What every resolver context carries, whatever the subgraph. */
export interface BaseContext {
  viewer: Viewer;
  requestId: string;
  clientAddress: string;
  userAgent?: string;
  logger: Logger;
}
