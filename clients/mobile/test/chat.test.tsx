// The Chat tab: channels with their unread counts, a channel's messages, live ones, and sending.
import { act, fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, viewer } from './fake-network';

jest.mock('expo-image-picker', () => ({ requestMediaLibraryPermissionsAsync: jest.fn(), launchImageLibraryAsync: jest.fn() }));

const message = (id: string, body: string, username = 'bob') => ({ id, clientMessageId: `c${id}`, body, deleted: false, createdAt: '2026-11-26T10:00:00Z', editedAt: null, author: { id: `u-${username}`, username }, replyTo: null });
const channel = { id: 'ch1', kind: 'PARTY', name: 'Expedition', closed: false, myRole: 'member', unreadCount: 2, lastMessage: message('2', 'see you there') };

test('opens a channel, shows new messages live and sends one once', async () => {
  const router = new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('MyChannels', { myChannels: [channel] })
    .on('ChannelHistory', { channel: { ...channel, messages: { edges: [{ cursor: '2', node: message('2', 'see you there') }, { cursor: '1', node: message('1', 'hello') }], pageInfo: { hasNextPage: false, endCursor: '1' } } } })
    .on('SendMessage', (v) => ({ sendMessage: { ...message('4', v.input.body, 'ada'), clientMessageId: v.input.clientMessageId } }));
  const live = new FakeLiveServer();
  const { api } = fakeApi(router, live, { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Chat' }));
  expect(await screen.findByTestId('unread-ch1')).toBeTruthy();
  fireEvent.press(await screen.findByRole('button', { name: 'Open Expedition' }));
  expect(await screen.findByText('hello')).toBeTruthy();

  await act(async () => {
    live.push('MessageAdded', { messageAdded: message('3', 'running late') });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(await screen.findByText('running late')).toBeTruthy();

  fireEvent.changeText(screen.getByLabelText('Message'), 'on my way');
  fireEvent.press(screen.getByRole('button', { name: 'Send' }));
  expect(await screen.findByText('on my way')).toBeTruthy();
  expect(router.callsOf('SendMessage')).toHaveLength(1);
  expect(router.callsOf('SendMessage')[0]!.variables.input).toMatchObject({ channelId: 'ch1', body: 'on my way' });
});
