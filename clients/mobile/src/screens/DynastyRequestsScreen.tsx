// Dynasty requests: invitations and join requests the player may answer (accept, reject), and the
// ones they sent (cancel), each with its status; refreshed when a notification arrives.
import {
  AcceptJoinRequestDocument,
  CancelJoinRequestDocument,
  JoinRequestsDocument,
  NotificationAddedDocument,
  RejectJoinRequestDocument,
  type JoinRequestFieldsFragment,
} from '@worldgraph/sdk';
import { useState } from 'react';
import { ScrollView, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery, useSubscription } from '../api/hooks';
import { Button, ErrorText, Loading, Notice, Screen, styles } from '../ui/kit';

/** What a request says, in words. */
export function describeRequest(r: JoinRequestFieldsFragment): string {
  const who = r.kind === 'invite' ? `${r.sender.username} invites ${r.user.username} to ${r.dynasty.name}` : `${r.user.username} asks to join ${r.dynasty.name}`;
  return `${who}${r.relative ? ` as ${r.relation} of ${r.relative.username}` : ''}`;
}

export function DynastyRequestsScreen() {
  const { api } = useSession();
  const { data, error, loading, reload } = useQuery(JoinRequestsDocument, { first: 50 });
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Requests and answers arrive as notifications: a new one refreshes the lists.
  useSubscription(NotificationAddedDocument, {}, ({ notificationAdded }) => {
    if (notificationAdded.kind.startsWith('dynasty_')) void reload();
  });

  const answer = async (label: string, run: () => Promise<unknown>) => {
    setActionError(null);
    setNotice(null);
    try {
      await run();
      setNotice(label);
      await reload();
    } catch (e) {
      setActionError(messageOf(e));
    }
  };

  const row = (r: JoinRequestFieldsFragment, actions: React.ReactNode) => (
    <View key={r.id} style={styles.row} accessibilityLabel={`${describeRequest(r)}, ${r.status}`}>
      <Text style={styles.rowTitle}>{describeRequest(r)}</Text>
      {r.message ? <Text style={styles.rowText}>“{r.message}”</Text> : null}
      <Text style={styles.rowText}>{r.status}</Text>
      {actions}
    </View>
  );

  return (
    <Screen title="Dynasty requests">
      <ErrorText message={error ?? actionError} />
      <Notice message={notice} />
      {!data && loading && <Loading />}
      {data && (
        <ScrollView>
          <Text style={styles.label}>To answer</Text>
          {!data.joinRequestsReceived.length && <Text style={styles.rowText}>Nothing to answer.</Text>}
          {data.joinRequestsReceived.map((r) =>
            row(
              r,
              r.canAnswer && (
                <View style={{ flexDirection: 'row', gap: 8 }}>
                  <Button label="Accept" onPress={() => answer('Accepted.', () => api.request(AcceptJoinRequestDocument, { id: r.id }))} />
                  <Button kind="plain" label="Reject" onPress={() => answer('Rejected.', () => api.request(RejectJoinRequestDocument, { id: r.id }))} />
                </View>
              ),
            ),
          )}
          <Text style={styles.label}>Sent</Text>
          {!data.joinRequestsSent.length && <Text style={styles.rowText}>Nothing sent.</Text>}
          {data.joinRequestsSent.map((r) =>
            row(r, r.status === 'pending' && <Button kind="plain" label="Cancel" onPress={() => answer('Request withdrawn.', () => api.request(CancelJoinRequestDocument, { id: r.id }))} />),
          )}
        </ScrollView>
      )}
    </Screen>
  );
}
