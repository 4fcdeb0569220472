// One character's bags, equipment and the account's bank; equip from the bags, unequip to them.
import { CharacterChangedDocument, CharacterInventoryDocument, EquipItemDocument, UnequipItemDocument, type EquipSlot, type InventoryItemFragment } from '@worldgraph/sdk';
import { useState } from 'react';
import { ScrollView, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery, useSubscription } from '../api/hooks';
import { Button, ErrorText, Loading, Screen, styles } from '../ui/kit';

const label = (i: InventoryItemFragment) => `${i.definition.name}${i.quantity > 1 ? ` ×${i.quantity}` : ''}`;

export function InventoryScreen({ characterId, onBack }: { characterId: string; onBack: () => void }) {
  const { api } = useSession();
  const { data, error, loading, reload } = useQuery(CharacterInventoryDocument, { id: characterId });
  const [failure, setFailure] = useState<string | null>(null);
  useSubscription(CharacterChangedDocument, {}, ({ characterChanged }) => characterChanged.characterId === characterId && void reload());
  const run = (p: Promise<unknown>) =>
    p.then(
      () => (setFailure(null), reload()),
      (e) => setFailure(messageOf(e)),
    );
  const character = data?.character;
  const inv = character?.inventory;
  return (
    <Screen title={character ? `${character.name}` : 'Inventory'} right={<Button kind="plain" label="Back" onPress={onBack} />}>
      <ErrorText message={error ?? failure} />
      {!data && loading && <Loading />}
      {inv && (
        <ScrollView>
          <Text style={styles.label}>Equipment</Text>
          {inv.equipment
            .filter((e) => e.item)
            .map((e) => (
              <View key={e.slot} style={styles.row}>
                <Text style={styles.rowTitle}>
                  {e.slot.replace('_', ' ')}: {label(e.item!)}
                </Text>
                <Button kind="plain" label={`Unequip ${e.item!.definition.name}`} onPress={() => void run(api.request(UnequipItemDocument, { characterId, slot: e.slot as EquipSlot }))} />
              </View>
            ))}
          {inv.equipment.every((e) => !e.item) && <Text style={styles.rowText}>Nothing worn.</Text>}
          {inv.bags.map((bag) => (
            <View key={bag.index}>
              <Text style={styles.label}>
                Bag {bag.index + 1} · {bag.freeSlots} of {bag.slots} free
              </Text>
              {bag.items.map((i) => (
                <View key={i.id} style={styles.row}>
                  <Text style={styles.rowTitle}>{label(i)}</Text>
                  <Text style={styles.rowText}>
                    {i.definition.rarity} {i.definition.kind}
                    {i.definition.bound ? ' · bound' : ''}
                  </Text>
                  {i.definition.equipSlot && <Button kind="plain" label={`Equip ${i.definition.name}`} onPress={() => void run(api.request(EquipItemDocument, { characterId, itemId: i.id }))} />}
                </View>
              ))}
            </View>
          ))}
          <Text style={styles.label}>
            Bank · {inv.bank.freeSlots} of {inv.bank.slots} free
          </Text>
          {inv.bank.items.map((i) => (
            <Text key={i.id} style={styles.rowText}>
              {label(i)}
            </Text>
          ))}
        </ScrollView>
      )}
    </Screen>
  );
}
