// Notifications: the list with its unread count, tap to mark one read, mark all; new ones live.
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from '@worldgraph/sdk';
import { useEffect, useState } from 'react';
import { FlatList, Pressable, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery, useSubscription } from '../api/hooks';
import { formatDate } from '../ui/format';
import { Button, ErrorText, Loading, Screen, colors, styles } from '../ui/kit';

type List = NotificationsQuery['notifications'];
type Item = List['edges'][number]['node'];

function markRead(list: List, id: string | null): List {
  let changed = 0;
  const edges = list.edges.map((e) => {
    if ((id === null || e.node.id === id) && !e.node.read) {
      changed++;
      return { node: { ...e.node, read: true } };
    }
    return e;
  });
  return { ...list, edges, unreadCount: id === null ? 0 : Math.max(0, list.unreadCount - changed) };
}

/** The list with a live notification first (once), its unread count raised. */
export function addNotification(list: List, item: Item): List {
  if (list.edges.some((e) => e.node.id === item.id)) return list;
  return { ...list, edges: [{ node: item }, ...list.edges], unreadCount: list.unreadCount + (item.read ? 0 : 1) };
}

export function NotificationsScreen({ onUnreadCount }: { onUnreadCount?: (n: number) => void }) {
  const { api } = useSession();
  const { data, error, loading, reload, setData } = useQuery(NotificationsDocument, { first: 50 });
  const [actionError, setActionError] = useState<string | null>(null);
  const update = (change: (list: List) => List) =>
    setData((d) => d && { notifications: change(d.notifications) });
  useSubscription(NotificationAddedDocument, {}, ({ notificationAdded }) => update((list) => addNotification(list, notificationAdded)));

  const read = async (id: string | null) => {
    setActionError(null);
    try {
      if (id) await api.request(MarkNotificationReadDocument, { id });
      else await api.request(MarkAllNotificationsReadDocument);
      update((list) => markRead(list, id));
    } catch (e) {
      setActionError(messageOf(e));
    }
  };
  const list = data?.notifications;
  const unread = list?.unreadCount;
  useEffect(() => {
    if (unread !== undefined) onUnreadCount?.(unread);
  }, [unread, onUnreadCount]);

  return (
    <Screen title="Notifications" right={list && list.unreadCount > 0 ? <Button kind="plain" label="Mark all read" onPress={() => read(null)} /> : undefined}>
      <ErrorText message={error ?? actionError} />
      {!list && loading && <Loading />}
      {list && (
        <>
          <Text style={styles.label} testID="unread-count">
            {list.unreadCount === 0 ? 'All read' : `${list.unreadCount} unread`}
          </Text>
          <FlatList
            data={list.edges.map((e) => e.node)}
            keyExtractor={(n) => n.id}
            refreshing={loading}
            onRefresh={reload}
            ListEmptyComponent={<Text style={styles.rowText}>Nothing yet.</Text>}
            renderItem={({ item }) => (
              <Pressable
                accessibilityRole="button"
                accessibilityLabel={`${item.title}${item.read ? '' : ', unread'}`}
                onPress={() => !item.read && read(item.id)}
                style={styles.row}
              >
                <View style={{ flexDirection: 'row', alignItems: 'center' }}>
                  {!item.read && <View style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: colors.accent, marginRight: 8 }} />}
                  <Text style={styles.rowTitle}>{item.title}</Text>
                </View>
                <Text style={styles.rowText}>{item.body}</Text>
                <Text style={styles.rowText}>{formatDate(item.createdAt)}</Text>
              </Pressable>
            )}
          />
        </>
      )}
    </Screen>
  );
}
