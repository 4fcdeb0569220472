// The item catalog: data, upserted at every start (see domain/seed.ts). Ids are stable: items
// in inventories refer to them.
import type { EquipSlot } from '../domain/slots.ts';

export interface ItemData {
  id: string;
  name: string;
  kind: 'weapon' | 'armor' | 'accessory' | 'consumable' | 'material' | 'quest';
  rarity: 'common' | 'uncommon' | 'rare' | 'epic' | 'legendary';
  stackSize: number;
  equipSlot?: EquipSlot;
  levelRequired?: number;
  /** Bound to the character: never traded nor banked. */
  bound?: boolean;
  description?: string;
}

export const ITEMS: ItemData[] = [
  { id: 'health-potion', name: 'Health Potion', kind: 'consumable', rarity: 'common', stackSize: 20, description: 'Restores 200 health.' },
  { id: 'mana-potion', name: 'Mana Potion', kind: 'consumable', rarity: 'common', stackSize: 20, description: 'Restores 150 mana.' },
  { id: 'bread', name: 'Travel Bread', kind: 'consumable', rarity: 'common', stackSize: 50 },
  { id: 'iron-ore', name: 'Iron Ore', kind: 'material', rarity: 'common', stackSize: 100 },
  { id: 'voxel-shard', name: 'Voxel Shard', kind: 'material', rarity: 'uncommon', stackSize: 100 },
  { id: 'ember-core', name: 'Ember Core', kind: 'material', rarity: 'rare', stackSize: 10 },
  { id: 'wolf-pelt', name: 'Wolf Pelt', kind: 'material', rarity: 'common', stackSize: 50 },
  { id: 'old-map', name: 'Tattered Map', kind: 'quest', rarity: 'common', stackSize: 1, bound: true, description: 'It shows a vault beneath the lake.' },
  { id: 'rusty-sword', name: 'Rusty Sword', kind: 'weapon', rarity: 'common', stackSize: 1, equipSlot: 'main_hand', levelRequired: 1 },
  { id: 'iron-sword', name: 'Iron Sword', kind: 'weapon', rarity: 'uncommon', stackSize: 1, equipSlot: 'main_hand', levelRequired: 5 },
  { id: 'emberbrand', name: 'Emberbrand', kind: 'weapon', rarity: 'epic', stackSize: 1, equipSlot: 'main_hand', levelRequired: 25 },
  { id: 'oak-shield', name: 'Oak Shield', kind: 'armor', rarity: 'common', stackSize: 1, equipSlot: 'off_hand', levelRequired: 1 },
  { id: 'apprentice-staff', name: 'Apprentice Staff', kind: 'weapon', rarity: 'common', stackSize: 1, equipSlot: 'main_hand', levelRequired: 1 },
  { id: 'leather-cap', name: 'Leather Cap', kind: 'armor', rarity: 'common', stackSize: 1, equipSlot: 'head', levelRequired: 1 },
  { id: 'iron-helm', name: 'Iron Helm', kind: 'armor', rarity: 'uncommon', stackSize: 1, equipSlot: 'head', levelRequired: 10 },
  { id: 'leather-jerkin', name: 'Leather Jerkin', kind: 'armor', rarity: 'common', stackSize: 1, equipSlot: 'chest', levelRequired: 1 },
  { id: 'frost-mail', name: 'Frostforged Mail', kind: 'armor', rarity: 'rare', stackSize: 1, equipSlot: 'chest', levelRequired: 20 },
  { id: 'wool-trousers', name: 'Wool Trousers', kind: 'armor', rarity: 'common', stackSize: 1, equipSlot: 'legs', levelRequired: 1 },
  { id: 'traveler-boots', name: "Traveler's Boots", kind: 'armor', rarity: 'common', stackSize: 1, equipSlot: 'feet', levelRequired: 1 },
  { id: 'hide-gloves', name: 'Hide Gloves', kind: 'armor', rarity: 'common', stackSize: 1, equipSlot: 'hands', levelRequired: 1 },
  { id: 'copper-ring', name: 'Copper Ring', kind: 'accessory', rarity: 'common', stackSize: 1, equipSlot: 'ring', levelRequired: 1 },
  { id: 'heim-amulet', name: 'Amulet of the Heim', kind: 'accessory', rarity: 'legendary', stackSize: 1, equipSlot: 'neck', levelRequired: 40, bound: true },
];
