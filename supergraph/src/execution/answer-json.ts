// An answer's JSON written by code compiled from its operation's shape, for data the compiled shaper
// made (shape.ts): what `JSON.stringify` gives for it, character for character, in about 0.7 of its
// time on the gateways benchmark's Scenario A, flattening included (tools/bench/README.md, issue 16).
//
// Why: after the compiled copy, merge and shaping, the answer's `JSON.stringify` was the router's
// largest cost per request (24 % of its CPU on Scenario A). Most of it is scanning strings for
// characters to escape (V8 11.3 does it a character at a time), and answers repeat strings: a
// review's body under every product that lists it, a name under every mention of its user. Scenario
// A's 88 KB answer holds 843 strings, 33 of them distinct. The code here writes each object from its
// selection's keys (JSON literals in the code, no key lookups or property enumeration), and quotes
// a long string already written in the same answer by reusing its quoted text: the last string of
// its length is compared with it (a memory compare, many times cheaper than the escape scan), so a
// repeat is found when no other string of that length came between (UUIDs and dates never are).
// The answer is built with `+`, a rope the socket's write flattens once. Pieces in an array joined
// at the end were slower (each one-character piece costs the join as much as a long one).
//
// It pays only where answers repeat long strings: elsewhere its rope of small strings costs more
// than JSON.stringify's one pass (1.8× with nothing reused). So each operation keeps the writer only
// while its answers reuse at least MIN_REUSED of their characters, and gives its answers to
// JSON.stringify otherwise, trying the writer again every RETRY_EVERY answers.
//
// It serialises only what it was compiled for. Every value is checked against its field's type as
// the shaper left it (a string for String, a finite number for Float, an array for a list…), and any
// surprise gives up (BAIL): the caller then uses JSON.stringify on the whole answer. Selection sets
// the compiled shaper leaves to its interpreter (`plainSet` false: fragments with type conditions,
// @skip/@include, a key twice) are written by JSON.stringify itself.
import { GraphQLList, GraphQLNonNull, type GraphQLOutputType } from 'graphql';
import { plainSet, type FieldShape, type LeafKind, type OperationShape, type Shape } from './shape.ts';

/** The JSON of data the operation's compiled shaper made, or BAIL. */
export type AnswerJson = (data: Record<string, unknown>) => string | typeof BAIL;

const BAIL = Symbol('answer-json: not what it was compiled for');

/** Strings this long or longer are looked up among the answer's earlier strings; shorter ones are scanned at once. */
const REUSE_FROM = 24;

/**
 * The quoted JSON of each string, for one answer at a time: the last string written of each length
 * (and its quoted text), so a repeat is found with one map lookup and one comparison. Cleared after
 * each answer: nothing of one request's data outlives its serialisation.
 */
const lastOfLength = new Map<number, string>();
const quotedOfLength = new Map<number, string>();

/**
 * A string's JSON text. A short one is scanned here and, with nothing to escape, put between quotes;
 * a long one is JSON.stringify's (one flat string, a single piece when the answer's rope is
 * flattened, however often it is reused), made once per answer.
 */
function quote(s: string): string {
  const length = s.length;
  if (length < REUSE_FROM) {
    // What JSON.stringify escapes: `"`, `\`, controls, and surrogates (a lone one; a pair is left to it to tell).
    for (let k = 0; k < length; k++) {
      const c = s.charCodeAt(k);
      if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
    }
    return `"${s}"`;
  }
  if (lastOfLength.get(length) === s) {
    reused += length;
    return quotedOfLength.get(length)!;
  }
  const quoted = JSON.stringify(s);
  lastOfLength.set(length, s);
  quotedOfLength.set(length, quoted);
  return quoted;
}

/** Characters of the answer being written whose string was found written before (`quote`). */
let reused = 0;

/**
 * The share of an answer's characters the writer must have reused for its operation to keep it. The
 * writer wins only by reuse: with none it took 1.8× JSON.stringify's time here (an answer of UUIDs,
 * dates and short names: 494 against 271 µs, tools/bench/README.md), with 72 % of the answer reused
 * (Scenario A) 0.72×; about half is where they meet.
 */
const MIN_REUSED = 0.6;

/** An operation whose answers reuse less is written by JSON.stringify; every this many answers the writer tries again (the data may change). */
const RETRY_EVERY = 256;

/**
 * Each operation's compiled JSON writer, made at its first use: it is asked for only once the
 * compiled shaper answered, so from the operation's second answer on. It follows the shape alone
 * (an operation shape belongs to one API schema).
 */
const compiled = new WeakMap<OperationShape, AnswerJson>();

function answerJsonOf(shape: OperationShape): AnswerJson {
  let writer = compiled.get(shape);
  if (!writer) compiled.set(shape, (writer = compileAnswerJson(shape)));
  return writer;
}

/**
 * Compiles the writer, following compileShaper's structure in shape.ts (one function per selection
 * set, lists as loops). Only keys from the operation (GraphQL names, written as JSON string
 * literals) and indexes into a table of constants enter the code.
 */
function compileAnswerJson(shape: OperationShape): AnswerJson {
  const constants: unknown[] = [BAIL, quote];
  const functions: string[] = [];
  const B = 'C[0]';
  const Q = 'C[1]';

  /** Statements that turn `v` (a shaped value) into its JSON text, or return B. */
  const value = (v: string, type: GraphQLOutputType, selections: Shape[] | undefined, leaf: LeafKind, typename: boolean, fresh: boolean, depth: number): string => {
    if (type instanceof GraphQLNonNull) return `if (${v} === null) return ${B};\n${present(v, type.ofType, selections, leaf, typename, fresh, depth)}`;
    return `if (${v} === null) ${v} = 'null'; else {\n${present(v, type, selections, leaf, typename, fresh, depth)}\n}`;
  };
  const present = (v: string, type: GraphQLOutputType, selections: Shape[] | undefined, leaf: LeafKind, typename: boolean, fresh: boolean, depth: number): string => {
    if (typename) return `if (typeof ${v} !== 'string') return ${B}; ${v} = ${Q}(${v});`;
    if (type instanceof GraphQLList) {
      const [e, a, k, n] = [`e${depth}`, `a${depth}`, `k${depth}`, `n${depth}`];
      return `if (!Array.isArray(${v})) return ${B};
        { const ${n} = ${v}.length; let ${a} = '[';
          for (let ${k} = 0; ${k} < ${n}; ${k}++) { let ${e} = ${v}[${k}]; if (${e} === undefined) return ${B};
            ${value(e, type.ofType, selections, leaf, false, fresh, depth + 1)}
            ${a} += ${k} === 0 ? ${e} : ',' + ${e}; }
          ${v} = ${a} + ']'; }`;
    }
    if (selections) {
      if (!plainSet(selections, fresh)) return `if (typeof ${v} !== 'object') return ${B}; ${v} = JSON.stringify(${v});`;
      return `if (typeof ${v} !== 'object') return ${B}; ${v} = ${selectionSet(selections)}(${v}); if (${v} === ${B}) return ${B};`;
    }
    // Only what this text depends on, not the shaper's whole test of the kind (shape.ts `present`: an
    // enum's value in its type, an Int's integer range): the shaper has just held the same data to that,
    // and any value that passes here is written as JSON.stringify writes it. '' + a finite number is
    // JSON.stringify's text for it (-0 and exponents included).
    switch (leaf) {
      case 'String':
      case 'enum':
        return `if (typeof ${v} !== 'string') return ${B}; ${v} = ${Q}(${v});`;
      case 'ID':
        return `if (typeof ${v} === 'string') ${v} = ${Q}(${v}); else if (typeof ${v} === 'number' && Number.isFinite(${v})) ${v} = '' + ${v}; else return ${B};`;
      case 'Int':
      case 'Float':
        return `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return ${B}; ${v} = '' + ${v};`;
      case 'Boolean':
        return `if (${v} === true) ${v} = 'true'; else if (${v} === false) ${v} = 'false'; else return ${B};`;
      case 'any':
        // A custom scalar's value as it is (an object, a list, anything JSON.stringify writes).
        return `${v} = JSON.stringify(${v}); if (${v} === undefined) return ${B};`;
    }
  };
  /** A function `(o) => json | B` for one plain selection set; its name. */
  const selectionSet = (selections: FieldShape[]): string => {
    const slot = functions.push('') - 1;
    const lines: string[] = ['let v, r;'];
    selections.forEach((s, j) => {
      lines.push(`v = o[${JSON.stringify(s.key)}]; if (v === undefined) return ${B};`);
      lines.push(value('v', s.type, s.selections, s.leaf, s.typename, s.fresh, 0));
      const prefix = JSON.stringify(`${j === 0 ? '{' : ','}${JSON.stringify(s.key)}:`);
      lines.push(j === 0 ? `r = ${prefix} + v;` : `r += ${prefix} + v;`);
    });
    lines.push(selections.length === 0 ? `return '{}';` : `return r + '}';`);
    functions[slot] = `function j${slot}(o) {\n${lines.join('\n')}\n}`;
    return `j${slot}`;
  };

  if (!plainSet(shape.selections, shape.fresh)) return (data) => JSON.stringify(data);
  const root = selectionSet(shape.selections);
  const write = new Function('C', `${functions.join('\n')}\nreturn ${root};`)(constants) as AnswerJson;
  // Whether the operation's last answer written here reused enough (MIN_REUSED); answers since the writer last wrote one.
  let worth = true;
  let skipped = 0;
  return (data) => {
    if (!worth && ++skipped < RETRY_EVERY) return BAIL;
    skipped = 0;
    reused = 0;
    try {
      const json = write(data);
      if (json !== BAIL) worth = reused >= MIN_REUSED * json.length;
      return json;
    } finally {
      lastOfLength.clear();
      quotedOfLength.clear();
    }
  };
}

/** Data the compiled shaper made, with its operation's writer (`withAnswerJson`). Weak: gone with the answers. */
const writers = new WeakMap<object, AnswerJson>();

/** Marks `data` (made by the compiled shaper for `shape`) to be written by its operation's writer. */
export function withAnswerJson(shape: OperationShape, data: Record<string, unknown>): void {
  writers.set(data, answerJsonOf(shape));
}

/**
 * Apollo Server's `stringifyResult`: an answer whose `data` has a writer (`withAnswerJson`) is
 * written key by key in its own order, `data` by the writer and the rest (errors, extensions) by
 * JSON.stringify, which is what JSON.stringify of the whole writes. Anything else, or a writer's
 * BAIL, is `stringify`'s.
 */
export function stringifyAnswers(stringify: (value: unknown) => string): (value: unknown) => string {
  return (value) => {
    const result = value as Record<string, unknown>;
    const data = result?.data;
    const write = data !== null && typeof data === 'object' ? writers.get(data) : undefined;
    if (!write || typeof result.toJSON === 'function') return stringify(value);
    // The data first: a BAIL (an operation left to JSON.stringify, most often) costs nothing else.
    const dataJson = write(data as Record<string, unknown>);
    if (dataJson === BAIL) return stringify(value);
    let out = '{';
    for (const key in result) {
      if (!Object.hasOwn(result, key)) continue;
      const item = result[key];
      if (key !== 'data' && item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function') return stringify(value);
      const json = key === 'data' ? dataJson : JSON.stringify(item);
      if (json === undefined) continue;
      out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${json}`;
    }
    return `${out}}`;
  };
}
