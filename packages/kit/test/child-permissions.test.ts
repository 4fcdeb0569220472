import { assertChildMay, childRefusal, DEFAULT_CHILD_PERMISSIONS, type ChildPermissions } from '../src/child-permissions.ts';

const child: ChildPermissions = { dailySpendLimit: '10', canBuyParcels: false, canSellParcels: true, canChat: false };

test('a user who is no child may do anything', () => {
  expect(childRefusal(null, { kind: 'spend', asset: 'PSC', amount: '1000000', spentToday: '0' })).toBeNull();
  expect(childRefusal(null, { kind: 'buy_parcel' })).toBeNull();
});

test('spending: up to the daily limit exactly, per asset, with what is left in the message', () => {
  expect(childRefusal(child, { kind: 'spend', asset: 'PSC', amount: '4', spentToday: '6' })).toBeNull();
  expect(childRefusal(child, { kind: 'spend', asset: 'PSC', amount: '4.0000000001', spentToday: '6' })).toEqual({
    reason: 'CHILD_DAILY_SPEND_LIMIT',
    message: 'A child may spend at most 10 PSC a day; 4 PSC left today',
  });
  expect(childRefusal({ ...child, dailySpendLimit: null }, { kind: 'spend', asset: 'PSC', amount: '999', spentToday: '999' })).toBeNull();
  expect(childRefusal(DEFAULT_CHILD_PERMISSIONS, { kind: 'spend', asset: 'PSC', amount: '0.0000000001', spentToday: '0' })?.reason).toBe('CHILD_DAILY_SPEND_LIMIT');
});

test('parcels and chat follow their flags; the refusal is FORBIDDEN with its reason', () => {
  expect(childRefusal(child, { kind: 'buy_parcel' })?.reason).toBe('CHILD_BUY_NOT_ALLOWED');
  expect(childRefusal(child, { kind: 'sell_parcel' })).toBeNull();
  expect(childRefusal(child, { kind: 'chat' })?.reason).toBe('CHILD_CHAT_NOT_ALLOWED');
  expect(() => assertChildMay(child, { kind: 'buy_parcel' })).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN', reason: 'CHILD_BUY_NOT_ALLOWED' } }));
});
