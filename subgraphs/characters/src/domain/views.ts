// What the resolvers of the composite types receive as their parent.
import type { Character, Item } from '../generated/prisma/client.ts';
import type { EquipSlot } from './slots.ts';
import type { TradeView } from './trades.ts';

export interface InventoryView {
  character: Character;
}
export interface BagView {
  characterId: string;
  index: number;
  slots: number;
}
export interface BankView {
  accountId: string;
}
export interface EquipmentSlotView {
  slot: EquipSlot;
  item: Item | null;
}
export interface TradeSideView {
  trade: TradeView;
  initiator: boolean;
}
