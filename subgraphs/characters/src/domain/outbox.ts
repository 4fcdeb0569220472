import type { Prisma } from '../generated/prisma/client.ts';
import type { Tx } from './tx.ts';

/** Where an item was or went: `bag:<n>/<slot>`, `equipment/<slot>`, `bank/<slot>`, or `gone`. */
export type Place = string;

/**
 * The domain events characters publishes (relayed from the outbox). Every character event carries
 * the account, so the portal's subscription and the audit log can tell whose it is; every item
 * movement is an event (item provenance in the audit log).
 */
export type CharactersEvent =
  | { type: 'CharacterCreated'; characterId: string; accountId: string; realmId: string; name: string; race: string; class: string }
  | { type: 'CharacterRenamed'; characterId: string; accountId: string; from: string; to: string }
  | { type: 'CharacterSelected'; characterId: string; accountId: string }
  | { type: 'CharacterDeleted' | 'CharacterRestored' | 'CharacterPurged'; characterId: string; accountId: string; name: string; by?: string }
  | { type: 'CharacterBanned' | 'CharacterUnbanned'; characterId: string; accountId: string; reason?: string; by: string }
  | { type: 'CharacterProgressed'; characterId: string; accountId: string; level: number; experience: number; zoneId: string; previousLevel: number; previousZoneId: string }
  | {
      type: 'ItemGranted' | 'ItemTaken';
      characterId: string;
      accountId: string;
      itemId: string;
      definitionId: string;
      quantity: number;
      /** loot or consumption (a game server's event id), or admin (with the admin and a reason). */
      source: 'loot' | 'consumption' | 'admin';
      eventId?: string;
      by?: string;
      reason?: string;
    }
  | { type: 'ItemMoved'; characterId: string; accountId: string; itemId: string; definitionId: string; quantity: number; from: Place; to: Place; action: 'move' | 'split' | 'merge' | 'swap' | 'equip' | 'unequip'; intoItemId?: string }
  | {
      type: 'ItemTraded';
      tradeId: string;
      characterId: string;
      accountId: string;
      toCharacterId: string;
      toAccountId: string;
      itemId: string;
      /** The receiver's stack: the same id when the whole stack changed hands. */
      newItemId: string;
      definitionId: string;
      quantity: number;
    }
  | { type: 'TradeOpened' | 'TradeUpdated' | 'TradeCompleted' | 'TradeCancelled' | 'TradeFailed'; tradeId: string; characterId: string; accountId: string; withCharacterId: string; withAccountId: string; status: string; reason?: string };

/** The aggregate of an event: the trade for trade events, else the character. */
const aggregateOf = (event: CharactersEvent) => (event.type.startsWith('Trade') && 'tradeId' in event ? event.tradeId : event.characterId);

/** Writes events in the caller's transaction: they exist exactly when the change does. */
export async function emit(tx: Tx, ...events: CharactersEvent[]): Promise<void> {
  if (!events.length) return;
  await tx.outboxEvent.createMany({
    data: events.map((e) => ({ type: e.type, aggregateId: aggregateOf(e), payload: e as unknown as Prisma.InputJsonValue })),
  });
}
