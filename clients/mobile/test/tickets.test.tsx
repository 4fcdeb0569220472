// The Help tab: the player's tickets, opening one, its thread with staff answers, replying and
// closing; a refusal in words. The network is faked.
import { fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-image-picker', () => ({ requestMediaLibraryPermissionsAsync: jest.fn(), launchImageLibraryAsync: jest.fn() }));

const at = '2026-11-26T10:00:00Z';
const summary = (id: string, subject: string, status = 'OPEN') => ({ id, subject, category: 'OTHER', status, priority: 'NORMAL', createdAt: at, updatedAt: at });
const thread = (status: string, responses: { id: string; body: string; fromStaff: boolean; username: string }[]) => ({
  ticket: {
    ...summary('t1', 'Lost my parcel', status),
    body: 'It is gone',
    author: { id: 'u1', username: 'ada' },
    assignee: null,
    about: null,
    attachments: [],
    closedAt: null,
    firstRespondedAt: null,
    responses: responses.map((r) => ({ id: r.id, body: r.body, fromStaff: r.fromStaff, createdAt: at, author: { id: `u-${r.username}`, username: r.username } })),
  },
});

function router() {
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 });
}

test('opens a ticket, reads the staff answer, replies and closes it', async () => {
  let status = 'WAITING_ON_USER';
  const responses = [{ id: 'r1', body: 'Which parcel?', fromStaff: true, username: 'sam' }];
  const r = router()
    .on('MyTickets', { myTickets: { edges: [{ cursor: 'c2', node: summary('t0', 'Old question', 'CLOSED') }], pageInfo: { hasNextPage: false, endCursor: 'c2' } } })
    .on('OpenTicket', (v) => ({ openTicket: { ...thread('OPEN', []).ticket, subject: v.input.subject } }))
    .on('Ticket', () => thread(status, responses))
    .on('RespondToTicket', (v) => (responses.push({ id: 'r2', body: v.body, fromStaff: false, username: 'ada' }), (status = 'OPEN'), { respondToTicket: { id: 'r2', body: v.body, fromStaff: false, createdAt: at } }))
    .on('CloseTicket', () => ((status = 'CLOSED'), { closeTicket: { ...summary('t1', 'Lost my parcel', 'CLOSED'), closedAt: at } }));
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Help' }));
  expect(await screen.findByText('Old question')).toBeTruthy();
  expect(screen.getByText('Closed')).toBeTruthy();

  fireEvent.changeText(screen.getByLabelText('Subject'), 'Lost my parcel');
  fireEvent.changeText(screen.getByLabelText('What happened'), 'It is gone');
  fireEvent.press(screen.getByRole('button', { name: 'Send to support' }));
  expect(await screen.findByText('Which parcel?')).toBeTruthy();
  expect(screen.getByText('sam (support)')).toBeTruthy();
  expect(screen.getByTestId('ticket-status').props.children).toBe('Waiting for your answer');
  expect(r.callsOf('OpenTicket')[0]!.variables.input).toEqual({ subject: 'Lost my parcel', body: 'It is gone', category: 'OTHER' });

  fireEvent.changeText(screen.getByLabelText('Your answer'), 'Parcel 12');
  fireEvent.press(screen.getByRole('button', { name: 'Send' }));
  expect(await screen.findByText('Parcel 12')).toBeTruthy();
  expect(r.callsOf('RespondToTicket')[0]!.variables).toEqual({ ticketId: 't1', body: 'Parcel 12' });

  fireEvent.press(screen.getByRole('button', { name: 'Close ticket' }));
  expect(await screen.findByRole('button', { name: 'Reopen' })).toBeTruthy();
  expect(screen.getByTestId('ticket-status').props.children).toBe('Closed');
});

test("someone else's ticket is refused in words", async () => {
  const r = router()
    .on('MyTickets', { myTickets: { edges: [{ cursor: 'c1', node: summary('t9', 'Not mine') }], pageInfo: { hasNextPage: false, endCursor: 'c1' } } })
    .on('Ticket', gqlError('NOT_FOUND', {}, 'Ticket not found'));
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Help' }));
  fireEvent.press(await screen.findByRole('button', { name: 'Open Not mine' }));
  expect(await screen.findByText('Not found. It may have been removed.')).toBeTruthy();
  expect(r.callsOf('Ticket')).toHaveLength(1);
});
