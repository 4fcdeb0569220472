// Where an item can be: a bag slot of a character, an equipment slot, or the account's bank.

/** Equipment slots, in display order; an item's `equipSlot` names one. */
export const EQUIP_SLOTS = ['head', 'neck', 'chest', 'hands', 'legs', 'feet', 'ring', 'main_hand', 'off_hand'] as const;
export type EquipSlot = (typeof EQUIP_SLOTS)[number];

export const EQUIPMENT = 'equipment';
export const BANK = 'bank';
/** The container name of a character's bag `index`. */
export const bagContainer = (index: number) => `bag:${index}`;
/** The bag index of a container name, or undefined for equipment and bank. */
export function bagIndexOf(container: string): number | undefined {
  const m = /^bag:(\d+)$/.exec(container);
  return m ? Number(m[1]) : undefined;
}
export const isBag = (container: string) => bagIndexOf(container) !== undefined;
/** The slot number an equipment slot is stored under. */
export const equipSlotIndex = (slot: EquipSlot) => EQUIP_SLOTS.indexOf(slot);
