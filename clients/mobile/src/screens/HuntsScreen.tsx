// Hunts near the device, and the ones being played; join one to play it.
import { HuntsNearDocument, MobileJoinHuntDocument, MobileMyParticipationsDocument } from '@worldgraph/sdk';
import { useCallback, useEffect, useState } from 'react';
import { FlatList, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { currentPosition, LocationError, type Position } from '../device/location';
import { formatMoney } from '../ui/format';
import { Button, ErrorText, Loading, Screen, styles } from '../ui/kit';

/** How far around the player to look for hunts, in metres. */
export const NEAR_RADIUS_M = 10_000;

export function HuntsScreen({ onPlay }: { onPlay: (huntId: string) => void }) {
  const { api } = useSession();
  const [position, setPosition] = useState<Position | null>(null);
  const [locationError, setLocationError] = useState<string | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const playing = useQuery(MobileMyParticipationsDocument);
  const near = useQuery(
    HuntsNearDocument,
    { position: { lat: position?.lat ?? 0, lng: position?.lng ?? 0 }, radiusMeters: NEAR_RADIUS_M, first: 20 },
    { skip: !position },
  );

  const locate = useCallback(async () => {
    setLocationError(null);
    try {
      setPosition(await currentPosition());
    } catch (e) {
      setLocationError(e instanceof LocationError ? e.message : 'Could not read your position.');
    }
  }, []);
  useEffect(() => void locate(), [locate]);

  const join = async (huntId: string) => {
    setJoinError(null);
    try {
      await api.request(MobileJoinHuntDocument, { huntId }, 'join');
      onPlay(huntId);
    } catch (e) {
      setJoinError(messageOf(e));
    }
  };

  const mine = new Set(playing.data?.myParticipations.map((p) => p.hunt.id));
  const active = playing.data?.myParticipations.filter((p) => p.status === 'playing') ?? [];

  return (
    <Screen title="Hunts" right={<Button kind="plain" label="Locate me" onPress={locate} />}>
      <ErrorText message={locationError ?? joinError ?? playing.error ?? near.error} />
      {active.length > 0 && (
        <View style={{ marginBottom: 12 }}>
          <Text style={styles.label}>Playing</Text>
          {active.map((p) => (
            <View key={p.id} style={styles.row}>
              <Text style={styles.rowTitle}>{p.hunt.title}</Text>
              <Text style={styles.rowText}>{p.cluesFound} clues found</Text>
              <Button kind="plain" label={`Continue ${p.hunt.title}`} onPress={() => onPlay(p.hunt.id)} />
            </View>
          ))}
        </View>
      )}
      <Text style={styles.label}>{position ? `Near you (${NEAR_RADIUS_M / 1000} km)` : 'Near you'}</Text>
      {position && !near.data && near.loading && <Loading />}
      {near.data && (
        <FlatList
          data={near.data.huntsNear}
          keyExtractor={(h) => h.id}
          refreshing={near.loading}
          onRefresh={near.reload}
          ListEmptyComponent={<Text style={styles.rowText}>No hunt around here right now.</Text>}
          renderItem={({ item }) => (
            <View style={styles.row}>
              <Text style={styles.rowTitle}>{item.title}</Text>
              <Text style={styles.rowText}>
                Reward {formatMoney(item.reward)} · {item.participantCount} playing
              </Text>
              {mine.has(item.id) ? (
                <Button kind="plain" label={`Play ${item.title}`} onPress={() => onPlay(item.id)} />
              ) : (
                <Button label={`Join ${item.title}`} onPress={() => join(item.id)} />
              )}
            </View>
          )}
        />
      )}
    </Screen>
  );
}
