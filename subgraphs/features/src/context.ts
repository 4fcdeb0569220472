import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { Building, Feature, PrismaClient } from './generated/prisma/client.ts';
import type { Holdings } from './domain/holdings.ts';
import type { Market } from './domain/market.ts';
import type { Offers } from './domain/offers.ts';
import type { Profits } from './domain/profits.ts';

/** features' resolver context: the kit's, plus its services and this request's loaders. */
export interface FeaturesContext extends BaseContext {
  db: PrismaClient;
  market: Market;
  offers: Offers;
  holdings: Holdings;
  profits: Profits;
  maxBBoxDeg2: number;
  /** Live domain events, for subscriptions. */
  live: LiveEvents;
  features: DataLoader<string, Feature | null>;
  buildings: DataLoader<string, Building[]>;
}
