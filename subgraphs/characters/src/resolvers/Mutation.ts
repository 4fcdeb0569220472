import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { CharactersContext } from '../context.ts';
import type { Character } from '../generated/prisma/client.ts';
import { adminId } from './access.ts';

const inventory = (character: Character) => ({ character });
const date = (value: Date | string | null | undefined) => (value == null ? undefined : value instanceof Date ? value : new Date(value));
const user = (ctx: CharactersContext) => requireUser(ctx.viewer);

export const Mutation: MutationResolvers = {
  createCharacter: (_root, { input }, ctx) => ctx.characters.create(user(ctx), input),
  selectCharacter: (_root, { id }, ctx) => ctx.characters.select(user(ctx), id),
  renameCharacter: (_root, { id, name }, ctx) => ctx.characters.rename(user(ctx), id, name),
  deleteCharacter: (_root, { id }, ctx) => ctx.characters.delete(user(ctx), id),
  restoreCharacter: (_root, { id }, ctx) => ctx.characters.restore(user(ctx), id, user(ctx)),
  moveItem: async (_root, { characterId, itemId, to, quantity }, ctx) => inventory(await ctx.inventories.move(user(ctx), characterId, itemId, to, quantity)),
  equipItem: async (_root, { characterId, itemId }, ctx) => inventory(await ctx.inventories.equip(user(ctx), characterId, itemId)),
  unequipItem: async (_root, { characterId, slot, to }, ctx) => inventory(await ctx.inventories.unequip(user(ctx), characterId, slot, to)),
  openTrade: (_root, { characterId, withCharacterId }, ctx) => ctx.trades.open(user(ctx), characterId, withCharacterId),
  setTradeOffer: (_root, { tradeId, characterId, offer }, ctx) =>
    ctx.trades.setOffer(user(ctx), tradeId, characterId, { items: offer.items ?? [], currency: offer.currency }),
  confirmTrade: (_root, { tradeId, characterId }, ctx) => ctx.trades.confirm(user(ctx), tradeId, characterId, ctx.requestId),
  cancelTrade: (_root, { tradeId, characterId }, ctx) => ctx.trades.cancel(user(ctx), tradeId, characterId),

  adminRestoreCharacter: (_root, { id }, ctx) => ctx.characters.restore(null, id, adminId(ctx.viewer)),
  adminGrantItem: async (_root, { characterId, itemId, quantity, reason }, ctx) =>
    inventory(await ctx.loot.adminGrant(adminId(ctx.viewer), characterId, { itemId, quantity: quantity ?? 1 }, reason)),
  adminRemoveItem: async (_root, { itemId, quantity, reason }, ctx) => inventory(await ctx.loot.adminRemove(adminId(ctx.viewer), itemId, quantity, reason)),
  banCharacter: (_root, { id, reason }, ctx) => ctx.characters.ban(adminId(ctx.viewer), id, reason, true),
  unbanCharacter: (_root, { id }, ctx) => ctx.characters.ban(adminId(ctx.viewer), id, '', false),
  purgeDeletedCharacters: (_root, _args, ctx) => ctx.characters.purgeExpired(),

  internalUpdateCharacter: (_root, { input }, ctx) => ctx.characters.updateState({ ...input, playedAt: date(input.playedAt) }),
  internalGrantItems: (_root, { input }, ctx) => ctx.loot.fromGame('grant', input.eventId, input.characterId, input.items),
  internalTakeItems: (_root, { input }, ctx) => ctx.loot.fromGame('take', input.eventId, input.characterId, input.items),
};
