// The calendar: upcoming occurrences of published events (the next 60 days, in the device's time
// zone), each with its place and counts, and the player's interactions (interested, going, like).
import { CalendarDocument, SetEventInteractionDocument, type CalendarQuery, type EventInteractionKind } from '@worldgraph/sdk';
import { useState } from 'react';
import { FlatList, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { Button, ErrorText, Loading, Screen, styles } from '../ui/kit';

const DAY = 86_400_000;
const KINDS: [EventInteractionKind, string][] = [
  ['INTERESTED', 'Interested'],
  ['GOING', 'Going'],
  ['LIKE', 'Like'],
];
type Occurrence = CalendarQuery['calendar'][number];

/** The start of today (device time) and 60 days on: fixed while the screen is mounted. */
function upcomingRange() {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return { from: today.toISOString(), to: new Date(today.getTime() + 60 * DAY).toISOString() };
}

export function CalendarScreen() {
  const { api } = useSession();
  const [range] = useState(upcomingRange);
  const { data, error, loading, reload, setData } = useQuery(CalendarDocument, range);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async (o: Occurrence, kind: EventInteractionKind) => {
    setProblem(null);
    try {
      const { setEventInteraction: e } = await api.request(SetEventInteractionDocument, { eventId: o.event.id, kind, active: !o.event.viewerInteractions.includes(kind) });
      // Every occurrence of the event shows the new counts and interactions.
      setData((d) => d && { calendar: d.calendar.map((x) => (x.event.id === e.id ? { ...x, event: { ...x.event, goingCount: e.goingCount, interestedCount: e.interestedCount, likeCount: e.likeCount, viewerInteractions: e.viewerInteractions } } : x)) });
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  return (
    <Screen title="Calendar">
      <ErrorText message={error ?? problem} />
      {!data && loading && <Loading />}
      {data && !data.calendar.length && <Text style={styles.rowText}>Nothing planned in the next 60 days.</Text>}
      <FlatList
        data={data?.calendar ?? []}
        keyExtractor={(o) => `${o.event.id}@${o.startsAt}`}
        onRefresh={() => void reload()}
        refreshing={loading}
        renderItem={({ item }) => (
          <View style={styles.row} testID={`occurrence-${item.event.id}`}>
            <Text style={styles.rowTitle}>{item.event.title}</Text>
            <Text style={styles.rowText}>
              {new Date(item.startsAt).toLocaleString()}
              {item.event.location?.name ? ` · ${item.event.location.name}` : ''}
            </Text>
            <Text style={styles.rowText} testID={`counts-${item.event.id}`}>
              {`${item.event.goingCount} going · ${item.event.interestedCount} interested · ${item.event.likeCount} likes`}
            </Text>
            <View style={{ flexDirection: 'row', gap: 8 }}>
              {KINDS.map(([kind, label]) => (
                <Button key={kind} kind={item.event.viewerInteractions.includes(kind) ? 'primary' : 'plain'} label={item.event.viewerInteractions.includes(kind) ? `✓ ${label}` : label} onPress={() => void toggle(item, kind)} />
              ))}
            </View>
          </View>
        )}
      />
    </Screen>
  );
}
