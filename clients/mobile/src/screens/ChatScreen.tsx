// Chat: the player's channels with unread counts, and one channel's messages, live; a mention
// reaches the player as a notification (Alerts tab), like any other.
import { ChannelHistoryDocument, MessageAddedDocument, MyChannelsDocument, SendMessageDocument, type ChatMessageFragment } from '@worldgraph/sdk';
import { useRef, useState } from 'react';
import { FlatList, Pressable, Text, TextInput, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery, useSubscription } from '../api/hooks';
import { Button, ErrorText, Loading, Screen, colors, styles } from '../ui/kit';

/** Messages newest first, each once. */
export const addMessage = (list: ChatMessageFragment[], m: ChatMessageFragment) => (list.some((x) => x.id === m.id) ? list : [m, ...list]);

export function ChatScreen() {
  const [open, setOpen] = useState<{ id: string; name: string } | null>(null);
  if (open) return <ChannelScreen channel={open} onBack={() => setOpen(null)} />;
  return <ChannelList onOpen={setOpen} />;
}

function ChannelList({ onOpen }: { onOpen: (c: { id: string; name: string }) => void }) {
  const { data, error, loading, reload } = useQuery(MyChannelsDocument);
  return (
    <Screen title="Chat">
      <ErrorText message={error} />
      {!data && loading && <Loading />}
      <FlatList
        data={data?.myChannels ?? []}
        keyExtractor={(c) => c.id}
        onRefresh={() => void reload()}
        refreshing={loading}
        renderItem={({ item }) => (
          <Pressable accessibilityRole="button" accessibilityLabel={`Open ${item.name}`} onPress={() => onOpen(item)} style={{ paddingVertical: 10, borderBottomWidth: 1, borderColor: colors.line, flexDirection: 'row', justifyContent: 'space-between' }}>
            <View>
              <Text style={styles.rowText}>{item.name}</Text>
              <Text style={{ color: colors.muted }} numberOfLines={1}>
                {item.lastMessage ? `${item.lastMessage.author.username}: ${item.lastMessage.body ?? 'message deleted'}` : 'No messages yet'}
              </Text>
            </View>
            {item.unreadCount > 0 && <Text testID={`unread-${item.id}`} style={{ color: colors.accent, fontWeight: '700' }}>{item.unreadCount}</Text>}
          </Pressable>
        )}
      />
    </Screen>
  );
}

function ChannelScreen({ channel, onBack }: { channel: { id: string; name: string }; onBack: () => void }) {
  const { api } = useSession();
  const { data, error, loading, setData } = useQuery(ChannelHistoryDocument, { channelId: channel.id, first: 50 });
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const clientId = useRef<{ text: string; id: string } | null>(null);
  const messages = data?.channel?.messages.edges.map((e) => e.node) ?? [];
  const add = (m: ChatMessageFragment) =>
    setData((d) => (!d?.channel ? d : { channel: { ...d.channel, messages: { ...d.channel.messages, edges: addMessage(d.channel.messages.edges.map((e) => e.node), m).map((node) => ({ cursor: node.id, node })) } } }));
  useSubscription(MessageAddedDocument, { channelId: channel.id }, ({ messageAdded }) => add(messageAdded));

  const send = async () => {
    const body = text.trim();
    if (!body) return;
    // The same id for a retry of the same text: the server posts it once.
    if (clientId.current?.text !== body) clientId.current = { text: body, id: `${Date.now()}-${Math.random().toString(36).slice(2)}` };
    setProblem(null);
    try {
      const { sendMessage } = await api.request(SendMessageDocument, { input: { channelId: channel.id, clientMessageId: clientId.current.id, body } });
      add(sendMessage);
      setText('');
      clientId.current = null;
    } catch (e) {
      setProblem(messageOf(e));
    }
  };

  return (
    <Screen title={channel.name} right={<Button kind="plain" label="Back" onPress={onBack} />}>
      <ErrorText message={error ?? problem} />
      {!data && loading && <Loading />}
      <FlatList
        inverted
        data={messages}
        keyExtractor={(m) => m.id}
        renderItem={({ item }) => (
          <View style={{ flexDirection: 'row', paddingVertical: 4 }}>
            <Text style={[styles.rowText, { fontWeight: '700', marginRight: 6 }]}>{item.author.username}</Text>
            <Text style={[styles.rowText, { flexShrink: 1 }, item.deleted && { color: colors.muted }]}>{item.deleted ? 'message deleted' : item.body}</Text>
          </View>
        )}
      />
      <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: 8 }}>
        <TextInput accessibilityLabel="Message" value={text} onChangeText={setText} style={[styles.input, { flex: 1, marginRight: 8 }]} placeholder="Write a message" maxLength={2000} />
        <Button label="Send" onPress={() => void send()} disabled={!text.trim()} />
      </View>
    </Screen>
  );
}
