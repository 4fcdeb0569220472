// Support tickets: the player's tickets with their status, a form to open one, and a ticket's
// thread with a reply box (staff answers also arrive as notifications on the Alerts tab).
import { CloseTicketDocument, MyTicketsDocument, OpenTicketDocument, ReopenTicketDocument, RespondToTicketDocument, TicketDocument } from '@worldgraph/sdk';
import { useState } from 'react';
import { FlatList, Pressable, ScrollView, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { Button, ErrorText, Field, Loading, Screen, colors, styles } from '../ui/kit';

/** A ticket's status, in words. */
export const STATUS_WORDS: Record<string, string> = {
  OPEN: 'Waiting for support',
  IN_PROGRESS: 'Support is on it',
  WAITING_ON_USER: 'Waiting for your answer',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

export function TicketsScreen() {
  const [open, setOpen] = useState<string | null>(null);
  if (open) return <TicketScreen id={open} onBack={() => setOpen(null)} />;
  return <TicketList onOpen={setOpen} />;
}

function TicketList({ onOpen }: { onOpen: (id: string) => void }) {
  const { api } = useSession();
  const { data, error, loading, reload } = useQuery(MyTicketsDocument, { first: 50 });
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = async () => {
    setProblem(null);
    try {
      const { openTicket } = await api.request(OpenTicketDocument, { input: { subject, body, category: 'OTHER' } });
      setSubject('');
      setBody('');
      await reload();
      onOpen(openTicket.id);
    } catch (e) {
      setProblem(messageOf(e));
    }
  };
  return (
    <Screen title="Help">
      <ErrorText message={error ?? problem} />
      <Field label="Subject" value={subject} onChangeText={setSubject} autoCapitalize="sentences" />
      <Field label="What happened" value={body} onChangeText={setBody} multiline autoCapitalize="sentences" />
      <Button label="Send to support" onPress={() => void send()} disabled={!subject.trim() || !body.trim()} />
      {!data && loading && <Loading />}
      {data && !data.myTickets.edges.length && <Text style={styles.rowText}>No tickets yet.</Text>}
      <FlatList
        data={data?.myTickets.edges.map((e) => e.node) ?? []}
        keyExtractor={(t) => t.id}
        onRefresh={() => void reload()}
        refreshing={loading}
        renderItem={({ item }) => (
          <Pressable accessibilityRole="button" accessibilityLabel={`Open ${item.subject}`} onPress={() => onOpen(item.id)} style={styles.row}>
            <Text style={styles.rowTitle}>{item.subject}</Text>
            <Text style={styles.rowText}>{STATUS_WORDS[item.status] ?? item.status}</Text>
          </Pressable>
        )}
      />
    </Screen>
  );
}

function TicketScreen({ id, onBack }: { id: string; onBack: () => void }) {
  const { api } = useSession();
  const { data, error, loading, reload } = useQuery(TicketDocument, { id });
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (run: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await run();
      await reload();
    } catch (e) {
      setProblem(messageOf(e));
    }
  };
  const t = data?.ticket;
  return (
    <Screen title="Ticket" right={<Button kind="plain" label="Back" onPress={onBack} />}>
      <ErrorText message={error ?? problem} />
      {!t && loading && <Loading />}
      {t && (
        <ScrollView>
          <Text style={styles.title}>{t.subject}</Text>
          <Text testID="ticket-status" style={styles.rowText}>
            {STATUS_WORDS[t.status] ?? t.status}
          </Text>
          <View style={styles.row}>
            <Text style={styles.rowTitle}>{t.author.username}</Text>
            <Text>{t.body}</Text>
          </View>
          {t.responses.map((r) => (
            <View key={r.id} style={styles.row}>
              <Text style={[styles.rowTitle, r.fromStaff && { color: colors.accent }]}>{r.fromStaff ? `${r.author.username} (support)` : r.author.username}</Text>
              <Text>{r.body}</Text>
            </View>
          ))}
          {t.status !== 'CLOSED' && (
            <>
              <Field label="Your answer" value={reply} onChangeText={setReply} multiline autoCapitalize="sentences" />
              <Button label="Send" disabled={!reply.trim()} onPress={() => void act(async () => (await api.request(RespondToTicketDocument, { ticketId: id, body: reply }), setReply('')))} />
            </>
          )}
          {t.status === 'CLOSED' || t.status === 'RESOLVED' ? (
            <Button kind="plain" label="Reopen" onPress={() => void act(() => api.request(ReopenTicketDocument, { id }))} />
          ) : (
            <Button kind="plain" label="Close ticket" onPress={() => void act(() => api.request(CloseTicketDocument, { id }))} />
          )}
        </ScrollView>
      )}
    </Screen>
  );
}
