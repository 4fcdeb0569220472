import { useCallback, useEffect, useState } from 'react';
import {
  CharacterChangedDocument,
  CharacterInventoryDocument,
  EquipItemDocument,
  MoveItemDocument,
  UnequipItemDocument,
  type CharacterInventoryQuery,
  type EquipSlot,
  type InventoryItemFragment,
} from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

type Loaded = NonNullable<CharacterInventoryQuery['character']>;
type Inventory = NonNullable<Loaded['inventory']>;
type Item = InventoryItemFragment;
type Target = { container: 'bag' | 'bank'; bag?: number; slot: number };

/** A character's bags, equipment and the account's bank: pick an item, then a slot (or equip it). */
export function InventoryPage({ id }: { id: string }) {
  const [character, setCharacter] = useState<Loaded | null>();
  const [picked, setPicked] = useState<Item>();
  const [split, setSplit] = useState('');
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => setCharacter((await request(CharacterInventoryDocument, { id })).character), [id]);
  useEffect(() => {
    load().catch(setError);
    return subscribe(CharacterChangedDocument, {}, (d) => d.characterChanged.characterId === id && void load().catch(setError));
  }, [id, load]);
  const done = (p: Promise<unknown>) =>
    p.then(load).then(() => {
      setPicked(undefined);
      setSplit('');
      setError(undefined);
    }, setError);
  const place = (to: Target) => {
    if (!picked) return;
    const quantity = split ? Number(split) : undefined;
    done(request(MoveItemDocument, { characterId: id, itemId: picked.id, to, quantity }));
  };
  if (character === undefined) return <ErrorText error={error} />;
  if (!character?.inventory) return <p>Character not found.</p>;
  const inv: Inventory = character.inventory;
  return (
    <section className="card">
      <h1>
        {character.name}'s inventory <span className="hint">level {character.level}</span>
      </h1>
      <ErrorText error={error} />
      <p className="hint" data-testid="picked">
        {picked ? (
          <>
            Picked {picked.definition.name} ×{picked.quantity}: click a slot to move it there{picked.quantity > 1 && ' (or split: '}
            {picked.quantity > 1 && <input aria-label="Split quantity" size={4} value={split} onChange={(e) => setSplit(e.target.value)} />}
            {picked.quantity > 1 && ')'}{' '}
            {picked.definition.equipSlot && picked.location.container === 'bag' && (
              <button onClick={() => done(request(EquipItemDocument, { characterId: id, itemId: picked.id }))}>Equip</button>
            )}{' '}
            <button onClick={() => setPicked(undefined)}>Drop selection</button>
          </>
        ) : (
          'Click an item to pick it up.'
        )}
      </p>
      <h2>Equipment</h2>
      <ul className="equipment" data-testid="equipment">
        {inv.equipment.map((e) => (
          <li key={e.slot}>
            <span className="slot-name">{e.slot.replace('_', ' ')}</span>: {e.item ? <ItemLabel item={e.item} /> : <span className="hint">empty</span>}{' '}
            {e.item && <button onClick={() => done(request(UnequipItemDocument, { characterId: id, slot: e.slot as EquipSlot }))}>Unequip</button>}
          </li>
        ))}
      </ul>
      {inv.bags.map((bag) => (
        <div key={bag.index}>
          <h2>
            Bag {bag.index + 1} <span className="hint">{bag.freeSlots} free</span>
          </h2>
          <Grid slots={bag.slots} items={bag.items} picked={picked} onPick={setPicked} onPlace={(slot) => place({ container: 'bag', bag: bag.index, slot })} testId={`bag-${bag.index}`} />
        </div>
      ))}
      <h2>
        Bank <span className="hint">shared by the account's characters · {inv.bank.freeSlots} free</span>
      </h2>
      <Grid slots={inv.bank.slots} items={inv.bank.items} picked={picked} onPick={setPicked} onPlace={(slot) => place({ container: 'bank', slot })} testId="bank" />
    </section>
  );
}

function ItemLabel({ item }: { item: Item }) {
  return (
    <span className={`item rarity-${item.definition.rarity}`} title={`${item.definition.kind}, ${item.definition.rarity}${item.definition.bound ? ', bound' : ''}`}>
      {item.definition.name}
      {item.quantity > 1 && ` ×${item.quantity}`}
    </span>
  );
}

function Grid(props: { slots: number; items: Item[]; picked?: Item; onPick(item: Item): void; onPlace(slot: number): void; testId: string }) {
  const bySlot = new Map(props.items.map((i) => [i.location.slot, i]));
  return (
    <ol className="slots" data-testid={props.testId}>
      {Array.from({ length: props.slots }, (_, slot) => {
        const item = bySlot.get(slot);
        const picked = item && props.picked?.id === item.id;
        return (
          <li key={slot} className={picked ? 'slot picked' : 'slot'} data-testid={`${props.testId}-slot-${slot}`} onClick={() => (props.picked ? props.onPlace(slot) : item && props.onPick(item))}>
            {item ? <ItemLabel item={item} /> : ''}
          </li>
        );
      })}
    </ol>
  );
}
