import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { Account, Bag, Character, Item, PrismaClient, Realm, Zone } from './generated/prisma/client.ts';
import type { CharactersConfig } from './config.ts';
import type { Catalog } from './domain/catalog.ts';
import type { Characters } from './domain/characters.ts';
import type { Inventories } from './domain/inventory.ts';
import type { Loot } from './domain/loot.ts';
import type { Trades } from './domain/trades.ts';

/** characters' resolver context: the kit's, plus its services and this request's loaders. */
export interface CharactersContext extends BaseContext {
  db: PrismaClient;
  config: CharactersConfig;
  live: LiveEvents;
  catalog: Catalog;
  characters: Characters;
  inventories: Inventories;
  loot: Loot;
  trades: Trades;
  characterById: DataLoader<string, Character | null>;
  realmById: DataLoader<string, Realm | null>;
  /** A zone by `<realm>/<zone>`. */
  zoneByKey: DataLoader<string, Zone | null>;
  accountById: DataLoader<string, Account | null>;
  /** Items held by a character (bags, equipment) or an account (bank). */
  itemsByHolder: DataLoader<string, Item[]>;
  bagsOf: DataLoader<string, Bag[]>;
  zonesOf: DataLoader<string, Zone[]>;
  /** Characters (not deleted) of a realm. */
  realmPopulation: DataLoader<string, number>;
}
