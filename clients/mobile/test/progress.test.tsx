// The Level tab through the whole app, on a fake router: the level, the open round, one answer.
import { fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));

const level = { number: 2, name: 'Surveyor', points: 130, pointsToNext: 170, perks: [], next: { number: 3, name: 'Landholder', threshold: 300 } };
const now = new Date();
const round = {
  id: 'round-1', opensAt: now.toISOString(), closesAt: new Date(now.getTime() + 120_000).toISOString(), status: 'OPEN', winners: 0,
  prizePool: { asset: 'PSC', amountEach: '5', winnerLimit: 10 }, myAnswer: null,
};

function router() {
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('MyLevel', { me: { id: viewer.id, level } })
    .on('ChallengeTimings', { challengeTimings: { now: now.toISOString(), open: [round], upcoming: [] } })
    .on('ChallengeQuestion', { challengeQuestion: { text: 'Capital of France?', choices: [{ id: 'c1', text: 'Lyon' }, { id: 'c2', text: 'Paris' }], round } });
}

async function open(r: FakeRouter) {
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Level' }));
}

test('level tab: the level, the open round’s question, one answer and its prize', async () => {
  const r = router().on('SubmitChallengeAnswer', (v) => ({
    submitChallengeAnswer: { correct: v.choiceId === 'c2', answeredAt: now.toISOString(), points: 30, prize: { id: 'p1', rank: 1, asset: 'PSC', amount: '5', paid: true }, round },
  }));
  await open(r);
  expect(await screen.findByText('Level 2: Surveyor')).toBeTruthy();
  expect(screen.getByText('130 points · 170 to Landholder')).toBeTruthy();
  fireEvent.press(await screen.findByRole('button', { name: 'Paris' }));
  expect(await screen.findByText('Right! +30 points')).toBeTruthy();
  expect(screen.getByText('Prize #1: 5 PSC')).toBeTruthy();
  expect(r.callsOf('SubmitChallengeAnswer')[0]!.variables).toEqual({ roundId: 'round-1', choiceId: 'c2' });
}, 60_000);

test('a late answer is refused in words', async () => {
  await open(router().on('SubmitChallengeAnswer', () => gqlError('CONFLICT', { reason: 'ROUND_CLOSED' })));
  fireEvent.press(await screen.findByRole('button', { name: 'Lyon' }));
  expect(await screen.findByText('Too late: the round had closed when your answer arrived.')).toBeTruthy();
}, 60_000);
