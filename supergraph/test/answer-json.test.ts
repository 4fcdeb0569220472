// The answer's JSON written by code compiled from the operation (src/execution/answer-json.ts): for
// every answer the compiled shaper makes, exactly what JSON.stringify writes for it, and
// JSON.stringify's own text whenever the data is not what the writer was compiled for.
import { parse } from 'graphql';
import { answerString, stringifyAnswers, withAnswerJson } from '../src/execution/answer-json.ts';
import { compileOperation, compiledShaper, shapeResult, type OperationShape } from '../src/execution/shape.ts';
import { shapingSchema } from './shaping-schema.ts';

const schema = shapingSchema;

const LONG = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.';
const USER = { id: 'u1', name: 'Ada', role: 'ADMIN', age: 36, score: 4.5, active: true, tags: ['a', null, 'c'], meta: { any: ['thing', 1, { deep: null }] } };

const CASES: { name: string; query: string; variables?: Record<string, unknown>; data: Record<string, unknown> }[] = [
  { name: 'every leaf kind, nulls, aliases', query: '{ users { id name role age score active tags meta } me { id who: name } count }', data: { users: [USER, { ...USER, id: 'u2', name: null, age: null, score: -0, active: false, tags: null, meta: null }], me: USER, count: 2 } },
  { name: 'numbers JSON writes in exponent form', query: '{ users { id age score } count }', data: { users: [{ id: 7, age: -2147483648, score: 1e21 }, { id: 0, age: 0, score: 5e-7 }, { id: 'x', age: 1, score: 0.1 + 0.2 }], count: 0 } },
  { name: 'strings to escape', query: '{ users { id name tags } count }', data: { users: [{ id: 'q"uote', name: 'back\\slash\n\ttab\u0000\u001f', tags: ['\u2028\u2029', '\ud83d\ude00 pair', 'lone \ud800 high', 'lone \udc00 low', '\u007f del', 'é ü 漢字'] }], count: 1 } },
  {
    name: 'long strings repeated, equal lengths that differ, escapes in long ones',
    query: '{ users { id name tags } count }',
    data: {
      users: [
        { id: '1', name: LONG, tags: [LONG, `${LONG.slice(0, -1)}!`, LONG, `"${LONG.slice(2)}"`, `${LONG}\n`, LONG.slice(0, 30), `${LONG.slice(0, 28)}\ud800!`] },
        { id: '2', name: `x${LONG.slice(1)}`, tags: [LONG, `"${LONG.slice(2)}"`] },
      ],
      count: 1,
    },
  },
  { name: 'nested objects and lists of lists', query: '{ me { id friends { id best { id name } friends { id } } } grid strict }', data: { me: { id: 'u1', friends: [{ id: 'u2', best: { id: 'u3', name: 'C' }, friends: [] }, { id: 'u4', best: null, friends: null }] }, grid: [[1, null], null, []], strict: [[1, 2], []] } },
  { name: '__typename, aliased', query: '{ me { __typename t: __typename id } node { __typename id } }', data: { me: { id: 'u1', __typename: 'User' }, node: { __typename: 'Group', id: 'g1' } } },
  { name: 'fragments with type conditions (written by JSON.stringify inside)', query: '{ node { id ... on User { name } } search { ... on User { id name } ... on Group { id title members { id } } } me { id } }', data: { node: { __typename: 'User', id: 'u1', name: LONG }, search: [{ __typename: 'User', id: 'u1', name: 'Ada' }, { __typename: 'Group', id: 'g1', title: 'G', members: [null, { id: 'u2' }] }, null], me: { id: 'u1' } } },
  { name: '@skip at the root', query: 'query ($s: Boolean!) { me { id } count @skip(if: $s) }', variables: { s: true }, data: { me: USER, count: 3 } },
  { name: 'a key twice', query: '{ me { id id: id name } }', data: { me: USER } },
  { name: 'named fragments spread on the object type', query: 'fragment U on User { id name } { me { ...U role } users { ...U } }', data: { me: USER, users: [USER, { ...USER, name: LONG }] } },
];

/** The operation's shape, its shaper compiled. */
function shapeOf(query: string): OperationShape {
  const shape = compileOperation(schema, parse(query), undefined)!;
  compiledShaper(schema, shape, true);
  return shape;
}

/** The shaped data (the compiled shaper's, so it must have answered) and its operation. */
function shaped(query: string, variables: Record<string, unknown> | undefined, data: Record<string, unknown>): { shape: OperationShape; data: Record<string, unknown> } {
  const shape = shapeOf(query);
  const result = shapeResult(schema, shape, variables, structuredClone(data));
  expect(result).toMatchObject({ errors: [], compiled: true });
  return { shape, data: result.data! };
}

const writeAnswer = stringifyAnswers(JSON.stringify);
/** The answer's JSON as text (the writer gives UTF-8 bytes: decoded, they must be JSON.stringify's text exactly). */
const stringify = (value: unknown) => answerString(writeAnswer(value));

describe('answer JSON written by compiled code', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: what JSON.stringify writes', (_name, c) => {
    const { shape, data } = shaped(c.query, c.variables, c.data);
    const expected = JSON.stringify({ data });
    withAnswerJson(shape, data);
    expect(stringify({ data })).toBe(expected);
    // Twice: nothing of the first answer's strings is kept for the next.
    expect(stringify({ errors: undefined, data, extensions: undefined })).toBe(expected);
  });

  it('gives a plain operation\'s answer as its UTF-8 bytes, growing its buffer, and the rest as text', () => {
    // Non-ASCII, escapes and long repeats, in an answer far larger than the first buffer (64 bytes, then the last answer's size).
    const names = ['é ü 漢字 \ud83d\ude00', LONG, `${LONG}\u2028`, LONG];
    const users = Array.from({ length: 4000 }, (_, i) => ({ ...USER, id: `u${i}`, name: names[i % names.length] }));
    const { shape, data } = shaped('{ users { id name role age score active } count }', undefined, { users, count: 4000 });
    withAnswerJson(shape, data);
    const bytes = writeAnswer({ data });
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect((bytes as Buffer).length).toBeGreaterThan(256 * 1024);
    expect((bytes as Buffer).equals(Buffer.from(JSON.stringify({ data })))).toBe(true);
    // Its operation's next answer, smaller than the buffer sized from the last, is whole too.
    users.length = 10;
    const again = shapeResult(schema, shape, undefined, { users, count: 10 }).data!;
    withAnswerJson(shape, again);
    expect((writeAnswer({ data: again }) as Buffer).toString()).toBe(JSON.stringify({ data: again }));
    const small = shaped(CASES[0]!.query, undefined, CASES[0]!.data);
    withAnswerJson(small.shape, small.data);
    expect((writeAnswer({ data: small.data }) as Buffer).toString()).toBe(JSON.stringify({ data: small.data }));
    // An operation whose root selection set is not plain is JSON.stringify's text.
    const skipped = shaped(CASES[7]!.query, CASES[7]!.variables, CASES[7]!.data);
    withAnswerJson(skipped.shape, skipped.data);
    expect(typeof writeAnswer({ data: skipped.data })).toBe('string');
  });

  it('writes errors and extensions around the data in the answer\'s own key order', () => {
    const { shape, data } = shaped(CASES[0]!.query, undefined, CASES[0]!.data);
    withAnswerJson(shape, data);
    const errors = [{ message: 'partial "one"', path: ['users', 0], extensions: { code: 'X' } }];
    const extensions = { cost: { estimated: 3, actual: 2 } };
    for (const answer of [{ errors, data, extensions }, { data, errors }, { extensions, data }]) expect(stringify(answer)).toBe(JSON.stringify(answer));
  });

  it('gives data changed after shaping to JSON.stringify', () => {
    const { shape, data } = shaped(CASES[0]!.query, undefined, CASES[0]!.data);
    withAnswerJson(shape, data);
    const users = data.users as Record<string, unknown>[];
    delete users[1]!.age;
    expect(stringify({ data })).toBe(JSON.stringify({ data }));
    users[0]!.score = Number.NaN;
    expect(stringify({ data })).toBe(JSON.stringify({ data }));
    users[0]!.score = 1;
    (data.me as Record<string, unknown>).name = 7;
    expect(stringify({ data })).toBe(JSON.stringify({ data }));
  });

  it('keeps the writer for an operation only while its answers reuse long strings, and tries it again every 256 answers', () => {
    // A spy in JSON.stringify's place: called for an answer the writer leaves to it.
    let calls = 0;
    const counted = stringifyAnswers((value) => (calls++, JSON.stringify(value)));
    /** Who wrote an answer of `shape`'s operation for `data`. */
    const by = (shape: OperationShape, data: Record<string, unknown>) => {
      const made = shapeResult(schema, shape, undefined, structuredClone(data)).data!;
      withAnswerJson(shape, made);
      const before = calls;
      expect(answerString(counted({ data: made }))).toBe(JSON.stringify({ data: made }));
      return calls > before ? 'JSON.stringify' : 'writer';
    };
    // Every name the same long string: most of the answer is reused.
    const repeated = { users: Array.from({ length: 20 }, (_, i) => ({ ...USER, id: `u${i}`, name: LONG })), count: 1 };
    const shape = shapeOf('{ users { id name } count }');
    const write = (data: Record<string, unknown>) => by(shape, data);
    expect([write(repeated), write(repeated)]).toEqual(['writer', 'writer']);
    // Names all different: nothing reused, so the next answers go to JSON.stringify…
    const distinct = { users: repeated.users.map((u, i) => ({ ...u, name: `${LONG} ${i}` })), count: 1 };
    expect(write(distinct)).toBe('writer');
    const next = Array.from({ length: 256 }, () => write(repeated));
    expect(next.slice(0, 255).every((by) => by === 'JSON.stringify')).toBe(true);
    // …until the writer tries again (the 256th) and finds the reuse back.
    expect(next[255]).toBe('writer');
    expect(write(repeated)).toBe('writer');
    // Another operation keeps its own choice.
    expect(by(shapeOf('{ me { id } }'), { me: { id: 'u1' } })).toBe('writer');
  });

  it('leaves data it has no writer for, and answers with toJSON, to JSON.stringify', () => {
    const data = { me: { id: 'u1', when: new Date(0) } };
    expect(stringify({ data })).toBe(JSON.stringify({ data }));
    const { shape, data: made } = shaped('{ me { id meta } }', undefined, { me: { id: 'u1', meta: { a: 1 } } });
    withAnswerJson(shape, made);
    const withDate = { data: made, extensions: { at: new Date(0) } };
    expect(stringify(withDate)).toBe(JSON.stringify(withDate));
    expect(stringify({ data: null, errors: [{ message: 'no' }] })).toBe('{"data":null,"errors":[{"message":"no"}]}');
  });
});
