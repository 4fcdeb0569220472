import { KeyedMutex } from '../src/domain/mutex.ts';
import { characterChange } from '../src/domain/live.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

test('work on one key runs one at a time; other keys run alongside', async () => {
  const mutex = new KeyedMutex();
  const log: string[] = [];
  const job = (name: string, keys: string[]) =>
    mutex.run(keys, async () => {
      log.push(`${name}+`);
      await tick();
      log.push(`${name}-`);
    });
  await Promise.all([job('a', ['x']), job('b', ['x', 'y']), job('c', ['z']), job('d', ['y'])]);
  // a, c and d start at once; b takes x after a, then y after d.
  expect(log.indexOf('b+')).toBeGreaterThan(log.indexOf('a-'));
  expect(log.indexOf('b+')).toBeGreaterThan(log.indexOf('d-'));
  expect(log.indexOf('c+')).toBeLessThan(log.indexOf('a-'));
  expect(log.indexOf('d+')).toBeLessThan(log.indexOf('a-'));
  expect(mutex.size).toBe(0);
});

test('a failing job releases its keys', async () => {
  const mutex = new KeyedMutex();
  await expect(mutex.run(['x'], async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(mutex.run(['x'], async () => 'next')).resolves.toBe('next');
});

test('the portal hears about its own characters, including what a trade brought them', () => {
  const event = (type: string, payload: Record<string, unknown>) => ({ id: 'characters:1', context: 'characters', type, aggregateId: 'x', payload, occurredAt: '2026-11-26T10:00:00Z' });
  const traded = event('ItemTraded', { characterId: 'c1', accountId: 'a1', toCharacterId: 'c2', toAccountId: 'a2' });
  expect(characterChange(traded, 'a1')).toMatchObject({ type: 'ItemTraded', characterId: 'c1' });
  expect(characterChange(traded, 'a2')).toMatchObject({ type: 'ItemTraded', characterId: 'c2' });
  expect(characterChange(traded, 'a3')).toBeUndefined();
  expect(characterChange(event('TradeUpdated', { characterId: 'c1', accountId: 'a1' }), 'a1')).toBeUndefined();
});
