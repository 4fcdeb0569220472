// Playing one hunt: the riddles to solve next; at the spot, "I'm here" sends the device position.
import { MobileDiscoverClueDocument, MobileMyParticipationsDocument, type MobileParticipationFragment } from '@worldgraph/sdk';
import { useState } from 'react';
import { ScrollView, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { currentPosition, LocationError } from '../device/location';
import { formatMoney } from '../ui/format';
import { Button, ErrorText, Loading, Notice, Screen, styles } from '../ui/kit';

export function HuntPlayScreen({ huntId, onBack }: { huntId: string; onBack: () => void }) {
  const { api } = useSession();
  const { data, error, loading, setData } = useQuery(MobileMyParticipationsDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [playError, setPlayError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const participation = data?.myParticipations.find((p) => p.hunt.id === huntId);

  const replace = (next: MobileParticipationFragment) =>
    setData((d) => d && { myParticipations: d.myParticipations.map((p) => (p.id === next.id ? next : p)) });

  const discover = async (clueId: string) => {
    setBusy(clueId);
    setPlayError(null);
    setNotice(null);
    try {
      const position = await currentPosition();
      const { discoverClue } = await api.request(MobileDiscoverClueDocument, { huntId, clueId, position }, 'discover');
      replace(discoverClue);
      setNotice(discoverClue.finishedAt ? 'You found the treasure!' : 'Clue found! Here is what comes next.');
    } catch (e) {
      setPlayError(e instanceof LocationError ? e.message : messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Screen title={participation?.hunt.title ?? 'Hunt'} right={<Button kind="plain" label="Back" onPress={onBack} />}>
      <ErrorText message={error} />
      {!data && loading && <Loading />}
      {data && !participation && <ErrorText message="You have not joined this hunt." />}
      {participation && (
        <ScrollView>
          <Text style={styles.rowText}>
            {participation.cluesFound} clues found · reward {formatMoney(participation.hunt.reward)}
          </Text>
          <Notice message={notice} />
          <ErrorText message={playError} />
          {participation.finishedAt ? (
            <Text style={[styles.rowTitle, { marginVertical: 12 }]}>
              {participation.rewardPaid ? `You won ${formatMoney(participation.hunt.reward)}!` : 'You finished this hunt.'}
            </Text>
          ) : (
            <>
              <Text style={styles.label}>Look for</Text>
              {participation.nextClues.map((clue) => (
                <View key={clue.id} style={styles.row}>
                  <Text style={styles.rowTitle}>{clue.treasure ? `Treasure: ${clue.riddle}` : clue.riddle}</Text>
                  {clue.hint && <Text style={styles.rowText}>Hint: {clue.hint}</Text>}
                  <Button label={busy === clue.id ? 'Checking…' : "I'm here"} onPress={() => discover(clue.id)} disabled={busy !== null} />
                </View>
              ))}
            </>
          )}
          {participation.discoveries.length > 0 && <Text style={[styles.label, { marginTop: 12 }]}>Found</Text>}
          {participation.discoveries.map((d) => (
            <Text key={d.clue.id} style={styles.rowText}>
              ✓ {d.clue.riddle} ({Math.round(d.distanceMeters)} m away)
            </Text>
          ))}
        </ScrollView>
      )}
    </Screen>
  );
}
