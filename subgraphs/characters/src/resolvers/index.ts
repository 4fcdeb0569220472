import { DateTimeScalar, DecimalScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';
import {
  Bag,
  Bank,
  Character,
  CharacterChange,
  GameItemsResult,
  Inventory,
  Item,
  ItemDefinition,
  Race,
  Realm,
  Trade,
  TradeOfferItem,
  TradeSide,
  User,
} from './types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  Mutation,
  Subscription,
  Realm,
  Race,
  Character,
  Inventory,
  Bag,
  Bank,
  Item,
  ItemDefinition,
  Trade,
  TradeSide,
  TradeOfferItem,
  User,
  CharacterChange,
  GameItemsResult,
};
