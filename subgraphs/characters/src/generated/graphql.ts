import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Realm as RealmRow, Zone as ZoneRow, Character as CharacterRow, ItemDefinition as ItemDefinitionRow, Item as ItemRow, TradeItem as TradeItemRow } from './prisma/client.ts';
import type { RaceData, ClassData } from '../data/races.ts';
import type { AppearanceDocument } from '../domain/appearance.ts';
import type { InventoryView, BagView, BankView, EquipmentSlotView, TradeSideView } from '../domain/views.ts';
import type { TradeView } from '../domain/trades.ts';
import type { CharacterChangeView } from '../domain/live.ts';
import type { GameItemsOutcome } from '../domain/inventory.ts';
import type { CharactersContext } from '../context.ts';
import type { Decimal } from '@worldgraph/kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An exact instant, ISO-8601 in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** An exact decimal number as a string, e.g. "12.5"; at most 10 integer and 10 fractional digits. Money is never a float. */
  Decimal: { input: Decimal; output: Decimal | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** How a character looks; stored as a validated JSON document. */
export type Appearance = {
  __typename?: 'Appearance';
  bodyType: BodyType;
  /** #rrggbb */
  eyeColor: Scalars['String']['output'];
  /** 0-9 */
  faceShape: Scalars['Int']['output'];
  /** #rrggbb */
  hairColor: Scalars['String']['output'];
  /** 0-24 */
  hairStyle: Scalars['Int']['output'];
  /** 0.9-1.1 of the race's height. */
  height: Scalars['Float']['output'];
  /** At most 4. */
  markings: Array<Marking>;
  /** 0-11 */
  skinTone: Scalars['Int']['output'];
};

export type AppearanceInput = {
  bodyType?: BodyType;
  eyeColor?: Scalars['String']['input'];
  faceShape?: Scalars['Int']['input'];
  hairColor?: Scalars['String']['input'];
  hairStyle?: Scalars['Int']['input'];
  height?: Scalars['Float']['input'];
  markings?: Array<MarkingInput>;
  skinTone?: Scalars['Int']['input'];
};

/** A bag of a character. */
export type Bag = {
  __typename?: 'Bag';
  freeSlots: Scalars['Int']['output'];
  index: Scalars['Int']['output'];
  items: Array<Item>;
  slots: Scalars['Int']['output'];
};

/** The bank of an account, shared by its characters. */
export type Bank = {
  __typename?: 'Bank';
  freeSlots: Scalars['Int']['output'];
  items: Array<Item>;
  slots: Scalars['Int']['output'];
};

export type BodyType =
  | 'average'
  | 'slender'
  | 'sturdy';

/** A character of an account in one realm. */
export type Character = {
  __typename?: 'Character';
  /** Owner and admins only: the account's active character. */
  active?: Maybe<Scalars['Boolean']['output']>;
  appearance: Appearance;
  /** Owner and admins only. */
  banReason?: Maybe<Scalars['String']['output']>;
  class: CharacterClass;
  createdAt: Scalars['DateTime']['output'];
  /** Owner and admins only. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  experience: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Owner and admins only: bags, equipment and the account's bank. */
  inventory?: Maybe<Inventory>;
  lastPlayedAt?: Maybe<Scalars['DateTime']['output']>;
  level: Scalars['Int']['output'];
  /** Unique in its realm whatever the case; 3-16 letters, one inner apostrophe or hyphen allowed. */
  name: Scalars['String']['output'];
  /** Owner and admins only: when the next rename is allowed (null: now). */
  nextRenameAt?: Maybe<Scalars['DateTime']['output']>;
  owner: User;
  /** Owner and admins only (null for others): where the character last was. */
  position?: Maybe<Position>;
  race: Race;
  realm: Realm;
  /** Owner and admins only: when a deleted character is purged for good. */
  restorableUntil?: Maybe<Scalars['DateTime']['output']>;
  status: CharacterStatus;
  zone: Zone;
};

/** Something happened to one of the viewer's characters or its items. */
export type CharacterChange = {
  __typename?: 'CharacterChange';
  at: Scalars['DateTime']['output'];
  /** Null once purged. */
  character?: Maybe<Character>;
  characterId: Scalars['ID']['output'];
  /** The domain event, e.g. CharacterRenamed, ItemMoved. */
  type: Scalars['String']['output'];
};

/** A playable class. */
export type CharacterClass = {
  __typename?: 'CharacterClass';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: ClassRole;
};

/** What a game server reports about a character; absent fields stay as they are. */
export type CharacterStateInput = {
  characterId: Scalars['ID']['input'];
  experience?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  /** When the character was last in the world. Default: now. */
  playedAt?: InputMaybe<Scalars['DateTime']['input']>;
  position?: InputMaybe<WorldPositionInput>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type CharacterStatus =
  | 'active'
  /** Banned by an admin: cannot be played, selected or traded with. */
  | 'banned'
  /** Soft-deleted: restorable until restorableUntil, then purged. */
  | 'deleted';

export type ClassRole =
  | 'damage'
  | 'healer'
  | 'support'
  | 'tank';

export type ContainerKind =
  | 'bag'
  | 'bank'
  | 'equipment';

export type CreateCharacterInput = {
  appearance?: AppearanceInput;
  class: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  race: Scalars['ID']['input'];
  realmId: Scalars['ID']['input'];
};

export type EquipSlot =
  | 'chest'
  | 'feet'
  | 'hands'
  | 'head'
  | 'legs'
  | 'main_hand'
  | 'neck'
  | 'off_hand'
  | 'ring';

/** One equipment slot and what is worn there. */
export type EquipmentSlotState = {
  __typename?: 'EquipmentSlotState';
  item?: Maybe<Item>;
  slot: EquipSlot;
};

/** A game server's loot or consumption, applied once per event id. */
export type GameItemsInput = {
  characterId: Scalars['ID']['input'];
  /** The game server's id of the event (kill, craft, use...); a repeat changes nothing. */
  eventId: Scalars['String']['input'];
  items: Array<ItemQuantityInput>;
};

/** What a game server's grant or take did. */
export type GameItemsResult = {
  __typename?: 'GameItemsResult';
  /** False when the event was already applied. */
  applied: Scalars['Boolean']['output'];
  eventId: Scalars['String']['output'];
  inventory: Inventory;
};

/** A character's bags and equipment, and its account's bank. */
export type Inventory = {
  __typename?: 'Inventory';
  bags: Array<Bag>;
  bank: Bank;
  character: Character;
  /** Every equipment slot, in display order. */
  equipment: Array<EquipmentSlotState>;
};

/** A stack of one item definition in one place. */
export type Item = {
  __typename?: 'Item';
  definition: ItemDefinition;
  id: Scalars['ID']['output'];
  location: ItemLocation;
  quantity: Scalars['Int']['output'];
};

/** An entry of the item catalog. */
export type ItemDefinition = {
  __typename?: 'ItemDefinition';
  /** Bound items stay with their character: never traded nor banked. */
  bound: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** Where it is worn; null when it cannot be equipped. */
  equipSlot?: Maybe<EquipSlot>;
  id: Scalars['ID']['output'];
  kind: ItemKind;
  levelRequired: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  rarity: ItemRarity;
  /** Most of it one slot holds. */
  stackSize: Scalars['Int']['output'];
};

export type ItemKind =
  | 'accessory'
  | 'armor'
  | 'consumable'
  | 'material'
  | 'quest'
  | 'weapon';

/** Where an item is. */
export type ItemLocation = {
  __typename?: 'ItemLocation';
  /** The bag's index, for bag slots. */
  bag?: Maybe<Scalars['Int']['output']>;
  container: ContainerKind;
  equipSlot?: Maybe<EquipSlot>;
  /** The slot in the bag or bank; for equipment, the index of equipSlot. */
  slot: Scalars['Int']['output'];
};

export type ItemQuantityInput = {
  /** An item definition id. */
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type ItemRarity =
  | 'common'
  | 'epic'
  | 'legendary'
  | 'rare'
  | 'uncommon';

/** A mark on a character's skin. */
export type Marking = {
  __typename?: 'Marking';
  /** #rrggbb */
  color: Scalars['String']['output'];
  kind: MarkingKind;
};

export type MarkingInput = {
  color: Scalars['String']['input'];
  kind: MarkingKind;
};

export type MarkingKind =
  | 'paint'
  | 'scar'
  | 'tattoo';

/** An amount of one wallet asset. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Admins: grants items into a character's bags. */
  adminGrantItem: Inventory;
  /** Admins: removes `quantity` (default: all) of a stack. */
  adminRemoveItem: Inventory;
  /** Admins: restores a deleted character that has not been purged, whatever the window. */
  adminRestoreCharacter: Character;
  /** Admins: bans a character (no play, no trade, no selection) with a reason; its open trades are cancelled. */
  banCharacter: Character;
  /** Cancels an open trade (either side); a repeat returns it cancelled. */
  cancelTrade: Trade;
  /** Confirms one side; the second confirmation settles the trade. Retrying is safe. */
  confirmTrade: Trade;
  /** A character in a realm's start zone, with empty bags; within the account's limits. */
  createCharacter: Character;
  /** Soft delete: restorable for a configured number of days, then purged with its items. */
  deleteCharacter: Character;
  /** Equips an item from the bags (slot and level rules); what was worn there goes to the item's place. */
  equipItem: Inventory;
  /** Game servers: loot into the character's bags (stacks topped up first); all or nothing. */
  internalGrantItems: GameItemsResult;
  /** Game servers: consumption from the character's bags; all or nothing. */
  internalTakeItems: GameItemsResult;
  /** Game servers: level, experience, zone, position and last played of a character. */
  internalUpdateCharacter: Character;
  /** Moves, splits (quantity below the stack's) or merges a stack between bag and bank slots; a full stack onto another item swaps them. */
  moveItem: Inventory;
  /** Opens a trade from one of the caller's characters to another character of the same realm. */
  openTrade: Trade;
  /** Admins: purges deleted characters past their restore window now (the job does it too); returns how many. */
  purgeDeletedCharacters: Scalars['Int']['output'];
  /** Renames, once per cooldown. */
  renameCharacter: Character;
  /** Restores one of the caller's deleted characters within its restore window and the limits. */
  restoreCharacter: Character;
  /** Makes a character the account's active one. */
  selectCharacter: Character;
  /** Sets one side's offer (the caller owns `characterId`); both confirmations are cleared. */
  setTradeOffer: Trade;
  /** Admins: lifts a ban. */
  unbanCharacter: Character;
  /** Puts what is worn in `slot` into a bag slot (`to`, or the first free one). */
  unequipItem: Inventory;
};


export type MutationAdminGrantItemArgs = {
  characterId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  quantity?: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationAdminRemoveItemArgs = {
  itemId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationAdminRestoreCharacterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBanCharacterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelTradeArgs = {
  characterId: Scalars['ID']['input'];
  tradeId: Scalars['ID']['input'];
};


export type MutationConfirmTradeArgs = {
  characterId: Scalars['ID']['input'];
  tradeId: Scalars['ID']['input'];
};


export type MutationCreateCharacterArgs = {
  input: CreateCharacterInput;
};


export type MutationDeleteCharacterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEquipItemArgs = {
  characterId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
};


export type MutationInternalGrantItemsArgs = {
  input: GameItemsInput;
};


export type MutationInternalTakeItemsArgs = {
  input: GameItemsInput;
};


export type MutationInternalUpdateCharacterArgs = {
  input: CharacterStateInput;
};


export type MutationMoveItemArgs = {
  characterId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
  to: SlotInput;
};


export type MutationOpenTradeArgs = {
  characterId: Scalars['ID']['input'];
  withCharacterId: Scalars['ID']['input'];
};


export type MutationRenameCharacterArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRestoreCharacterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSelectCharacterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetTradeOfferArgs = {
  characterId: Scalars['ID']['input'];
  offer: TradeOfferInput;
  tradeId: Scalars['ID']['input'];
};


export type MutationUnbanCharacterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnequipItemArgs = {
  characterId: Scalars['ID']['input'];
  slot: EquipSlot;
  to?: InputMaybe<SlotInput>;
};

/** A place in the world, in the zone's coordinates. */
export type Position = {
  __typename?: 'Position';
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
  z: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins: characters by name (case-insensitive prefix), account or realm, deleted ones included. */
  adminCharacters: Array<Character>;
  /** A character: anyone sees a playable one; owner and admins also see deleted and banned ones. */
  character?: Maybe<Character>;
  /** Playable classes. */
  classes: Array<CharacterClass>;
  /** The item catalog. */
  itemDefinitions: Array<ItemDefinition>;
  /** The signed-in user's characters, deleted ones included. */
  myCharacters: Array<Character>;
  /** Trades of the signed-in user's characters, newest first. */
  myTrades: Array<Trade>;
  /** Playable races, each with the classes it may take. */
  races: Array<Race>;
  /** A realm and its zones. */
  realm?: Maybe<Realm>;
  /** Every realm, in display order. */
  realms: Array<Realm>;
  /** A trade, for the owners of its two characters. */
  trade?: Maybe<Trade>;
};


export type QueryAdminCharactersArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  realmId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCharacterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryItemDefinitionsArgs = {
  kind?: InputMaybe<ItemKind>;
};


export type QueryMyTradesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TradeStatus>;
};


export type QueryRealmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTradeArgs = {
  id: Scalars['ID']['input'];
};

/** A playable race and the classes it may take. */
export type Race = {
  __typename?: 'Race';
  classes: Array<CharacterClass>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A VoxelHeim world; characters live in one realm. */
export type Realm = {
  __typename?: 'Realm';
  id: Scalars['ID']['output'];
  kind: RealmKind;
  name: Scalars['String']['output'];
  /** Characters (not deleted) against the realm's capacity. */
  population: RealmPopulation;
  region: Scalars['String']['output'];
  status: RealmStatus;
  zones: Array<Zone>;
};

export type RealmKind =
  | 'pve'
  | 'pvp'
  | 'rp';

export type RealmPopulation =
  | 'full'
  | 'high'
  | 'low'
  | 'medium';

export type RealmStatus =
  | 'maintenance'
  | 'offline'
  | 'online';

/** Where to put an item: a bag slot or a bank slot. */
export type SlotInput = {
  /** The bag's index, for bag slots. */
  bag?: InputMaybe<Scalars['Int']['input']>;
  container: ContainerKind;
  slot: Scalars['Int']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Changes to the signed-in user's characters and their items, for the account portal. */
  characterChanged: CharacterChange;
  /** A trade's changes, for the owners of its two characters (the trade window). */
  tradeChanged: Trade;
};


export type SubscriptionTradeChangedArgs = {
  tradeId: Scalars['ID']['input'];
};

/** A trade between two characters of one realm: all or nothing. */
export type Trade = {
  __typename?: 'Trade';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  initiator: TradeSide;
  recipient: TradeSide;
  status: TradeStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type TradeItemInput = {
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** One side's whole offer; it replaces the previous one and clears both confirmations. */
export type TradeOfferInput = {
  currency?: InputMaybe<MoneyInput>;
  /** At most 12 stacks, from the character's bags. */
  items?: Array<TradeItemInput>;
};

/** A stack (or part of one) offered in a trade. */
export type TradeOfferItem = {
  __typename?: 'TradeOfferItem';
  definition: ItemDefinition;
  itemId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

/** What one side of a trade gives. */
export type TradeSide = {
  __typename?: 'TradeSide';
  character: Character;
  confirmed: Scalars['Boolean']['output'];
  currency?: Maybe<Money>;
  items: Array<TradeOfferItem>;
};

export type TradeStatus =
  | 'cancelled'
  | 'completed'
  /** Refused at settlement (an item moved, no room, a wallet refusal); nothing changed hands. */
  | 'failed'
  | 'open'
  /** Both confirmed: money and items are being exchanged. */
  | 'settling';

/** A user of accounts, with their characters here. */
export type User = {
  __typename?: 'User';
  /** The user and admins only. */
  activeCharacter?: Maybe<Character>;
  /** The user and admins only (null for others); deleted ones included, purged ones gone. */
  characters?: Maybe<Array<Character>>;
  id: Scalars['ID']['output'];
};

export type WorldPositionInput = {
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
  z: Scalars['Float']['input'];
};

/** A zone of a realm, with its level range. */
export type Zone = {
  __typename?: 'Zone';
  id: Scalars['ID']['output'];
  maxLevel: Scalars['Int']['output'];
  minLevel: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** New characters start here. */
  start: Scalars['Boolean']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Character: Character;
  ItemDefinition: ItemDefinition;
  Realm: Realm;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Character:
    ( { __typename: 'Character' }
    & GraphQLRecursivePick<FederationTypes['Character'], {"id":true}> );
  ItemDefinition:
    ( { __typename: 'ItemDefinition' }
    & GraphQLRecursivePick<FederationTypes['ItemDefinition'], {"id":true}> );
  Realm:
    ( { __typename: 'Realm' }
    & GraphQLRecursivePick<FederationTypes['Realm'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Appearance: ResolverTypeWrapper<AppearanceDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AppearanceInput: AppearanceInput;
  Bag: ResolverTypeWrapper<BagView>;
  Bank: ResolverTypeWrapper<BankView>;
  BodyType: BodyType;
  Character: ResolverTypeWrapper<CharacterRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CharacterChange: ResolverTypeWrapper<CharacterChangeView>;
  CharacterClass: ResolverTypeWrapper<ClassData>;
  CharacterStateInput: CharacterStateInput;
  CharacterStatus: CharacterStatus;
  ClassRole: ClassRole;
  ContainerKind: ContainerKind;
  CreateCharacterInput: CreateCharacterInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EquipSlot: EquipSlot;
  EquipmentSlotState: ResolverTypeWrapper<EquipmentSlotView>;
  GameItemsInput: GameItemsInput;
  GameItemsResult: ResolverTypeWrapper<GameItemsOutcome>;
  Inventory: ResolverTypeWrapper<InventoryView>;
  Item: ResolverTypeWrapper<ItemRow>;
  ItemDefinition: ResolverTypeWrapper<ItemDefinitionRow>;
  ItemKind: ItemKind;
  ItemLocation: ResolverTypeWrapper<ItemLocation>;
  ItemQuantityInput: ItemQuantityInput;
  ItemRarity: ItemRarity;
  Marking: ResolverTypeWrapper<Marking>;
  MarkingInput: MarkingInput;
  MarkingKind: MarkingKind;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Position: ResolverTypeWrapper<Position>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Race: ResolverTypeWrapper<RaceData>;
  Realm: ResolverTypeWrapper<RealmRow>;
  RealmKind: RealmKind;
  RealmPopulation: RealmPopulation;
  RealmStatus: RealmStatus;
  SlotInput: SlotInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Trade: ResolverTypeWrapper<TradeView>;
  TradeItemInput: TradeItemInput;
  TradeOfferInput: TradeOfferInput;
  TradeOfferItem: ResolverTypeWrapper<TradeItemRow>;
  TradeSide: ResolverTypeWrapper<TradeSideView>;
  TradeStatus: TradeStatus;
  User: ResolverTypeWrapper<{ id: string }>;
  WorldPositionInput: WorldPositionInput;
  Zone: ResolverTypeWrapper<ZoneRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Appearance: AppearanceDocument;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  AppearanceInput: AppearanceInput;
  Bag: BagView;
  Bank: BankView;
  Character: CharacterRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CharacterChange: CharacterChangeView;
  CharacterClass: ClassData;
  CharacterStateInput: CharacterStateInput;
  CreateCharacterInput: CreateCharacterInput;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  EquipmentSlotState: EquipmentSlotView;
  GameItemsInput: GameItemsInput;
  GameItemsResult: GameItemsOutcome;
  Inventory: InventoryView;
  Item: ItemRow;
  ItemDefinition: ItemDefinitionRow;
  ItemLocation: ItemLocation;
  ItemQuantityInput: ItemQuantityInput;
  Marking: Marking;
  MarkingInput: MarkingInput;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Position: Position;
  Query: Record<PropertyKey, never>;
  Race: RaceData;
  Realm: RealmRow;
  SlotInput: SlotInput;
  Subscription: Record<PropertyKey, never>;
  Trade: TradeView;
  TradeItemInput: TradeItemInput;
  TradeOfferInput: TradeOfferInput;
  TradeOfferItem: TradeItemRow;
  TradeSide: TradeSideView;
  User: { id: string };
  WorldPositionInput: WorldPositionInput;
  Zone: ZoneRow;
}>;

export type AppearanceResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Appearance'] = ResolversParentTypes['Appearance']> = ResolversObject<{
  bodyType?: Resolver<ResolversTypes['BodyType'], ParentType, ContextType>;
  eyeColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  faceShape?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hairColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hairStyle?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  markings?: Resolver<Array<ResolversTypes['Marking']>, ParentType, ContextType>;
  skinTone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BagResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Bag'] = ResolversParentTypes['Bag']> = ResolversObject<{
  freeSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  slots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BankResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Bank'] = ResolversParentTypes['Bank']> = ResolversObject<{
  freeSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  slots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CharacterResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Character'] = ResolversParentTypes['Character'], FederationReferenceType extends FederationReferenceTypes['Character'] = FederationReferenceTypes['Character']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Character']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  appearance?: Resolver<ResolversTypes['Appearance'], ParentType, ContextType>;
  banReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  class?: Resolver<ResolversTypes['CharacterClass'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  experience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventory?: Resolver<Maybe<ResolversTypes['Inventory']>, ParentType, ContextType>;
  lastPlayedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRenameAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  race?: Resolver<ResolversTypes['Race'], ParentType, ContextType>;
  realm?: Resolver<ResolversTypes['Realm'], ParentType, ContextType>;
  restorableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CharacterStatus'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type CharacterChangeResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['CharacterChange'] = ResolversParentTypes['CharacterChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  character?: Resolver<Maybe<ResolversTypes['Character']>, ParentType, ContextType>;
  characterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CharacterClassResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['CharacterClass'] = ResolversParentTypes['CharacterClass']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClassRole'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EquipmentSlotStateResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['EquipmentSlotState'] = ResolversParentTypes['EquipmentSlotState']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['EquipSlot'], ParentType, ContextType>;
}>;

export type GameItemsResultResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['GameItemsResult'] = ResolversParentTypes['GameItemsResult']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inventory?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType>;
}>;

export type InventoryResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Inventory'] = ResolversParentTypes['Inventory']> = ResolversObject<{
  bags?: Resolver<Array<ResolversTypes['Bag']>, ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['Bank'], ParentType, ContextType>;
  character?: Resolver<ResolversTypes['Character'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['EquipmentSlotState']>, ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = ResolversObject<{
  definition?: Resolver<ResolversTypes['ItemDefinition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['ItemLocation'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ItemDefinitionResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['ItemDefinition'] = ResolversParentTypes['ItemDefinition'], FederationReferenceType extends FederationReferenceTypes['ItemDefinition'] = FederationReferenceTypes['ItemDefinition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ItemDefinition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipSlot?: Resolver<Maybe<ResolversTypes['EquipSlot']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  levelRequired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rarity?: Resolver<ResolversTypes['ItemRarity'], ParentType, ContextType>;
  stackSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ItemLocationResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['ItemLocation'] = ResolversParentTypes['ItemLocation']> = ResolversObject<{
  bag?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  container?: Resolver<ResolversTypes['ContainerKind'], ParentType, ContextType>;
  equipSlot?: Resolver<Maybe<ResolversTypes['EquipSlot']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MarkingResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Marking'] = ResolversParentTypes['Marking']> = ResolversObject<{
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MarkingKind'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adminGrantItem?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType, RequireFields<MutationAdminGrantItemArgs, 'characterId' | 'itemId' | 'quantity' | 'reason'>>;
  adminRemoveItem?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType, RequireFields<MutationAdminRemoveItemArgs, 'itemId' | 'reason'>>;
  adminRestoreCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationAdminRestoreCharacterArgs, 'id'>>;
  banCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationBanCharacterArgs, 'id' | 'reason'>>;
  cancelTrade?: Resolver<ResolversTypes['Trade'], ParentType, ContextType, RequireFields<MutationCancelTradeArgs, 'characterId' | 'tradeId'>>;
  confirmTrade?: Resolver<ResolversTypes['Trade'], ParentType, ContextType, RequireFields<MutationConfirmTradeArgs, 'characterId' | 'tradeId'>>;
  createCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationCreateCharacterArgs, 'input'>>;
  deleteCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationDeleteCharacterArgs, 'id'>>;
  equipItem?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType, RequireFields<MutationEquipItemArgs, 'characterId' | 'itemId'>>;
  internalGrantItems?: Resolver<ResolversTypes['GameItemsResult'], ParentType, ContextType, RequireFields<MutationInternalGrantItemsArgs, 'input'>>;
  internalTakeItems?: Resolver<ResolversTypes['GameItemsResult'], ParentType, ContextType, RequireFields<MutationInternalTakeItemsArgs, 'input'>>;
  internalUpdateCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationInternalUpdateCharacterArgs, 'input'>>;
  moveItem?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType, RequireFields<MutationMoveItemArgs, 'characterId' | 'itemId' | 'to'>>;
  openTrade?: Resolver<ResolversTypes['Trade'], ParentType, ContextType, RequireFields<MutationOpenTradeArgs, 'characterId' | 'withCharacterId'>>;
  purgeDeletedCharacters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renameCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationRenameCharacterArgs, 'id' | 'name'>>;
  restoreCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationRestoreCharacterArgs, 'id'>>;
  selectCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationSelectCharacterArgs, 'id'>>;
  setTradeOffer?: Resolver<ResolversTypes['Trade'], ParentType, ContextType, RequireFields<MutationSetTradeOfferArgs, 'characterId' | 'offer' | 'tradeId'>>;
  unbanCharacter?: Resolver<ResolversTypes['Character'], ParentType, ContextType, RequireFields<MutationUnbanCharacterArgs, 'id'>>;
  unequipItem?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType, RequireFields<MutationUnequipItemArgs, 'characterId' | 'slot'>>;
}>;

export type PositionResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  z?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  adminCharacters?: Resolver<Array<ResolversTypes['Character']>, ParentType, ContextType, RequireFields<QueryAdminCharactersArgs, 'first'>>;
  character?: Resolver<Maybe<ResolversTypes['Character']>, ParentType, ContextType, RequireFields<QueryCharacterArgs, 'id'>>;
  classes?: Resolver<Array<ResolversTypes['CharacterClass']>, ParentType, ContextType>;
  itemDefinitions?: Resolver<Array<ResolversTypes['ItemDefinition']>, ParentType, ContextType, Partial<QueryItemDefinitionsArgs>>;
  myCharacters?: Resolver<Array<ResolversTypes['Character']>, ParentType, ContextType>;
  myTrades?: Resolver<Array<ResolversTypes['Trade']>, ParentType, ContextType, RequireFields<QueryMyTradesArgs, 'first'>>;
  races?: Resolver<Array<ResolversTypes['Race']>, ParentType, ContextType>;
  realm?: Resolver<Maybe<ResolversTypes['Realm']>, ParentType, ContextType, RequireFields<QueryRealmArgs, 'id'>>;
  realms?: Resolver<Array<ResolversTypes['Realm']>, ParentType, ContextType>;
  trade?: Resolver<Maybe<ResolversTypes['Trade']>, ParentType, ContextType, RequireFields<QueryTradeArgs, 'id'>>;
}>;

export type RaceResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Race'] = ResolversParentTypes['Race']> = ResolversObject<{
  classes?: Resolver<Array<ResolversTypes['CharacterClass']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RealmResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Realm'] = ResolversParentTypes['Realm'], FederationReferenceType extends FederationReferenceTypes['Realm'] = FederationReferenceTypes['Realm']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Realm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RealmKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['RealmPopulation'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RealmStatus'], ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  characterChanged?: SubscriptionResolver<ResolversTypes['CharacterChange'], "characterChanged", ParentType, ContextType>;
  tradeChanged?: SubscriptionResolver<ResolversTypes['Trade'], "tradeChanged", ParentType, ContextType, RequireFields<SubscriptionTradeChangedArgs, 'tradeId'>>;
}>;

export type TradeResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Trade'] = ResolversParentTypes['Trade']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiator?: Resolver<ResolversTypes['TradeSide'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['TradeSide'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TradeStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TradeOfferItemResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['TradeOfferItem'] = ResolversParentTypes['TradeOfferItem']> = ResolversObject<{
  definition?: Resolver<ResolversTypes['ItemDefinition'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TradeSideResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['TradeSide'] = ResolversParentTypes['TradeSide']> = ResolversObject<{
  character?: Resolver<ResolversTypes['Character'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TradeOfferItem']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeCharacter?: Resolver<Maybe<ResolversTypes['Character']>, ParentType, ContextType>;
  characters?: Resolver<Maybe<Array<ResolversTypes['Character']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ZoneResolvers<ContextType = CharactersContext, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CharactersContext> = ResolversObject<{
  Appearance?: AppearanceResolvers<ContextType>;
  Bag?: BagResolvers<ContextType>;
  Bank?: BankResolvers<ContextType>;
  Character?: CharacterResolvers<ContextType>;
  CharacterChange?: CharacterChangeResolvers<ContextType>;
  CharacterClass?: CharacterClassResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EquipmentSlotState?: EquipmentSlotStateResolvers<ContextType>;
  GameItemsResult?: GameItemsResultResolvers<ContextType>;
  Inventory?: InventoryResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemDefinition?: ItemDefinitionResolvers<ContextType>;
  ItemLocation?: ItemLocationResolvers<ContextType>;
  Marking?: MarkingResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Race?: RaceResolvers<ContextType>;
  Realm?: RealmResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Trade?: TradeResolvers<ContextType>;
  TradeOfferItem?: TradeOfferItemResolvers<ContextType>;
  TradeSide?: TradeSideResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
}>;

