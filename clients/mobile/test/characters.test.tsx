// The characters and inventory screens through the whole app, on a fake router and live server.
import { act, fireEvent, render, screen } from '@testing-library/react-native';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-location', () => ({ Accuracy: { High: 4 }, requestForegroundPermissionsAsync: jest.fn(), getCurrentPositionAsync: jest.fn() }));

const character = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  id, name, level: 7, experience: 1200, status: 'active', active: false, lastPlayedAt: null, deletedAt: null, restorableUntil: null, nextRenameAt: null, banReason: null,
  realm: { id: 'aurora', name: 'Aurora' }, race: { id: 'dwarf', name: 'Dwarf' }, class: { id: 'cleric', name: 'Cleric', role: 'healer' }, zone: { id: 'greenhollow', name: 'Greenhollow' },
  appearance: { bodyType: 'sturdy', skinTone: 0, hairStyle: 0, hairColor: '#3b2a1a', eyeColor: '#4a6b8a', faceShape: 0, height: 1, markings: [] }, ...over,
});
const item = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  id, quantity: 1,
  definition: { id: name.toLowerCase().replace(/ /g, '-'), name, kind: 'weapon', rarity: 'common', stackSize: 1, equipSlot: 'main_hand', levelRequired: 1, bound: false },
  location: { container: 'bag', bag: 0, slot: 0, equipSlot: null }, ...over,
});

function router() {
  let worn = false;
  const sword = item('i1', 'Rusty Sword');
  const inventory = () => ({
    bags: [{ index: 0, slots: 24, freeSlots: worn ? 23 : 22, items: [...(worn ? [] : [sword]), item('i2', 'Health Potion', { quantity: 5, definition: { ...sword.definition, id: 'health-potion', name: 'Health Potion', kind: 'consumable', stackSize: 20, equipSlot: null } })] }],
    equipment: [{ slot: 'head', item: null }, { slot: 'main_hand', item: worn ? sword : null }],
    bank: { slots: 48, freeSlots: 48, items: [] },
  });
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } })
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('MyCharacters', { myCharacters: [character('c1', 'Thorin', { active: true }), character('c2', 'Brunhild', { level: 3 })] })
    .on('SelectCharacter', (v) => (v.id === 'c2' ? gqlError('FORBIDDEN', {}, 'Brunhild is banned') : { selectCharacter: character('c1', 'Thorin') }))
    .on('CharacterInventory', () => ({ character: { ...character('c1', 'Thorin'), inventory: inventory() } }))
    .on('EquipItem', () => {
      worn = true;
      return { equipItem: inventory() };
    });
}

test('characters: the list, the active one, an inventory, equipping from the bags', async () => {
  const r = router();
  const live = new FakeLiveServer();
  const { api } = fakeApi(r, live, { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Heroes' }));
  expect(await screen.findByText('Thorin · active')).toBeTruthy();
  expect(screen.getByText('Level 3 Dwarf Cleric · Aurora · Greenhollow')).toBeTruthy();
  fireEvent.press(screen.getByRole('button', { name: 'Play Brunhild' }));
  expect(await screen.findByText('You are not allowed to do that.')).toBeTruthy();

  fireEvent.press(screen.getByRole('button', { name: 'Open Thorin' }));
  expect(await screen.findByText('Health Potion ×5')).toBeTruthy();
  expect(screen.getByText('Nothing worn.')).toBeTruthy();
  fireEvent.press(screen.getByRole('button', { name: 'Equip Rusty Sword' }));
  expect(await screen.findByText('main hand: Rusty Sword')).toBeTruthy();
  expect(r.callsOf('EquipItem')[0]!.variables).toEqual({ characterId: 'c1', itemId: 'i1' });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
