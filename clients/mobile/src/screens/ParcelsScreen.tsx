// The signed-in user's parcels, and a way to open any parcel by its id (to buy it).
import { MyParcelsDocument } from '@worldgraph/sdk';
import { useState } from 'react';
import { FlatList, Pressable, Text, View } from 'react-native';
import { useQuery } from '../api/hooks';
import { formatMoney } from '../ui/format';
import { Button, ErrorText, Field, Loading, Screen, styles } from '../ui/kit';

export function ParcelsScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const { data, error, loading, reload } = useQuery(MyParcelsDocument, { first: 50 });
  const [id, setId] = useState('');
  const parcels = data?.myFeatures.edges.map((e) => e.node);

  return (
    <Screen title="My parcels">
      <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
        <View style={{ flex: 1, marginRight: 8 }}>
          <Field label="Parcel id" placeholder="tehran-000042" value={id} onChangeText={setId} />
        </View>
        <View style={{ marginBottom: 12 }}>
          <Button label="Open" onPress={() => onOpen(id.trim())} disabled={!id.trim()} />
        </View>
      </View>
      <ErrorText message={error} />
      {!parcels && loading && <Loading />}
      {parcels && (
        <FlatList
          data={parcels}
          keyExtractor={(p) => p.id}
          refreshing={loading}
          onRefresh={reload}
          ListEmptyComponent={<Text style={styles.rowText}>You own no parcel yet. Open one by its id to buy it.</Text>}
          renderItem={({ item }) => (
            <Pressable accessibilityRole="button" onPress={() => onOpen(item.id)} style={styles.row}>
              <Text style={styles.rowTitle}>{item.id}</Text>
              <Text style={styles.rowText}>
                {item.landUse} · {item.status.replace('_', ' ')} · {formatMoney(item.price)}
              </Text>
            </Pressable>
          )}
        />
      )}
    </Screen>
  );
}
