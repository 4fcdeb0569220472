import { randomUUID } from 'node:crypto';
import { usersExist } from '../src/users.ts';

/** A stand-in for accounts' `_entities`: knows `registered`, counts the ids it was asked about. */
function accounts(registered: Set<string>) {
  const asked: string[][] = [];
  const runtime = {
    callSubgraph: async <T>(_subgraph: string, _query: string, variables?: Record<string, unknown>) => {
      const ids = (variables!.r as { id: string }[]).map((r) => r.id);
      asked.push(ids);
      return { _entities: ids.map((id) => (registered.has(id) ? { id } : null)) } as T;
    },
  };
  return { runtime, asked };
}

describe('usersExist', () => {
  it('asks accounts once about a user it knows exists (accounts never deletes one), every time about one it does not', async () => {
    const [ada, bob, nobody] = [randomUUID(), randomUUID(), randomUUID()];
    const { runtime, asked } = accounts(new Set([ada, bob]));
    expect(await usersExist(runtime, [ada])).toBe(true);
    expect(await usersExist(runtime, [ada])).toBe(true);
    expect(await usersExist(runtime, [nobody])).toBe(false);
    expect(await usersExist(runtime, [nobody])).toBe(false);
    expect(await usersExist(runtime, [ada, bob])).toBe(true);
    expect(await usersExist(runtime, [ada, nobody])).toBe(false);
    expect(asked).toEqual([[ada], [nobody], [nobody], [bob], [nobody]]);
  });

  it('never asks about ids that are no user id', async () => {
    const { runtime, asked } = accounts(new Set());
    expect(await usersExist(runtime, ['not-a-uuid'])).toBe(false);
    expect(await usersExist(runtime, [])).toBe(true);
    expect(asked).toEqual([]);
  });
});
