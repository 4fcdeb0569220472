// The plan executor's reads of merged data (execution/paths.ts): a Flatten path's objects, by the
// interpreter at a path's first use and by the function compiled for it from the second, which
// must find the same objects in the same order and fail the same way; and an entity's
// representation found by its key fields.
import { collectorOf, keyFields, positionsAt, type Position } from '../src/execution/paths.ts';
import type { PathStep } from '../src/execution/second-planner.ts';

type Data = Record<string, unknown>;
const ofTypes = (value: Data, types: readonly string[]) => types.includes(value.__typename as string);

/** What a path's first (interpreted) and second (compiled) use find in `data`, or the error each throws. */
function bothWays(path: PathStep[], data: unknown) {
  const run = () => {
    const out: Data[] = [];
    try {
      collectorOf(path)(data, out, ofTypes);
      return { out };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const interpreted = run();
  const compiled = run();
  return { interpreted, compiled };
}

const DATA = {
  users: [
    { __typename: 'User', id: '1', reviews: [{ id: 'r1', product: { __typename: 'Book', upc: 'b1' } }, null, { id: 'r2', product: null }] },
    null,
    { __typename: 'Admin', id: '2', reviews: [{ id: 'r3', product: [{ __typename: 'Book', upc: 'b2' }, null, { __typename: 'Film', upc: 'f1' }] }] },
    { __typename: 'User', id: '3', reviews: null },
  ],
  me: { __typename: 'User', id: '1', constructor: { __typename: 'X', id: 'own' } },
  nothing: null,
};

describe("a Flatten path's objects", () => {
  it.each<[string, PathStep[], unknown]>([
    ['through lists, nulls left out', ['users', '@', 'reviews', '@', 'product'], DATA],
    ['a list at the end: its non-null objects', ['users', '@', 'reviews', '@', 'product'], { users: [{ reviews: [{ product: [{ a: 1 }, null, { a: 2 }] }] }] }],
    ['type conditions keep the objects of those types', ['users', '@', { types: ['User'] }, 'reviews', '@', 'product', { types: ['Book'] }], DATA],
    ['a type condition over a list', ['users', { types: ['Admin'] }], DATA],
    ['the root', [], DATA],
    ['a name an object inherits is read only when it holds it', ['me', 'constructor'], DATA],
    ['an inherited name not held finds nothing', ['users', '@', 'toString'], DATA],
    ['null and missing values', ['nothing', 'x'], DATA],
    ['a list where a name is expected: the same error', ['users', 'reviews'], DATA],
    ['no list at @: the same error', ['me', '@'], DATA],
  ])('%s: the compiled path finds what the interpreter does', (_name, path, data) => {
    const { interpreted, compiled } = bothWays(path, data);
    expect(collectorOf(path)).toBe(collectorOf(path)); // compiled from the second use on: one function
    expect(compiled).toEqual(interpreted);
    for (let i = 0; i < (interpreted.out?.length ?? 0); i++) expect(compiled.out![i]).toBe(interpreted.out![i]);
  });

  it('finds objects, not copies, in order', () => {
    const { compiled } = bothWays(['users', '@', 'reviews', '@', 'product'], DATA);
    const d = DATA as any;
    expect(compiled.out).toEqual([d.users[0].reviews[0].product, d.users[2].reviews[0].product[0], d.users[2].reviews[0].product[2]]);
    expect(compiled.out![0]).toBe(DATA.users[0]!.reviews![0]!.product);
  });

  it('a __proto__ step stays interpreted: only an own __proto__ key is followed', () => {
    const path: PathStep[] = ['a', '__proto__'];
    const own = JSON.parse('{"a":{"__proto__":{"id":"x"}}}');
    const { interpreted, compiled } = bothWays(path, own);
    expect(interpreted.out).toEqual([{ id: 'x' }]);
    expect(compiled).toEqual(interpreted);
    expect(bothWays(['b', '__proto__'], { b: {} }).compiled.out).toEqual([]);
  });
});

describe("where a Flatten path's objects are (the executor's error paths)", () => {
  /** The value at a position. */
  const at = (data: unknown, position: Position) => position.reduce<any>((v, step) => v[step], data);

  it.each<[string, PathStep[]]>([
    ['through lists, nulls left out', ['users', '@', 'reviews', '@', 'product']],
    ['type conditions, over lists too', ['users', '@', { types: ['User'] }, 'reviews', '@', 'product', { types: ['Book'] }]],
    ['a type condition over a list', ['users', { types: ['Admin'] }]],
    ['the root', []],
    ['an own inherited name', ['me', 'constructor']],
  ])('%s: one position for each object found, in its order, each leading to it', (_name, path) => {
    const found: Data[] = [];
    collectorOf(path)(DATA, found, ofTypes);
    const where: Position[] = [];
    positionsAt(DATA, path, ofTypes, where);
    expect(where).toHaveLength(found.length);
    where.forEach((position, i) => expect(at(DATA, position)).toBe(found[i]));
  });

  it('positions of a list at the end and of nested lists', () => {
    const where: Position[] = [];
    positionsAt(DATA, ['users', '@', 'reviews', '@', 'product'], ofTypes, where);
    expect(where).toEqual([
      ['users', 0, 'reviews', 0, 'product'],
      ['users', 2, 'reviews', 0, 'product', 0],
      ['users', 2, 'reviews', 0, 'product', 2],
    ]);
  });
});

describe("an entity's representation by its key fields", () => {
  const END = Symbol('end');
  const trie = new Map<unknown, unknown>([['__typename', new Map([['Book', new Map([['upc', new Map([['b1', new Map([[END, 7]])]])]])]])]]);

  it('the index of the representation with the same values; undefined when new, missing or an object', () => {
    const key = keyFields('Book', ['__typename', 'upc'], ['__typename', 'isbn'], END);
    expect(key.find(trie, { __typename: 'Book', isbn: 'b1' })).toBe(7);
    expect(key.find(trie, { __typename: 'Book', isbn: 'b2' })).toBeUndefined();
    expect(key.find(trie, { __typename: 'Book' })).toBeUndefined();
    expect(key.find(trie, { __typename: 'Book', isbn: { b1: true } })).toBeUndefined();
    expect(key.find(new Map(), { __typename: 'Book', isbn: 'b1' })).toBeUndefined();
  });

  it('a key named like an inherited function is read only when the entity holds it; a __proto__ key is never looked up', () => {
    const t = new Map<unknown, unknown>([['k', new Map([['v', new Map([[END, 1]])]])]]);
    expect(keyFields('T', ['k'], ['toString'], END).find(t, {})).toBeUndefined();
    expect(keyFields('T', ['k'], ['toString'], END).find(t, { toString: 'v' })).toBe(1);
    expect(keyFields('T', ['k'], ['__proto__'], END).find(t, JSON.parse('{"__proto__":"v"}'))).toBeUndefined();
  });

  it("a key of __typename and one field: the entity's value of it, undefined when missing, an object or inherited", () => {
    const key = keyFields('Book', ['__typename', 'upc'], ['__typename', 'isbn'], END);
    expect(key.value!({ __typename: 'Book', isbn: 'b1' })).toBe('b1');
    expect(key.value!({ __typename: 'Book', isbn: 7 })).toBe(7);
    expect(key.value!({ __typename: 'Book', isbn: null })).toBeNull();
    expect(key.value!({ __typename: 'Book' })).toBeUndefined();
    expect(key.value!({ __typename: 'Book', isbn: ['b1'] })).toBeUndefined();
    expect(keyFields('T', ['__typename', 'k'], ['__typename', 'toString'], END).value!({})).toBeUndefined();
    // Other keys: found on the trie only.
    expect(keyFields('T', ['__typename', 'a', 'b'], ['__typename', 'a', 'b'], END).value).toBeUndefined();
    expect(keyFields('T', ['__typename', 'k'], ['__typename', '__proto__'], END).value).toBeUndefined();
  });
});
