// The account's characters (VoxelHeim): which one plays next, and a tap to its inventory. Game
// servers and trades change them; the list follows live (characterChanged).
import { CharacterChangedDocument, MyCharactersDocument, SelectCharacterDocument } from '@worldgraph/sdk';
import { useState } from 'react';
import { FlatList, Pressable, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery, useSubscription } from '../api/hooks';
import { Button, ErrorText, Loading, Screen, styles } from '../ui/kit';

export function CharactersScreen({ onOpen }: { onOpen: (characterId: string) => void }) {
  const { api } = useSession();
  const { data, error, loading, reload } = useQuery(MyCharactersDocument);
  const [failure, setFailure] = useState<string | null>(null);
  useSubscription(CharacterChangedDocument, {}, () => void reload());
  const select = (id: string) =>
    api.request(SelectCharacterDocument, { id }).then(
      () => reload(),
      (e) => setFailure(messageOf(e)),
    );
  const characters = data?.myCharacters ?? [];
  return (
    <Screen title="Characters">
      <ErrorText message={error ?? failure} />
      {!data && loading && <Loading />}
      <FlatList
        data={characters}
        keyExtractor={(c) => c.id}
        refreshing={loading}
        onRefresh={reload}
        ListEmptyComponent={data ? <Text style={styles.rowText}>No characters yet: create one on the web portal.</Text> : null}
        renderItem={({ item: c }) => (
          <View style={styles.row}>
            <Pressable accessibilityRole="button" accessibilityLabel={`Open ${c.name}`} onPress={() => onOpen(c.id)}>
              <Text style={styles.rowTitle}>
                {c.name}
                {c.active ? ' · active' : ''}
                {c.status !== 'active' ? ` · ${c.status}` : ''}
              </Text>
              <Text style={styles.rowText}>
                Level {c.level} {c.race.name} {c.class.name} · {c.realm.name} · {c.zone.name}
              </Text>
            </Pressable>
            {!c.active && c.status === 'active' && (
              <View style={{ alignSelf: 'flex-start' }}>
                <Button kind="plain" label={`Play ${c.name}`} onPress={() => void select(c.id)} />
              </View>
            )}
          </View>
        )}
      />
    </Screen>
  );
}
