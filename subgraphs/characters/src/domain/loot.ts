import { randomUUID } from 'node:crypto';
import { badInput, conflict, notFound } from '@worldgraph/kit';
import type { Character, PrismaClient } from '../generated/prisma/client.ts';
import type { CharactersConfig } from '../config.ts';
import type { Catalog } from './catalog.ts';
import { assertPlayable } from './characters.ts';
import { emit, type CharactersEvent } from './outbox.ts';
import { freeBagSlots } from './space.ts';
import { inTx, isId, lockAccount, lockCharacters, type Tx } from './tx.ts';

/** A definition and a quantity, as game servers and admins grant and take them. */
export interface ItemLine {
  itemId: string;
  quantity: number;
}

/** Where grants and takes come from, for the events. */
export type ItemSource = { source: 'loot' | 'consumption'; eventId: string } | { source: 'admin'; by: string; reason: string };

/** The answer of a game server's grant or take. */
export interface GameItemsOutcome {
  eventId: string;
  applied: boolean;
  character: Character;
}

const MAX_LINES = 32;

/**
 * Items entering and leaving the world: game servers' loot and consumption (once per event id),
 * admins' grants and removals (with a reason). Same lock order as every inventory command.
 */
export class Loot {
  constructor(
    private readonly db: PrismaClient,
    private readonly config: CharactersConfig,
    private readonly catalog: Catalog,
  ) {}

  /** Adds items to a character's bags (call with its row locked): existing stacks first, then free slots; CONFLICT when they do not fit. */
  async addToBags(tx: Tx, c: Character, lines: ItemLine[], source: ItemSource): Promise<void> {
    let free = await freeBagSlots(tx, c.id);
    const events: CharactersEvent[] = [];
    for (const line of lines) {
      const def = this.catalog.get(line.itemId);
      let left = line.quantity;
      const stacks = await tx.item.findMany({
        where: { holderId: c.id, container: { startsWith: 'bag:' }, definitionId: def.id, quantity: { lt: def.stackSize } },
        orderBy: [{ container: 'asc' }, { slot: 'asc' }],
      });
      for (const stack of stacks) {
        if (!left) break;
        const add = Math.min(left, def.stackSize - stack.quantity);
        await tx.item.update({ where: { id: stack.id }, data: { quantity: { increment: add } } });
        events.push({ type: 'ItemGranted', characterId: c.id, accountId: c.accountId, itemId: stack.id, definitionId: def.id, quantity: add, ...source });
        left -= add;
      }
      while (left > 0) {
        const place = free[0];
        if (!place) throw conflict(`${c.name}'s bags are full`);
        free = free.slice(1);
        const add = Math.min(left, def.stackSize);
        const created = await tx.item.create({ data: { id: randomUUID(), definitionId: def.id, quantity: add, accountId: c.accountId, holderId: c.id, ...place } });
        events.push({ type: 'ItemGranted', characterId: c.id, accountId: c.accountId, itemId: created.id, definitionId: def.id, quantity: add, ...source });
        left -= add;
      }
    }
    await emit(tx, ...events);
  }

  /** Takes items from a character's bags (call with its row locked): smallest stacks first; CONFLICT when there are not enough. */
  async takeFromBags(tx: Tx, c: Character, lines: ItemLine[], source: ItemSource): Promise<void> {
    const events: CharactersEvent[] = [];
    for (const line of lines) {
      const def = this.catalog.get(line.itemId);
      const stacks = await tx.item.findMany({
        where: { holderId: c.id, container: { startsWith: 'bag:' }, definitionId: def.id },
        orderBy: [{ quantity: 'asc' }, { container: 'desc' }, { slot: 'desc' }],
      });
      const total = stacks.reduce((sum, s) => sum + s.quantity, 0);
      if (total < line.quantity) throw conflict(`${c.name} has ${total} ${def.name}, not ${line.quantity}`);
      let left = line.quantity;
      for (const stack of stacks) {
        if (!left) break;
        const take = Math.min(left, stack.quantity);
        if (take === stack.quantity) await tx.item.delete({ where: { id: stack.id } });
        else await tx.item.update({ where: { id: stack.id }, data: { quantity: { decrement: take } } });
        events.push({ type: 'ItemTaken', characterId: c.id, accountId: c.accountId, itemId: stack.id, definitionId: def.id, quantity: take, ...source });
        left -= take;
      }
    }
    await emit(tx, ...events);
  }

  /** A game server's loot or consumption, applied once per event id; all lines or none. */
  async fromGame(kind: 'grant' | 'take', eventId: string, characterId: string, lines: ItemLine[]): Promise<GameItemsOutcome> {
    if (!/^[\w.:-]{1,128}$/.test(eventId)) throw badInput('Event ids are 1-128 letters, digits, or . _ : -', { field: 'eventId' });
    this.checkLines(lines);
    return inTx(this.db, async (tx) => {
      if (!isId(characterId)) throw notFound('Character');
      await lockCharacters(tx, [characterId]);
      const c = await tx.character.findUnique({ where: { id: characterId } });
      if (!c) throw notFound('Character');
      const inserted = await tx.$executeRaw`
        INSERT INTO game_events (event_id, kind, character_id, result) VALUES (${eventId}, ${kind}, ${c.id}::uuid, ${JSON.stringify(lines)}::jsonb)
        ON CONFLICT (event_id) DO NOTHING`;
      if (!inserted) {
        const first = await tx.gameEvent.findUnique({ where: { eventId } });
        if (first && (first.kind !== kind || first.characterId !== c.id)) throw conflict(`Event ${eventId} was a ${first.kind} for another character`);
        return { eventId, applied: false, character: c };
      }
      assertPlayable(c);
      const source = { source: kind === 'grant' ? ('loot' as const) : ('consumption' as const), eventId };
      if (kind === 'grant') await this.addToBags(tx, c, lines, source);
      else await this.takeFromBags(tx, c, lines, source);
      return { eventId, applied: true, character: c };
    });
  }

  private checkLines(lines: ItemLine[]): void {
    if (!lines.length || lines.length > MAX_LINES) throw badInput(`Between 1 and ${MAX_LINES} items`, { field: 'items' });
    for (const line of lines) {
      this.catalog.get(line.itemId);
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 10_000) throw badInput('Quantities are 1-10000', { field: 'quantity' });
    }
  }

  /** Admins: items into a character's bags (even a banned one's). */
  async adminGrant(adminId: string, characterId: string, line: ItemLine, reason: string): Promise<Character> {
    const why = this.reason(reason);
    this.checkLines([line]);
    return inTx(this.db, async (tx) => {
      if (!isId(characterId)) throw notFound('Character');
      const found = await tx.character.findUnique({ where: { id: characterId } });
      if (!found) throw notFound('Character');
      await lockAccount(tx, found.accountId, this.config.CHARACTERS_BANK_SLOTS);
      await lockCharacters(tx, [found.id]);
      const c = (await tx.character.findUnique({ where: { id: found.id } }))!;
      if (c.deletedAt) throw conflict(`${c.name} is deleted`);
      await this.addToBags(tx, c, [line], { source: 'admin', by: adminId, reason: why });
      return c;
    });
  }

  /** Admins: removes part or all of any stack (bag, equipment or bank); answers with the holder's inventory. */
  async adminRemove(adminId: string, itemId: string, quantity: number | null | undefined, reason: string): Promise<Character> {
    const why = this.reason(reason);
    return inTx(this.db, async (tx) => {
      const found = isId(itemId) ? await tx.item.findUnique({ where: { id: itemId } }) : null;
      if (!found) throw notFound('Item');
      await lockAccount(tx, found.accountId, this.config.CHARACTERS_BANK_SLOTS);
      if (found.holderId !== found.accountId) await lockCharacters(tx, [found.holderId]);
      const item = await tx.item.findUnique({ where: { id: itemId } });
      if (!item) throw notFound('Item');
      const qty = quantity ?? item.quantity;
      if (!Number.isInteger(qty) || qty < 1 || qty > item.quantity) throw badInput(`Quantity must be 1-${item.quantity}`, { field: 'quantity' });
      if (qty === item.quantity) await tx.item.delete({ where: { id: item.id } });
      else await tx.item.update({ where: { id: item.id }, data: { quantity: { decrement: qty } } });
      // A bank item answers with the account's most recently played character.
      const c =
        item.holderId !== item.accountId
          ? await tx.character.findUnique({ where: { id: item.holderId } })
          : await tx.character.findFirst({ where: { accountId: item.accountId }, orderBy: [{ lastPlayedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'asc' }] });
      if (!c) throw notFound('Character');
      await emit(tx, { type: 'ItemTaken', characterId: item.holderId, accountId: item.accountId, itemId: item.id, definitionId: item.definitionId, quantity: qty, source: 'admin', by: adminId, reason: why });
      return c;
    });
  }

  private reason(reason: string): string {
    const text = reason.trim();
    if (!text || text.length > 300) throw badInput('A reason of 1-300 characters is required', { field: 'reason' });
    return text;
  }
}
