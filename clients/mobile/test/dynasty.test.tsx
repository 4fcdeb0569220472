// The dynasty requests screen through the whole app, on a fake router and live server.
import { act, fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));

const request = (id: string, over: Record<string, unknown> = {}) => ({
  id, kind: 'join', status: 'pending', canAnswer: true, message: null, relation: null, expiresAt: '2026-12-01T00:00:00Z', createdAt: '2026-11-26T10:00:00Z', answeredAt: null,
  dynasty: { id: 'd1', name: 'House Ada' }, sender: { id: 'u2', username: 'bob' }, user: { id: 'u2', username: 'bob' }, relative: null, ...over,
});

function router(received: object[], sent: object[]) {
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('JoinRequests', () => ({ joinRequestsReceived: received, joinRequestsSent: sent }));
}

async function open(r: FakeRouter) {
  const live = new FakeLiveServer();
  const { api } = fakeApi(r, live, { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Dynasty' }));
  return live;
}

test('dynasty requests: answer a join request, cancel a sent one; refusals in words', async () => {
  const received = [request('r1'), request('r2', { kind: 'invite', sender: { id: 'u3', username: 'cleo' }, user: { id: 'u1', username: 'ada' }, dynasty: { id: 'd2', name: 'House Cleo' } })];
  const sent = [request('r3', { canAnswer: false, user: { id: 'u1', username: 'ada' }, sender: { id: 'u1', username: 'ada' }, dynasty: { id: 'd3', name: 'House Dan' } })];
  const r = router(received, sent)
    .on('AcceptJoinRequest', (v) => {
      received[0] = { ...received[0]!, status: 'accepted', canAnswer: false };
      return { acceptJoinRequest: { ...received[0], id: v.id } };
    })
    .on('RejectJoinRequest', () => gqlError('CONFLICT', { reason: 'DYNASTY_FULL' }))
    .on('CancelJoinRequest', (v) => {
      sent[0] = { ...sent[0]!, status: 'cancelled' };
      return { cancelJoinRequest: { ...sent[0], id: v.id } };
    });
  await open(r);
  expect(await screen.findByText('bob asks to join House Ada')).toBeTruthy();
  expect(screen.getByText('cleo invites ada to House Cleo')).toBeTruthy();
  expect(screen.getByText('ada asks to join House Dan')).toBeTruthy();

  fireEvent.press(screen.getAllByRole('button', { name: 'Accept' })[0]!);
  expect(await screen.findByText('Accepted.')).toBeTruthy();
  expect(r.callsOf('AcceptJoinRequest')[0]!.variables).toEqual({ id: 'r1' });
  expect(await screen.findByLabelText('bob asks to join House Ada, accepted')).toBeTruthy();

  fireEvent.press(screen.getByRole('button', { name: 'Reject' }));
  expect(await screen.findByText('This dynasty is full.')).toBeTruthy();

  fireEvent.press(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByLabelText('ada asks to join House Dan, cancelled')).toBeTruthy();
}, 60_000);

test('a dynasty notification refreshes the lists live', async () => {
  const received: object[] = [];
  const r = router(received, []);
  const live = await open(r);
  expect(await screen.findByText('Nothing to answer.')).toBeTruthy();
  received.push(request('r9'));
  await act(async () => {
    live.push('NotificationAdded', { notificationAdded: { id: 'n1', kind: 'dynasty_request_received', title: 'Someone asks to join your dynasty', body: '', read: false, readAt: null, createdAt: '2026-11-26T10:00:00Z' } });
    await new Promise((res) => setTimeout(res, 20));
  });
  expect(await screen.findByText('bob asks to join House Ada')).toBeTruthy();
});
