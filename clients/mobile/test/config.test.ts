// The router URL: EXPO_PUBLIC_ROUTER_URL, else app.json's extra.routerUrl, else the local router.
import Constants from 'expo-constants';
import { DEFAULT_ROUTER_URL, routerUrl } from '../src/config';

jest.mock('expo-constants', () => ({ __esModule: true, default: { expoConfig: { extra: {} as Record<string, unknown> } } }));
const extra = Constants.expoConfig!.extra!;

afterEach(() => {
  delete process.env.EXPO_PUBLIC_ROUTER_URL;
  delete extra.routerUrl;
});

test('the environment wins, then the Expo config, then the default', () => {
  expect(routerUrl()).toBe(DEFAULT_ROUTER_URL);
  extra.routerUrl = 'https://graph.example.com/graphql';
  expect(routerUrl()).toBe('https://graph.example.com/graphql');
  process.env.EXPO_PUBLIC_ROUTER_URL = 'http://10.0.2.2:4000/graphql';
  expect(routerUrl()).toBe('http://10.0.2.2:4000/graphql');
});
