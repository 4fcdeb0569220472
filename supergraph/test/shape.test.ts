// The router's result shaping, compiled (src/execution/shape.ts compiledShaper) against the tree's
// interpreter, on the same operations and subgraph data: valid answers, and every kind of value the
// interpreter turns into an error, a bubbled null or a thrown error. The compiled shaper must answer
// exactly what the interpreter answers (the same keys in the same order), and give way to it for
// every error, so that `shapeResult` reports the interpreter's errors and paths.
import { parse } from 'graphql';
import { compiledShaper, compileOperation, shapeInterpreted, shapeResult, type OperationShape } from '../src/execution/shape.ts';
import { shapingSchema } from './shaping-schema.ts';

const schema = shapingSchema;

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  data: Record<string, unknown>;
}

const USER = { id: 'u1', name: 'Ada', role: 'ADMIN', age: 36, score: 4.5, active: true, tags: ['a', null, 'c'], meta: { any: ['thing', 1] } };

/** Answers the interpreter shapes without an error: the compiled shaper answers them itself. */
const VALID: Case[] = [
  { name: 'plain fields, aliases, lists of objects', query: '{ users { id name role age score active tags meta } me { id who: name } count }', data: { users: [USER, { ...USER, id: 'u2', name: null }], me: USER, count: 2 } },
  { name: 'missing fields are null', query: '{ user { id name age } }', data: { user: { id: 'u1' } } },
  { name: 'a nullable object that is null', query: '{ user { id } me { id } }', data: { user: null, me: USER } },
  { name: '__typename, aliased, from the data or the parent type', query: '{ me { __typename t: __typename id } node { __typename id } }', data: { me: { id: 'u1', __typename: 'User' }, node: { __typename: 'Group', id: 'g1' } } },
  { name: '__typename of an object without one', query: '{ me { __typename id } }', data: { me: { id: 'u1' } } },
  { name: 'an alias of __typename read from the data', query: '{ me { kind: __typename id } }', data: { me: { id: 'u1', kind: null, __typename: 'User' } } },
  { name: 'nested objects and lists', query: '{ me { id friends { id best { id name } friends { id } } } }', data: { me: { id: 'u1', friends: [{ id: 'u2', best: { id: 'u3', name: 'C' }, friends: [] }, { id: 'u4', best: null, friends: null }] } } },
  { name: 'lists of lists', query: '{ grid strict }', data: { grid: [[1, null], null, []], strict: [[1, 2], []] } },
  { name: 'fragments on an interface and a union', query: '{ node { id ... on User { name } ... on Group { title } } search { ... on User { id name } ... on Group { id title members { id } } } }', data: { node: { __typename: 'User', id: 'u1', name: 'Ada' }, search: [{ __typename: 'User', id: 'u1', name: 'Ada' }, { __typename: 'Group', id: 'g1', title: 'G', members: [null, { id: 'u2' }] }, null] } },
  { name: 'named fragments spread on the object type', query: 'fragment U on User { id name } { me { ...U role } users { ...U } }', data: { me: USER, users: [USER] } },
  { name: 'an integer ID', query: '{ me { id } }', data: { me: { id: 42 } } },
  { name: 'a key twice', query: '{ me { id id: id name } }', data: { me: USER } },
  { name: '@skip and @include, literal and variables', query: 'query ($s: Boolean!, $i: Boolean = true) { me { id name @skip(if: $s) role @include(if: $i) age @skip(if: true) } }', variables: { s: true }, data: { me: USER } },
  { name: '@include from a default value', query: 'query ($i: Boolean = false) { me { id name @include(if: $i) } }', data: { me: USER } },
];

/** Answers with an error, a bubbled null or a thrown error: the compiled shaper gives way on each. */
const INVALID: Case[] = [
  { name: 'null in a non-null field bubbles to a nullable parent', query: '{ user { id role } }', data: { user: { id: 'u1', role: null } } },
  { name: 'null in a non-null root field', query: '{ me { id } count }', data: { me: null, count: 1 } },
  { name: 'null in a non-null list element', query: '{ users { id } }', data: { users: [USER, null] } },
  { name: 'null inside a non-null nested list', query: '{ strict }', data: { strict: [[1, null]] } },
  { name: 'a string where an Int is', query: '{ me { id age } }', data: { me: { ...USER, age: '36' } } },
  { name: 'a fraction where an Int is', query: '{ me { id age } }', data: { me: { ...USER, age: 1.5 } } },
  { name: 'a huge Int', query: '{ me { id age } }', data: { me: { ...USER, age: 1e22 } } },
  { name: 'a number where a String is', query: '{ me { id name } }', data: { me: { ...USER, name: 7 } } },
  { name: 'a fractional ID', query: '{ me { id } }', data: { me: { id: 4.2 } } },
  { name: 'a string where a Boolean is', query: '{ me { id active } }', data: { me: { ...USER, active: 'yes' } } },
  { name: 'a string where a Float is', query: '{ me { id score } }', data: { me: { ...USER, score: '4.5' } } },
  { name: 'an unknown enum value', query: '{ me { id role } }', data: { me: { ...USER, role: 'OWNER' } } },
  { name: 'an unknown __typename', query: '{ user { id } }', data: { user: { id: 'u1', __typename: 'Nobody' } } },
  { name: 'a __typename that is no string', query: '{ user { id } }', data: { user: { id: 'u1', __typename: 3 } } },
  { name: 'a __typename field on an interface without one', query: '{ node { __typename id } }', data: { node: { id: 'n1' } } },
  { name: 'a list where an object is', query: '{ user { id } }', data: { user: [] } },
  { name: 'a string where a list is (thrown)', query: '{ users { id } }', data: { users: 'no' } },
  { name: 'a string where an object is (thrown)', query: '{ user { id } }', data: { user: 'no' } },
  { name: 'an error inside a fragment', query: '{ node { id ... on User { role } } }', data: { node: { __typename: 'User', id: 'u1', role: null } } },
  { name: 'an error inside a list of nullable objects', query: '{ search { ... on Group { title } } }', data: { search: [{ __typename: 'Group', title: null }, { __typename: 'Group', title: 'ok' }] } },
  { name: 'a non-boolean @skip variable (thrown)', query: 'query ($s: Boolean!) { me { id name @skip(if: $s) } }', variables: { s: 'yes' }, data: { me: USER } },
];

function outcome(run: () => { data: unknown; errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: unknown }[] }) {
  try {
    const { data, errors } = run();
    // JSON text: the same keys in the same order, as the client receives them.
    return { data: JSON.stringify(data), errors: errors.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })) };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

const compiledOf = (shape: OperationShape) => compiledShaper(schema, shape, true)!;

/** What the compiled shaper answers by itself: its data, or that it gave way (to the interpreter). */
function compiledAlone(shape: OperationShape, c: Case): string {
  try {
    const data = compiledOf(shape)(structuredClone(c.data), c.variables);
    // Giving way is the one frozen empty object it answers.
    return Object.isFrozen(data) && Object.keys(data).length === 0 ? 'gave way' : JSON.stringify(data);
  } catch {
    return 'gave way';
  }
}

describe('result shaping: compiled against interpreted', () => {
  it.each(VALID.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const shape = compileOperation(schema, parse(c.query), undefined)!;
    const interpreted = outcome(() => shapeInterpreted(schema, shape, c.variables, structuredClone(c.data)));
    expect(interpreted).toMatchObject({ errors: [] });
    expect(compiledAlone(shape, c)).toBe((interpreted as { data: string }).data);
    expect(outcome(() => shapeResult(schema, shape, c.variables, structuredClone(c.data)))).toEqual(interpreted);
  });

  it.each(INVALID.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const shape = compileOperation(schema, parse(c.query), undefined)!;
    expect(compiledAlone(shape, c)).toBe('gave way');
    const interpreted = outcome(() => shapeInterpreted(schema, shape, c.variables, structuredClone(c.data)));
    expect(outcome(() => shapeResult(schema, shape, c.variables, structuredClone(c.data)))).toEqual(interpreted);
  });

  it('compiles an operation at its second answer, not its first', () => {
    const shape = compileOperation(schema, parse('{ me { id } }'), undefined)!;
    expect(compiledShaper(schema, shape)).toBeNull();
    expect(compiledShaper(schema, shape)).toEqual(expect.any(Function));
  });

  it('leaves introspection and a __proto__ key to the interpreter', () => {
    expect(compiledOf(compileOperation(schema, parse('{ __schema { queryType { name } } me { id } }'), undefined)!)).toBeNull();
    const unsafe = compileOperation(schema, parse('{ me { __proto__: name id } }'), undefined)!;
    expect(compiledOf(unsafe)).toBeNull();
    expect(outcome(() => shapeResult(schema, unsafe, {}, { me: { id: 'u1', __proto__: 'x' } }))).toEqual(outcome(() => shapeInterpreted(schema, unsafe, {}, { me: { id: 'u1', __proto__: 'x' } })));
  });

  it('leaves an operation of more than 2,000 fields to the interpreter', () => {
    const aliases = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `a${from + i}: name`).join(' ');
    expect(compiledOf(compileOperation(schema, parse(`{ me { ${aliases(1_999)} } }`), undefined)!)).toEqual(expect.any(Function));
    const large = compileOperation(schema, parse(`{ me { ${aliases(1_000)} best { ${aliases(1_000, 1_000)} } } }`), undefined)!;
    expect(compiledOf(large)).toBeNull();
    const data = { me: { name: 'Ada', best: { name: 'Grace' } } };
    expect(outcome(() => shapeResult(schema, large, {}, data))).toEqual(outcome(() => shapeInterpreted(schema, large, {}, data)));
  });

  it('never runs a value as code', () => {
    // Only the operation's response keys (GraphQL names) are written into the code, as string literals.
    const shape = compileOperation(schema, parse('{ me { id name } }'), undefined)!;
    const data = { me: { id: 'u1', name: '"); throw new Error("injected"); ("' } };
    expect(compiledOf(shape)(data, {})).toEqual({ me: { id: 'u1', name: data.me.name } });
  });
});
