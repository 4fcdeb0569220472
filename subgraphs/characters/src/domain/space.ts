import { bagContainer, bagIndexOf } from './slots.ts';
import type { Tx } from './tx.ts';

/** A free place in a character's bags. */
export interface BagPlace {
  container: string;
  slot: number;
}

/** The free bag slots of a character, bag by bag and slot by slot (call with its row locked). */
export async function freeBagSlots(tx: Tx, characterId: string): Promise<BagPlace[]> {
  const [bags, items] = await Promise.all([
    tx.bag.findMany({ where: { characterId }, orderBy: { index: 'asc' } }),
    tx.item.findMany({ where: { holderId: characterId, container: { startsWith: 'bag:' } }, select: { container: true, slot: true } }),
  ]);
  const taken = new Set(items.map((i) => `${i.container}/${i.slot}`));
  const free: BagPlace[] = [];
  for (const bag of bags) {
    const container = bagContainer(bag.index);
    for (let slot = 0; slot < bag.slots; slot++) if (!taken.has(`${container}/${slot}`)) free.push({ container, slot });
  }
  return free;
}

/** `bag:0/3`, `bank/12`, `equipment/7`: how events name a place. */
export const placeOf = (p: { container: string; slot: number }) => `${p.container}/${p.slot}`;

/** Whether a slot number fits a bag of the character. */
export async function bagHas(tx: Tx, characterId: string, container: string, slot: number): Promise<boolean> {
  const index = bagIndexOf(container);
  if (index === undefined) return false;
  const bag = await tx.bag.findUnique({ where: { characterId_index: { characterId, index } } });
  return !!bag && slot >= 0 && slot < bag.slots;
}
