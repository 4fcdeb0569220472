// Topping up from the wallet screen: the order opens the bank's page, the panel follows it until paid.
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import { Linking } from 'react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, viewer } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));

const order = (status: string) => ({
  id: 'ord_1', number: '17', asset: 'PSC', amount: '2', unitPrice: '500000', priceIrr: '1000000', status,
  redirectUrl: status === 'pending' ? 'http://127.0.0.1:9400/NewIPG/?token=123456789' : null,
  rrn: status === 'paid' ? '998877' : null, failure: null, createdAt: '2026-11-26T10:00:00Z', expiresAt: '2026-11-26T10:20:00Z', settledAt: null,
});

test('wallet: top up PSC at the bank, the order followed until paid', async () => {
  const openURL = jest.spyOn(Linking, 'openURL').mockResolvedValue(true);
  const router = new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [{ asset: 'PSC', amount: '150' }], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('CreateTopUpOrder', { createTopUpOrder: order('pending') })
    .on('TopUpOrder', { topUpOrder: order('paid') });
  const { api } = fakeApi(router, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  await screen.findByTestId('topup-panel');
  fireEvent.changeText(screen.getByLabelText('Amount'), '2');
  fireEvent.press(screen.getByRole('button', { name: 'Pay at the bank' }));
  await waitFor(() => expect(openURL).toHaveBeenCalledWith('http://127.0.0.1:9400/NewIPG/?token=123456789'));
  expect(router.callsOf('CreateTopUpOrder')[0]!.variables).toMatchObject({ input: { asset: 'PSC', amount: '2' } });
  expect(await screen.findByText(/Paid: your wallet was credited/, {}, { timeout: 10_000 })).toBeTruthy();
});
