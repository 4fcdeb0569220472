import type {
  BagResolvers,
  BankResolvers,
  CharacterChangeResolvers,
  CharacterResolvers,
  EquipSlot,
  GameItemsResultResolvers,
  InventoryResolvers,
  ItemDefinitionResolvers,
  ItemResolvers,
  RaceResolvers,
  RealmResolvers,
  TradeOfferItemResolvers,
  TradeResolvers,
  TradeSideResolvers,
  UserResolvers,
} from '../generated/graphql.ts';
import { isSelfOrAdmin } from '@worldgraph/kit';
import type { CharactersContext } from '../context.ts';
import { CLASSES } from '../data/races.ts';
import { readAppearance } from '../domain/appearance.ts';
import { CLASS_BY_ID, RACE_BY_ID, statusOf } from '../domain/characters.ts';
import { BANK, EQUIPMENT, EQUIP_SLOTS, bagContainer, bagIndexOf } from '../domain/slots.ts';
import { mayManage, mayView } from './access.ts';

export const Realm: RealmResolvers = {
  __resolveReference: (ref, { realmById }) => realmById.load(ref.id),
  population: async (realm, _args, { realmPopulation }) => {
    const count = await realmPopulation.load(realm.id);
    const share = count / Math.max(1, realm.capacity);
    return share >= 1 ? 'full' : share >= 0.6 ? 'high' : share >= 0.25 ? 'medium' : 'low';
  },
  zones: (realm, _args, { zonesOf }) => zonesOf.load(realm.id),
};

export const Race: RaceResolvers = {
  classes: (race) => CLASSES.filter((c) => race.classes.includes(c.id)),
};

export const Character: CharacterResolvers = {
  __resolveReference: async (ref, ctx) => {
    const c = await ctx.characterById.load(ref.id);
    return c && mayView(ctx.viewer, c) ? c : null;
  },
  realm: async (c, _args, { realmById }) => (await realmById.load(c.realmId))!,
  race: (c) => RACE_BY_ID.get(c.race)!,
  class: (c) => CLASS_BY_ID.get(c.class)!,
  zone: async (c, _args, { zoneByKey }) => (await zoneByKey.load(`${c.realmId}/${c.zoneId}`))!,
  appearance: (c) => readAppearance(c.appearance),
  owner: (c) => ({ id: c.accountId }),
  status: (c) => statusOf(c),
  position: (c, _args, { viewer }) => (mayManage(viewer, c) ? { x: c.posX, y: c.posY, z: c.posZ } : null),
  active: async (c, _args, { viewer, accountById }) => (mayManage(viewer, c) ? (await accountById.load(c.accountId))?.activeCharacterId === c.id : null),
  deletedAt: (c, _args, { viewer }) => (mayManage(viewer, c) ? c.deletedAt : null),
  restorableUntil: (c, _args, { viewer, characters }) => (mayManage(viewer, c) ? characters.restorableUntil(c) : null),
  nextRenameAt: (c, _args, { viewer, characters }) => (mayManage(viewer, c) ? characters.nextRenameAt(c) : null),
  banReason: (c, _args, { viewer }) => (mayManage(viewer, c) ? c.banReason : null),
  inventory: (c, _args, { viewer }) => (mayManage(viewer, c) ? { character: c } : null),
};

export const Inventory: InventoryResolvers = {
  character: (inv) => inv.character,
  bags: async ({ character }, _args, { bagsOf }) => (await bagsOf.load(character.id)).map((b) => ({ characterId: character.id, index: b.index, slots: b.slots })),
  equipment: async ({ character }, _args, { itemsByHolder }) => {
    const worn = (await itemsByHolder.load(character.id)).filter((i) => i.container === EQUIPMENT);
    return EQUIP_SLOTS.map((slot, index) => ({ slot, item: worn.find((i) => i.slot === index) ?? null }));
  },
  bank: ({ character }) => ({ accountId: character.accountId }),
};

export const Bag: BagResolvers = {
  items: async (bag, _args, { itemsByHolder }) => (await itemsByHolder.load(bag.characterId)).filter((i) => i.container === bagContainer(bag.index)),
  freeSlots: async (bag, _args, { itemsByHolder }) => bag.slots - (await itemsByHolder.load(bag.characterId)).filter((i) => i.container === bagContainer(bag.index)).length,
};

const bankSlots = async (accountId: string, ctx: CharactersContext) =>
  (await ctx.accountById.load(accountId))?.bankSlots ?? ctx.config.CHARACTERS_BANK_SLOTS;

export const Bank: BankResolvers = {
  slots: (bank, _args, ctx) => bankSlots(bank.accountId, ctx),
  items: async (bank, _args, { itemsByHolder }) => (await itemsByHolder.load(bank.accountId)).filter((i) => i.container === BANK),
  freeSlots: async (bank, _args, ctx) => (await bankSlots(bank.accountId, ctx)) - (await ctx.itemsByHolder.load(bank.accountId)).filter((i) => i.container === BANK).length,
};

export const Item: ItemResolvers = {
  definition: (item, _args, { catalog }) => catalog.get(item.definitionId),
  location: (item) => {
    if (item.container === EQUIPMENT) return { container: 'equipment', slot: item.slot, equipSlot: EQUIP_SLOTS[item.slot] as EquipSlot };
    if (item.container === BANK) return { container: 'bank', slot: item.slot };
    return { container: 'bag', bag: bagIndexOf(item.container) ?? 0, slot: item.slot };
  },
};

export const ItemDefinition: ItemDefinitionResolvers = {
  __resolveReference: (ref, { catalog }) => catalog.find(ref.id) ?? null,
  equipSlot: (d) => (d.equipSlot as EquipSlot | null) ?? null,
};

export const Trade: TradeResolvers = {
  initiator: (trade) => ({ trade, initiator: true }),
  recipient: (trade) => ({ trade, initiator: false }),
};

export const TradeSide: TradeSideResolvers = {
  character: async ({ trade, initiator }, _args, { characterById }) => (await characterById.load(initiator ? trade.initiatorId : trade.recipientId))!,
  items: ({ trade, initiator }) => trade.items.filter((i) => i.characterId === (initiator ? trade.initiatorId : trade.recipientId)),
  currency: ({ trade, initiator }) => {
    const leg = trade.currencies.find((c) => c.characterId === (initiator ? trade.initiatorId : trade.recipientId));
    return leg ? { asset: leg.asset, amount: leg.amount.toFixed() } : null;
  },
  confirmed: ({ trade, initiator }) => (initiator ? trade.initiatorConfirmed : trade.recipientConfirmed),
};

export const TradeOfferItem: TradeOfferItemResolvers = {
  definition: (line, _args, { catalog }) => catalog.get(line.definitionId),
};

export const User: UserResolvers = {
  characters: (user, _args, ctx) => (isSelfOrAdmin(ctx.viewer, user.id) ? ctx.characters.ofAccount(user.id) : null),
  activeCharacter: async (user, _args, ctx) => {
    if (!isSelfOrAdmin(ctx.viewer, user.id)) return null;
    const account = await ctx.accountById.load(user.id);
    return account?.activeCharacterId ? ctx.characterById.load(account.activeCharacterId) : null;
  },
};

export const CharacterChange: CharacterChangeResolvers = {
  // Read afresh: a subscription's context (and its loaders) lives as long as the subscription.
  character: (change, _args, { characters }) => characters.find(change.characterId),
};

export const GameItemsResult: GameItemsResultResolvers = {
  inventory: (result) => ({ character: result.character }),
};
