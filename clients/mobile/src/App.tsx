// The app: the login screen until signed in, then four tabs (wallet, parcels, notifications,
// hunts) and two detail screens, switched by state (no navigation library needed for six screens).
import { NotificationAddedDocument, UnreadNotificationCountDocument } from '@worldgraph/sdk';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { createApi, type Api } from './api/client';
import { SessionProvider, useSession } from './api/context';
import { useQuery, useSubscription } from './api/hooks';
import { secureTokenStore } from './api/secure-store';
import { routerUrl } from './config';
import { CalendarScreen } from './screens/CalendarScreen';
import { CharactersScreen } from './screens/CharactersScreen';
import { ChatScreen } from './screens/ChatScreen';
import { DynastyRequestsScreen } from './screens/DynastyRequestsScreen';
import { HuntPlayScreen } from './screens/HuntPlayScreen';
import { HuntsScreen } from './screens/HuntsScreen';
import { InventoryScreen } from './screens/InventoryScreen';
import { LoginScreen } from './screens/LoginScreen';
import { NotificationsScreen } from './screens/NotificationsScreen';
import { ParcelDetailScreen } from './screens/ParcelDetailScreen';
import { ParcelsScreen } from './screens/ParcelsScreen';
import { ProgressScreen } from './screens/ProgressScreen';
import { ProfileScreen } from './screens/ProfileScreen';
import { TicketsScreen } from './screens/TicketsScreen';
import { WalletScreen } from './screens/WalletScreen';
import { Button, Loading, colors } from './ui/kit';

export type Route =
  | { name: 'wallet' }
  | { name: 'parcels' }
  | { name: 'parcel'; id: string }
  | { name: 'notifications' }
  | { name: 'hunts' }
  | { name: 'characters'; id?: string }
  | { name: 'dynasty' }
  | { name: 'level' }
  | { name: 'hunt'; huntId: string }
  | { name: 'chat' }
  | { name: 'help' }
  | { name: 'calendar' }
  | { name: 'me' };

const TABS = [
  { name: 'wallet', label: 'Wallet' },
  { name: 'parcels', label: 'Parcels' },
  { name: 'notifications', label: 'Alerts' },
  { name: 'hunts', label: 'Hunts' },
  { name: 'level', label: 'Level' },
  { name: 'characters', label: 'Heroes' },
  { name: 'dynasty', label: 'Dynasty' },
  { name: 'chat', label: 'Chat' },
  { name: 'help', label: 'Help' },
  { name: 'calendar', label: 'Events' },
  { name: 'me', label: 'Me' },
] as const;

/** The app; tests pass their own `api` (a fake network), the device build uses the router's. */
export default function App({ api }: { api?: Api }) {
  const client = useMemo(() => api ?? createApi({ url: routerUrl(), store: secureTokenStore }), [api]);
  useEffect(() => () => client.dispose(), [client]);
  return (
    <View style={{ flex: 1, paddingTop: 32, backgroundColor: colors.bg }}>
      <SessionProvider api={client}>
        <Main />
      </SessionProvider>
    </View>
  );
}

function Main() {
  const { user } = useSession();
  if (user === undefined) return <Loading />;
  if (user === null) return <LoginScreen />;
  return <SignedIn />;
}

function SignedIn() {
  const { logout } = useSession();
  const [route, setRoute] = useState<Route>({ name: 'wallet' });
  const unread = useUnreadCount();
  const tab = route.name === 'parcel' ? 'parcels' : route.name === 'hunt' ? 'hunts' : route.name;

  return (
    <View style={{ flex: 1 }}>
      <View style={{ flex: 1 }}>
        {route.name === 'wallet' && <WalletScreen />}
        {route.name === 'parcels' && <ParcelsScreen onOpen={(id) => setRoute({ name: 'parcel', id })} />}
        {route.name === 'parcel' && <ParcelDetailScreen id={route.id} onBack={() => setRoute({ name: 'parcels' })} />}
        {route.name === 'notifications' && <NotificationsScreen onUnreadCount={unread.set} />}
        {route.name === 'hunts' && <HuntsScreen onPlay={(huntId) => setRoute({ name: 'hunt', huntId })} />}
        {route.name === 'characters' && !route.id && <CharactersScreen onOpen={(id) => setRoute({ name: 'characters', id })} />}
        {route.name === 'characters' && route.id && <InventoryScreen characterId={route.id} onBack={() => setRoute({ name: 'characters' })} />}
        {route.name === 'dynasty' && <DynastyRequestsScreen />}
        {route.name === 'level' && <ProgressScreen />}
        {route.name === 'hunt' && <HuntPlayScreen huntId={route.huntId} onBack={() => setRoute({ name: 'hunts' })} />}
        {route.name === 'chat' && <ChatScreen />}
        {route.name === 'help' && <TicketsScreen />}
        {route.name === 'calendar' && <CalendarScreen />}
        {route.name === 'me' && <ProfileScreen />}
      </View>
      <View style={styles.tabs}>
        {TABS.map((t) => (
          <Pressable
            key={t.name}
            accessibilityRole="tab"
            accessibilityState={{ selected: tab === t.name }}
            onPress={() => setRoute({ name: t.name } as Route)}
            style={styles.tab}
          >
            <Text style={[styles.tabLabel, tab === t.name && styles.tabSelected]}>
              {t.label}
              {t.name === 'notifications' && unread.count > 0 ? ` (${unread.count})` : ''}
            </Text>
          </Pressable>
        ))}
        <Button kind="plain" label="Sign out" onPress={() => void logout()} />
      </View>
    </View>
  );
}

/** The unread-notification count for the tab bar, kept live. */
function useUnreadCount() {
  const { data, setData } = useQuery(UnreadNotificationCountDocument);
  useSubscription(NotificationAddedDocument, {}, ({ notificationAdded }) =>
    setData((d) => (d && !notificationAdded.read ? { unreadNotificationCount: d.unreadNotificationCount + 1 } : d)),
  );
  const set = useCallback((n: number) => setData((d) => (d?.unreadNotificationCount === n ? d : { unreadNotificationCount: n })), [setData]);
  return { count: data?.unreadNotificationCount ?? 0, set };
}

const styles = StyleSheet.create({
  tabs: { flexDirection: 'row', borderTopWidth: 1, borderTopColor: colors.line, alignItems: 'center' },
  tab: { flex: 1, paddingVertical: 12, alignItems: 'center' },
  tabLabel: { color: colors.muted, fontWeight: '600' },
  tabSelected: { color: colors.accent },
});
