import { randomUUID } from 'node:crypto';
import { AppError, badInput, conflict, notFound } from '@worldgraph/kit';
import type { Character, Item, PrismaClient } from '../generated/prisma/client.ts';
import type { CharactersConfig } from '../config.ts';
import type { Catalog } from './catalog.ts';
import { assertPlayable } from './characters.ts';
import { emit, type CharactersEvent } from './outbox.ts';
import { BANK, EQUIPMENT, bagContainer, equipSlotIndex, isBag, type EquipSlot } from './slots.ts';
import { bagHas, freeBagSlots, placeOf } from './space.ts';
import { inTx, isId, lockAccount, lockCharacters, type Tx } from './tx.ts';

/** Where a player puts an item: a bag slot or a bank slot. */
export interface SlotTarget {
  container: 'bag' | 'bank' | 'equipment';
  bag?: number | null;
  slot: number;
}

/**
 * Inventories: bags and equipment of a character, the bank of its account. Every command locks
 * the account, then the character (tx.ts), then reads the slots, so that two commands never
 * place two stacks in one slot (the unique index on holder, container and slot backs it up).
 */
export class Inventories {
  constructor(
    private readonly db: PrismaClient,
    private readonly config: CharactersConfig,
    private readonly catalog: Catalog,
  ) {}

  /** Locks the account and the character, and returns the character when the account plays it. */
  private async playable(tx: Tx, accountId: string, characterId: string): Promise<Character> {
    if (!isId(characterId)) throw notFound('Character');
    await lockAccount(tx, accountId, this.config.CHARACTERS_BANK_SLOTS);
    await lockCharacters(tx, [characterId]);
    const c = await tx.character.findUnique({ where: { id: characterId } });
    if (!c || c.accountId !== accountId) throw notFound('Character');
    assertPlayable(c);
    return c;
  }

  /** Moves, splits, merges or swaps a stack between the character's bags and the account's bank. */
  async move(accountId: string, characterId: string, itemId: string, to: SlotTarget, quantity?: number | null): Promise<Character> {
    return inTx(this.db, async (tx) => {
      const c = await this.playable(tx, accountId, characterId);
      const item = isId(itemId) ? await tx.item.findUnique({ where: { id: itemId } }) : null;
      const reachable = item && ((item.holderId === c.id && isBag(item.container)) || (item.holderId === accountId && item.container === BANK));
      if (!item || !reachable) throw notFound('Item');
      const def = this.catalog.get(item.definitionId);
      const dest = await this.destination(tx, c, to);
      if (dest.container === BANK && def.bound) throw badInput(`${def.name} is bound to its character and cannot go to the bank`);
      const qty = quantity ?? item.quantity;
      if (!Number.isInteger(qty) || qty < 1 || qty > item.quantity) throw badInput(`Quantity must be 1-${item.quantity}`, { field: 'quantity' });
      if (dest.holderId === item.holderId && dest.container === item.container && dest.slot === item.slot) return c;

      const base = { characterId: c.id, accountId, definitionId: item.definitionId };
      const from = placeOf(item);
      const occupant = await tx.item.findUnique({ where: { holderId_container_slot: dest } });
      if (!occupant) {
        if (qty === item.quantity) {
          await tx.item.update({ where: { id: item.id }, data: dest });
          await emit(tx, { type: 'ItemMoved', ...base, itemId: item.id, quantity: qty, from, to: placeOf(dest), action: 'move' });
        } else {
          const created = await tx.item.create({ data: { id: randomUUID(), definitionId: item.definitionId, quantity: qty, accountId, ...dest } });
          await tx.item.update({ where: { id: item.id }, data: { quantity: { decrement: qty } } });
          await emit(tx, { type: 'ItemMoved', ...base, itemId: item.id, intoItemId: created.id, quantity: qty, from, to: placeOf(dest), action: 'split' });
        }
      } else if (occupant.definitionId === item.definitionId && def.stackSize > 1) {
        const moved = Math.min(qty, def.stackSize - occupant.quantity);
        if (moved <= 0) throw conflict(`That stack of ${def.name} is full`);
        await tx.item.update({ where: { id: occupant.id }, data: { quantity: { increment: moved } } });
        if (moved === item.quantity) await tx.item.delete({ where: { id: item.id } });
        else await tx.item.update({ where: { id: item.id }, data: { quantity: { decrement: moved } } });
        await emit(tx, { type: 'ItemMoved', ...base, itemId: item.id, intoItemId: occupant.id, quantity: moved, from, to: placeOf(dest), action: 'merge' });
      } else {
        if (qty !== item.quantity) throw conflict('A split stack goes to an empty slot');
        const occupantDef = this.catalog.get(occupant.definitionId);
        if (item.container === BANK && occupantDef.bound) throw badInput(`${occupantDef.name} is bound to its character and cannot go to the bank`);
        await this.swap(tx, item, occupant);
        await emit(
          tx,
          { type: 'ItemMoved', ...base, itemId: item.id, quantity: item.quantity, from, to: placeOf(dest), action: 'swap' },
          { type: 'ItemMoved', ...base, definitionId: occupant.definitionId, itemId: occupant.id, quantity: occupant.quantity, from: placeOf(dest), to: from, action: 'swap' },
        );
      }
      return c;
    });
  }

  /** Exchanges the places of two stacks (through a spare place: the unique index sees each update). */
  private async swap(tx: Tx, a: Item, b: Item): Promise<void> {
    await tx.item.update({ where: { id: a.id }, data: { container: 'swap', slot: 0 } });
    await tx.item.update({ where: { id: b.id }, data: { holderId: a.holderId, container: a.container, slot: a.slot } });
    await tx.item.update({ where: { id: a.id }, data: { holderId: b.holderId, container: b.container, slot: b.slot } });
  }

  /** A bag or bank place the character may use; BAD_USER_INPUT when there is no such slot. */
  private async destination(tx: Tx, c: Character, to: SlotTarget): Promise<{ holderId: string; container: string; slot: number }> {
    if (to.container === 'bag') {
      const container = bagContainer(to.bag ?? 0);
      if (!(await bagHas(tx, c.id, container, to.slot))) throw badInput(`No slot ${to.slot} in bag ${to.bag ?? 0}`, { field: 'to' });
      return { holderId: c.id, container, slot: to.slot };
    }
    if (to.container === 'bank') {
      const account = await tx.account.findUnique({ where: { id: c.accountId } });
      const slots = account?.bankSlots ?? this.config.CHARACTERS_BANK_SLOTS;
      if (!Number.isInteger(to.slot) || to.slot < 0 || to.slot >= slots) throw badInput(`The bank has slots 0-${slots - 1}`, { field: 'to' });
      return { holderId: c.accountId, container: BANK, slot: to.slot };
    }
    throw badInput('Equipment is changed with equipItem and unequipItem', { field: 'to' });
  }

  /** Equips an item from the bags; what was worn in that slot takes the item's place. */
  async equip(accountId: string, characterId: string, itemId: string): Promise<Character> {
    return inTx(this.db, async (tx) => {
      const c = await this.playable(tx, accountId, characterId);
      const item = isId(itemId) ? await tx.item.findUnique({ where: { id: itemId } }) : null;
      if (!item || item.holderId !== c.id || !isBag(item.container)) throw notFound('Item');
      const def = this.catalog.get(item.definitionId);
      if (!def.equipSlot) throw badInput(`${def.name} cannot be equipped`);
      if (c.level < def.levelRequired) throw new AppError('BAD_USER_INPUT', `${def.name} requires level ${def.levelRequired}`, { levelRequired: def.levelRequired });
      const slot = { holderId: c.id, container: EQUIPMENT, slot: equipSlotIndex(def.equipSlot as EquipSlot) };
      const worn = await tx.item.findUnique({ where: { holderId_container_slot: slot } });
      const base = { characterId: c.id, accountId };
      const events: CharactersEvent[] = [{ type: 'ItemMoved', ...base, itemId: item.id, definitionId: item.definitionId, quantity: 1, from: placeOf(item), to: placeOf(slot), action: 'equip' }];
      if (worn) {
        await this.swap(tx, item, worn);
        events.push({ type: 'ItemMoved', ...base, itemId: worn.id, definitionId: worn.definitionId, quantity: worn.quantity, from: placeOf(slot), to: placeOf(item), action: 'unequip' });
      } else {
        await tx.item.update({ where: { id: item.id }, data: slot });
      }
      await emit(tx, ...events);
      return c;
    });
  }

  /** Puts what is worn in `slot` into a bag: the given empty slot, or the first free one. */
  async unequip(accountId: string, characterId: string, slot: EquipSlot, to?: SlotTarget | null): Promise<Character> {
    return inTx(this.db, async (tx) => {
      const c = await this.playable(tx, accountId, characterId);
      const place = { holderId: c.id, container: EQUIPMENT, slot: equipSlotIndex(slot) };
      const worn = await tx.item.findUnique({ where: { holderId_container_slot: place } });
      if (!worn) throw notFound(`Item worn in ${slot}`);
      let dest: { holderId: string; container: string; slot: number };
      if (to) {
        if (to.container !== 'bag') throw badInput('Unequipped items go to a bag', { field: 'to' });
        dest = await this.destination(tx, c, to);
        if (await tx.item.findUnique({ where: { holderId_container_slot: dest } })) throw conflict('That bag slot is taken');
      } else {
        const free = (await freeBagSlots(tx, c.id))[0];
        if (!free) throw conflict('Your bags are full');
        dest = { holderId: c.id, ...free };
      }
      await tx.item.update({ where: { id: worn.id }, data: dest });
      await emit(tx, { type: 'ItemMoved', characterId: c.id, accountId, itemId: worn.id, definitionId: worn.definitionId, quantity: worn.quantity, from: placeOf(place), to: placeOf(dest), action: 'unequip' });
      return c;
    });
  }
}

export type { GameItemsOutcome } from './loot.ts';
