// The screens through the whole app, on a fake router and a fake live server: what a player
// sees and what the app sends. Only expo-location (the device) and the network are faked.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import * as Location from 'expo-location';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-location', () => ({
  Accuracy: { High: 4 },
  requestForegroundPermissionsAsync: jest.fn(),
  getCurrentPositionAsync: jest.fn(),
}));
const location = Location as jest.Mocked<typeof Location>;

const me = { me: { ...viewer, wallet: { balances: [] } } };
const auth = (accessToken: string) => ({ accessToken, refreshToken: 'r', accessTokenExpiresAt: '', refreshTokenExpiresAt: '', user: viewer });
const wallet = {
  myWallet: {
    balances: [{ asset: 'PSC', amount: '150.0000000000' }],
    transactions: {
      edges: [{ node: { id: 't1', kind: 'admin_credit', asset: 'PSC', amount: '150.0000000000', balanceAfter: '150.0000000000', memo: null, reference: null, createdAt: '2026-11-23T10:00:00Z', counterparty: null } }],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};
const parcel = (over: Record<string, unknown> = {}) => ({
  id: 'tehran-000042', landUse: 'residential', status: 'available', colour: '#ccc', areaM2: 812.4,
  centroid: { lat: 35.69, lng: 51.39 }, price: { asset: 'PSC', amount: '100.0000000000' }, owner: null, ...over,
});
const note = (id: string, read = false) => ({ id, kind: 'parcel_sold', title: `Sold ${id}`, body: 'Your parcel was bought.', read, readAt: null, createdAt: '2026-11-23T11:00:00Z' });

/** A router answering the queries every signed-in screen makes. */
function signedInRouter() {
  return new FakeRouter()
    .on('Me', me)
    .on('MyWallet', wallet)
    .on('UnreadNotificationCount', { unreadNotificationCount: 2 })
    .on('MyParcels', { myFeatures: { edges: [{ node: parcel({ id: 'tehran-000007', status: 'sold', owner: { id: 'u1', username: 'ada' } }) }], pageInfo: { hasNextPage: false, endCursor: null } } })
    .on('Notifications', { notifications: { unreadCount: 2, edges: [{ node: note('n1') }, { node: note('n2') }], pageInfo: { hasNextPage: false, endCursor: null } } })
    .on('MobileMyParticipations', { myParticipations: [] });
}

function renderApp(router: FakeRouter, signedIn = true) {
  const live = new FakeLiveServer();
  const { api } = fakeApi(router, live, signedIn ? { accessToken: 'a', refreshToken: 'r' } : null);
  render(<App api={api} />);
  return { live, api };
}

afterEach(() => jest.clearAllMocks());

/** Sends a live event and lets the screens take it in. */
async function push(live: FakeLiveServer, operation: string, data: unknown) {
  await act(async () => {
    live.push(operation, data);
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('login', () => {
  test('a wrong password says so; the right one opens the wallet', async () => {
    const router = signedInRouter().on('Login', (v) => (v.input.password === 'correct-horse-1' ? { login: auth('a') } : gqlError('UNAUTHENTICATED', {}, 'Wrong login or password')));
    renderApp(router, false);
    fireEvent.changeText(await screen.findByLabelText('Username or email'), 'ada');
    fireEvent.changeText(screen.getByLabelText('Password'), 'nope-nope-1');
    fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong username or password.')).toBeTruthy();

    fireEvent.changeText(screen.getByLabelText('Password'), 'correct-horse-1');
    fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('header', { name: 'Wallet' })).toBeTruthy();
    expect(router.callsOf('Login').at(-1)!.variables).toEqual({ input: { login: 'ada', password: 'correct-horse-1' } });
    expect(await screen.findByText('150')).toBeTruthy();
    expect(await screen.findByRole('tab', { name: 'Alerts (2)' })).toBeTruthy();
  });

  test('registering a taken username says so', async () => {
    const router = signedInRouter().on('Register', gqlError('CONFLICT', { field: 'username' }, 'This username is taken'));
    renderApp(router, false);
    fireEvent.press(await screen.findByRole('button', { name: 'New here? Create an account' }));
    fireEvent.changeText(screen.getByLabelText('Username'), 'ada');
    fireEvent.changeText(screen.getByLabelText('Email'), 'ada@example.com');
    fireEvent.changeText(screen.getByLabelText('Password'), 'correct-horse-1');
    fireEvent.press(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('That username or email is already taken.')).toBeTruthy();
    expect(router.callsOf('Register')[0]!.variables.input).toEqual({ username: 'ada', email: 'ada@example.com', password: 'correct-horse-1' });
  });
});

describe('session', () => {
  test('a saved session whose refresh is refused opens the login screen and forgets the tokens', async () => {
    const router = signedInRouter().on('Me', gqlError('UNAUTHENTICATED')).on('Refresh', gqlError('UNAUTHENTICATED', {}, 'Session has ended; sign in again'));
    const live = new FakeLiveServer();
    const { api, store } = fakeApi(router, live, { accessToken: 'old', refreshToken: 'r' });
    render(<App api={api} />);
    expect(await screen.findByRole('header', { name: 'Sign in' })).toBeTruthy();
    expect(router.callsOf('Refresh')).toHaveLength(1);
    await expect(store.load()).resolves.toBeNull();
  });

  test('signing out ends the session on the server and returns to the login screen', async () => {
    const router = signedInRouter().on('Logout', { logout: true });
    const live = new FakeLiveServer();
    const { api, store } = fakeApi(router, live);
    render(<App api={api} />);
    fireEvent.press(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('header', { name: 'Sign in' })).toBeTruthy();
    expect(router.callsOf('Logout')[0]!.authorization).toBe('Bearer access-1');
    await expect(store.load()).resolves.toBeNull();
  });
});

test('wallet: balances and history, a live movement updates both', async () => {
  const { live } = renderApp(signedInRouter());
  expect(await screen.findByText('150')).toBeTruthy();
  expect(screen.getByText('+150 PSC')).toBeTruthy();
  await waitFor(() => expect(live.subscriptions.some((s) => /WalletChanged/.test(s.payload.query))).toBe(true));
  await push(live, 'WalletChanged', {
    walletChanged: { id: 't2', kind: 'transfer_in', asset: 'PSC', amount: '12.5000000000', balanceAfter: '162.5000000000', memo: 'rent', reference: null, createdAt: '2026-11-23T12:00:00Z', counterparty: { id: 'u2', username: 'bob' } },
  });
  expect(await screen.findByText('162.5')).toBeTruthy();
  expect(screen.getByText('+12.5 PSC')).toBeTruthy();
  expect(screen.getByText(/transfer in · with bob · rent/)).toBeTruthy();
});

describe('parcels', () => {
  test('my parcels list opens a parcel; buying one shows it as mine', async () => {
    const router = signedInRouter()
      .on('Parcel', (v) => ({ feature: parcel({ id: v.id }) }))
      .on('BuyParcel', (v) => ({ buyFeature: { id: 'pu1', status: 'completed', price: { asset: 'PSC', amount: '100' }, feature: parcel({ id: v.id, status: 'sold', owner: { id: 'u1', username: 'ada' } }) } }));
    renderApp(router);
    fireEvent.press(await screen.findByRole('tab', { name: 'Parcels' }));
    expect(await screen.findByText('tehran-000007')).toBeTruthy();
    fireEvent.changeText(screen.getByLabelText('Parcel id'), 'tehran-000042');
    fireEvent.press(screen.getByRole('button', { name: 'Open' }));
    fireEvent.press(await screen.findByRole('button', { name: 'Buy for 100 PSC' }));
    expect(await screen.findByText('You bought tehran-000042 for 100 PSC.')).toBeTruthy();
    expect(screen.getByText('Owner: you')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Buy for/ })).toBeNull();
    expect(router.callsOf('BuyParcel')[0]!.variables).toEqual({ id: 'tehran-000042', idempotencyKey: expect.stringMatching(/^buy-tehran-000042-/) });
  });

  test('a parcel sold meanwhile, or too little PSC, is said in words; a retry keeps its idempotency key', async () => {
    let answer: object = gqlError('CONFLICT', {}, 'Parcel tehran-000042 is reserved');
    const router = signedInRouter().on('Parcel', { feature: parcel() }).on('BuyParcel', () => answer);
    renderApp(router);
    fireEvent.press(await screen.findByRole('tab', { name: 'Parcels' }));
    fireEvent.changeText(await screen.findByLabelText('Parcel id'), 'tehran-000042');
    fireEvent.press(screen.getByRole('button', { name: 'Open' }));
    fireEvent.press(await screen.findByRole('button', { name: 'Buy for 100 PSC' }));
    expect(await screen.findByText('This parcel was just sold.')).toBeTruthy();
    answer = gqlError('INSUFFICIENT_FUNDS', { asset: 'PSC' }, 'Not enough PSC: balance 3, needed 100');
    fireEvent.press(screen.getByRole('button', { name: 'Buy for 100 PSC' }));
    expect(await screen.findByText('Not enough PSC.')).toBeTruthy();
    const [first, second] = router.callsOf('BuyParcel');
    expect(second!.variables.idempotencyKey).toBe(first!.variables.idempotencyKey);
    expect(screen.queryByText(/reserved|balance 3/)).toBeNull();
  });
});

test('notifications: unread count, mark one and all read, a live one arrives', async () => {
  const router = signedInRouter().on('MarkNotificationRead', (v) => ({ markNotificationRead: { id: v.id, read: true, readAt: 'now' } })).on('MarkAllNotificationsRead', { markAllNotificationsRead: 1 });
  const { live } = renderApp(router);
  expect(await screen.findByRole('tab', { name: 'Alerts (2)' })).toBeTruthy();
  fireEvent.press(screen.getByRole('tab', { name: 'Alerts (2)' }));
  expect(await screen.findByText('2 unread')).toBeTruthy();

  fireEvent.press(screen.getByRole('button', { name: 'Sold n1, unread' }));
  expect(await screen.findByText('1 unread')).toBeTruthy();
  expect(router.callsOf('MarkNotificationRead')[0]!.variables).toEqual({ id: 'n1' });
  expect(screen.getByRole('tab', { name: 'Alerts (1)' })).toBeTruthy();

  await waitFor(() => expect(live.subscriptions.filter((s) => /NotificationAdded/.test(s.payload.query))).toHaveLength(2));
  await push(live, 'NotificationAdded', { notificationAdded: note('n3') });
  expect(await screen.findByText('Sold n3')).toBeTruthy();
  expect(await screen.findByText('2 unread')).toBeTruthy();

  fireEvent.press(screen.getByRole('button', { name: 'Mark all read' }));
  expect(await screen.findByText('All read')).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Alerts' })).toBeTruthy();
});

describe('hunt play', () => {
  const hunt = { id: 'h1', title: 'Old Tehran', status: 'published', startsAt: '', endsAt: '', participantCount: 3, playArea: { radiusMeters: 2000, center: { lat: 35.69, lng: 51.39 } }, reward: { asset: 'PSC', amount: '50' } };
  const participation = (over: Record<string, unknown> = {}) => ({
    id: 'pa1', status: 'playing', cluesFound: 0, joinedAt: '', finishedAt: null, rewardPaid: false,
    hunt: { id: 'h1', title: 'Old Tehran', description: '', endsAt: '', reward: { asset: 'PSC', amount: '50' } },
    nextClues: [{ id: 'c1', riddle: 'Where the bazaar begins', hint: 'North gate', treasure: false }], discoveries: [], ...over,
  });
  const at = (latitude: number, longitude: number, accuracy = 8) => ({ coords: { latitude, longitude, accuracy }, timestamp: 0 }) as any;

  test('hunts near the device, join, discover a clue at the device position, then the treasure', async () => {
    location.requestForegroundPermissionsAsync.mockResolvedValue({ status: 'granted' } as any);
    location.getCurrentPositionAsync.mockResolvedValue(at(35.6901, 51.3902));
    let joined = false;
    const router = signedInRouter()
      .on('HuntsNear', { huntsNear: [hunt] })
      .on('MobileJoinHunt', () => ((joined = true), { joinHunt: participation() }))
      .on('MobileMyParticipations', () => ({ myParticipations: joined ? [participation()] : [] }))
      .on('MobileDiscoverClue', (v) =>
        v.clueId === 'c1'
          ? { discoverClue: participation({ cluesFound: 1, nextClues: [{ id: 'c2', riddle: 'Under the dome', hint: null, treasure: true }], discoveries: [{ discoveredAt: '', distanceMeters: 4.2, clue: { id: 'c1', riddle: 'Where the bazaar begins' } }] }) }
          : { discoverClue: participation({ status: 'finished', cluesFound: 2, finishedAt: 'now', rewardPaid: true, nextClues: [] }) },
      );
    renderApp(router);
    fireEvent.press(await screen.findByRole('tab', { name: 'Hunts' }));
    fireEvent.press(await screen.findByRole('button', { name: 'Join Old Tehran' }));
    expect(router.callsOf('HuntsNear')[0]!.variables).toEqual({ position: { lat: 35.6901, lng: 51.3902 }, radiusMeters: 10000, first: 20 });

    expect(await screen.findByText('Where the bazaar begins')).toBeTruthy();
    fireEvent.press(screen.getByRole('button', { name: "I'm here" }));
    expect(await screen.findByText('Treasure: Under the dome')).toBeTruthy();
    expect(router.callsOf('MobileDiscoverClue')[0]!.variables).toEqual({ huntId: 'h1', clueId: 'c1', position: { lat: 35.6901, lng: 51.3902, accuracy: 8 } });
    expect(screen.getByText('✓ Where the bazaar begins (4 m away)')).toBeTruthy();

    fireEvent.press(screen.getByRole('button', { name: "I'm here" }));
    expect(await screen.findByText('You won 50 PSC!')).toBeTruthy();
  });

  test('too far from the clue, and no location permission, are said in words', async () => {
    location.requestForegroundPermissionsAsync.mockResolvedValue({ status: 'granted' } as any);
    location.getCurrentPositionAsync.mockResolvedValue(at(35.7, 51.4));
    const router = signedInRouter()
      .on('HuntsNear', { huntsNear: [hunt] })
      .on('MobileMyParticipations', { myParticipations: [participation()] })
      .on('MobileDiscoverClue', gqlError('BAD_USER_INPUT', { reason: 'OUT_OF_RADIUS', distanceMeters: 1400 }, 'You are not close enough to this clue'));
    renderApp(router);
    fireEvent.press(await screen.findByRole('tab', { name: 'Hunts' }));
    fireEvent.press(await screen.findByRole('button', { name: 'Continue Old Tehran' }));
    fireEvent.press(await screen.findByRole('button', { name: "I'm here" }));
    expect(await screen.findByText('You are not close enough to this clue yet. Keep walking.')).toBeTruthy();

    location.requestForegroundPermissionsAsync.mockResolvedValue({ status: 'denied' } as any);
    fireEvent.press(screen.getByRole('button', { name: "I'm here" }));
    expect(await screen.findByText('Worldgraph needs your location to play hunts. Allow it in Settings.')).toBeTruthy();
    expect(router.callsOf('MobileDiscoverClue')).toHaveLength(1);
  });
});
