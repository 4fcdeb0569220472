// The Events tab: upcoming occurrences with place and counts; going and liking update every
// occurrence of the event; a refusal in words. The network is faked.
import { fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-image-picker', () => ({ requestMediaLibraryPermissionsAsync: jest.fn(), launchImageLibraryAsync: jest.fn() }));

const event = (interactions: string[] = [], going = 3) => ({
  id: 'e1',
  title: 'Picnic',
  timeZone: 'Europe/Berlin',
  status: 'PUBLISHED',
  goingCount: going,
  interestedCount: 1,
  likeCount: 0,
  viewerInteractions: interactions,
  location: { name: 'Central park' },
});

function router() {
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 });
}

test('lists upcoming occurrences and marks the player going', async () => {
  const r = router()
    .on('Calendar', {
      calendar: [
        { startsAt: '2026-12-01T11:00:00Z', endsAt: '2026-12-01T13:00:00Z', event: event() },
        { startsAt: '2026-12-08T11:00:00Z', endsAt: '2026-12-08T13:00:00Z', event: event() },
      ],
    })
    .on('SetEventInteraction', (v) => ({ setEventInteraction: { ...event([v.kind], 4), description: '', startsAt: '2026-12-01T11:00:00Z', endsAt: '2026-12-01T13:00:00Z', recurrence: null, location: { name: 'Central park', latitude: 1, longitude: 2 } } }));
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Events' }));
  expect(await screen.findAllByText('Picnic')).toHaveLength(2);
  expect(screen.getAllByText('3 going · 1 interested · 0 likes')).toHaveLength(2);
  const { from, to } = r.callsOf('Calendar')[0]!.variables;
  expect(new Date(to).getTime() - new Date(from).getTime()).toBe(60 * 86_400_000);

  fireEvent.press(screen.getAllByRole('button', { name: 'Going' })[0]!);
  expect(await screen.findAllByText('4 going · 1 interested · 0 likes')).toHaveLength(2);
  expect(screen.getAllByRole('button', { name: '✓ Going' })).toHaveLength(2);
  expect(r.callsOf('SetEventInteraction')[0]!.variables).toEqual({ eventId: 'e1', kind: 'GOING', active: true });
});

test('a refused interaction is told in words', async () => {
  const r = router()
    .on('Calendar', { calendar: [{ startsAt: '2026-12-01T11:00:00Z', endsAt: '2026-12-01T13:00:00Z', event: event() }] })
    .on('SetEventInteraction', gqlError('NOT_FOUND', {}, 'Event not found'));
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Events' }));
  fireEvent.press((await screen.findAllByRole('button', { name: 'Like' }))[0]!);
  expect(await screen.findByText('Not found. It may have been removed.')).toBeTruthy();
});
