// The compiled copy of a fetch's answer (execution/fetch-answer.ts), each caller's own copy of a
// subgraph answer shared by several: for an answer of its operation's shape, what copyOfData gives.
import { fetchAnswer, merge } from '../src/execution/fetch-answer.ts';

/** The copy of answers to `operation`. */
const answerCopier = (operation: string) => fetchAnswer(operation).copy;
import { copyOfData } from '../src/data-source.ts';

const ENTITIES = `query Q__reviews__1($representations:[_Any!]!){_entities(representations:$representations){
  ...on User{__typename id reviews{id body stars tags grid meta author: writer{...Who}}}
  ...on Product{__typename upc reviews{id rating}}
}}
fragment Who on User{id name}`;

const ANSWER = {
  data: {
    _entities: [
      {
        __typename: 'User',
        id: '1',
        reviews: [
          { id: 'r1', body: 'Lorem é "quoted" });process.exit(1);//', stars: 4.5, tags: ['a', null], grid: [[1, 2], null, [3]], meta: { any: { json: [1, { x: true }] } }, author: { id: '1', name: 'Ada' } },
          null,
          { id: 'r2', body: null, stars: null, tags: null, grid: null, meta: null, author: null },
        ],
      },
      null,
      { __typename: 'Product', upc: 'p1', reviews: [{ id: 'r3', rating: 5 }] },
      { __typename: 'Product', upc: 'p2', reviews: [] },
    ],
  },
  errors: [{ message: 'partly', path: ['_entities', 1], extensions: { code: 'X', detail: { deep: [1] } } }],
  extensions: { cost: { estimated: 3 } },
};

/** Every object and array of `a` is another than `b`'s at the same place. */
function noneShared(a: unknown, b: unknown): void {
  if (a === null || typeof a !== 'object') return;
  expect(a).not.toBe(b);
  for (const key of Object.keys(a)) noneShared((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
}

describe('the compiled copy of a fetch answer', () => {
  it("equals copyOfData's (its keys in the operation's order) for an answer of the operation's shape: aliases, fragments, nulls, lists of lists, a scalar's object, errors and extensions", () => {
    const copy = answerCopier(ENTITIES);
    expect(copy).not.toBe(copyOfData);
    const parsed = JSON.parse(JSON.stringify(ANSWER));
    const copied = copy(parsed);
    expect(copied).toStrictEqual(copyOfData(parsed));
    expect(copied).toEqual(ANSWER);
    noneShared(copied, parsed);
    // Changing a copy changes neither the parse nor another copy.
    const other = copy(parsed) as any;
    (copied as any).data._entities[0].reviews[0].tags[0] = 'changed';
    expect(other.data._entities[0].reviews[0].tags[0]).toBe('a');
    expect(parsed.data._entities[0].reviews[0].tags[0]).toBe('a');
  });

  it('root fields, an answer with null data or errors alone, and values that are not what the operation selects', () => {
    const copy = answerCopier('query Q__accounts__0{users{id name friends{id}} me{id}}');
    for (const answer of [
      { data: { users: [{ id: '1', name: 'Ada', friends: [{ id: '2' }] }], me: null } },
      { data: null, errors: [{ message: 'down' }] },
      { errors: [{ message: 'refused' }] },
      // A subgraph answering against its operation: a string where it selects an object, an object for a leaf.
      { data: { users: 'oops', me: { id: { nested: ['x'] } } } },
      { data: [1, 2] },
    ]) {
      const parsed = JSON.parse(JSON.stringify(answer));
      const copied = copy(parsed);
      expect(copied).toEqual(answer);
      noneShared(copied, parsed);
    }
    expect(copy(null)).toBeNull();
    expect(copy('text')).toBe('text');
  });

  it('leaves out keys the operation does not select, and reads an inherited name only when the answer holds it', () => {
    const copy = answerCopier('{ item { id constructor toString } }');
    expect(copy({ data: { item: { id: '1', extra: 'x', constructor: 'own' } } })).toStrictEqual({ data: { item: { id: '1', constructor: 'own' } } });
    expect(copy({ data: { item: { id: '1' } } })).toStrictEqual({ data: { item: { id: '1' } } });
  });

  it('is copyOfData where it cannot be compiled: not one operation, unparsable, a __proto__ key', () => {
    expect(answerCopier('query A { a } query B { b }')).toBe(copyOfData);
    expect(answerCopier('query {')).toBe(copyOfData);
    expect(answerCopier('{ a { __proto__: b } }')).toBe(copyOfData);
  });

  it('is copyOfData beyond 2,000 keys, counted before any code is made', () => {
    const wide = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `f${i}`).join(' ')} }`;
    expect(answerCopier(wide(2_000))).not.toBe(copyOfData);
    expect(answerCopier(wide(2_001))).toBe(copyOfData);
  });
});

describe("the compiled merge of a fetch's answer into its entities", () => {
  const code = fetchAnswer(ENTITIES);
  const mergeEntity = code.mergeUnder('_entities');
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  // Entities as earlier fetches left them, and what this fetch answers for each.
  const cases: [string, Record<string, unknown>, Record<string, unknown> | null][] = [
    ['new keys', { __typename: 'User', id: '1' }, { __typename: 'User', id: '1', reviews: [{ id: 'r1', tags: ['a'], author: { id: '1', name: 'Ada' } }] }],
    ['an object into an object', { __typename: 'User', id: '1', reviews: [{ id: 'r1', author: { id: '1' } }] }, { reviews: [{ id: 'r1', body: 'b', author: { id: '1', name: 'Ada' } }] }],
    ['a list of another length: replaced', { __typename: 'User', reviews: [{ id: 'r1' }, { id: 'r2' }] }, { reviews: [{ id: 'r3', body: 'x' }] }],
    ['lists of lists element by element', { __typename: 'User', reviews: [{ grid: [[1], [2, 3]] }] }, { reviews: [{ grid: [[9], null] }] }],
    ["a scalar's object merged as any object", { __typename: 'User', reviews: [{ meta: { a: 1, deep: { b: 1 } } }] }, { reviews: [{ meta: { deep: { c: 2 }, z: [1] } }] }],
    ['null over an object, an object over null', { __typename: 'User', reviews: [{ author: { id: '1' } }, { author: null }] }, { reviews: [{ author: null }, { author: { id: '2' } }] }],
    ['a null answer changes nothing', { __typename: 'User', id: '1' }, null],
    ['other types\' keys', { __typename: 'Product', upc: 'p1' }, { __typename: 'Product', upc: 'p1', reviews: [{ id: 'r3', rating: 5 }] }],
  ];

  it.each(cases)('%s: what the generic merge makes, and with copy no object of the answer in the entity', (_name, entity, answer) => {
    for (const copy of [false, true]) {
      const expected = clone(entity);
      merge(expected, clone(answer), copy);
      const target = clone(entity);
      const source = clone(answer);
      mergeEntity(target, source, copy);
      expect(target).toStrictEqual(expected);
      if (copy && source) {
        const seen = new Set<unknown>();
        (function walk(v: unknown) {
          if (v !== null && typeof v === 'object') seen.add(v), Object.values(v).forEach(walk);
        })(source);
        (function walk(v: unknown) {
          if (v !== null && typeof v === 'object') expect(seen.has(v)).toBe(false), Object.values(v).forEach(walk);
        })(target);
      }
    }
  });

  it("the data of a root fetch, and the generic merge where the operation is not compiled or a key is not the operation's", () => {
    const root = fetchAnswer('{ users { id reviews { id } } me { id } }');
    const target = { users: [{ id: '1', name: 'Ada' }] };
    root.mergeData(target, { users: [{ id: '1', reviews: [{ id: 'r1' }] }], me: { id: '1' } }, false);
    expect(target).toStrictEqual({ users: [{ id: '1', name: 'Ada', reviews: [{ id: 'r1' }] }], me: { id: '1' } });
    expect(root.mergeUnder('nothing')).toBe(merge);
    expect(fetchAnswer('query A { a } query B { b }').mergeData).toBe(merge);
  });
});
