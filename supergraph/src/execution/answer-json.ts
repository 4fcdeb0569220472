// An answer's JSON written by code compiled from its operation's shape, for data the compiled shaper
// made (shape.ts): the UTF-8 bytes of what `JSON.stringify` gives for it, byte for byte. On the
// gateways benchmark's Scenario A it takes 10 % of the router's CPU, where the rope of strings it
// wrote before took 17.6 % with its flattening (tools/bench/README.md, issue 16).
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
// The answer is written as UTF-8 bytes into one buffer, and a repeat is copied from where its first
// occurrence was written (`copyWithin`). Until 2026-11-28 it was a rope of strings built with `+`:
// the response's `Buffer.byteLength` then flattened it (10 % of the router's CPU on Scenario A,
// 60–100 µs an 88 KB answer, most of it walking the rope's nodes, which other requests had pushed
// out of the caches by then) and the socket's write copied the flat string again. Bytes need
// neither: the answer goes to the socket as the Buffer it is (tools/bench/README.md, issue 16).
//
// It pays only where answers repeat long strings: elsewhere its character-at-a-time writing costs
// more than JSON.stringify's one pass (1.1–1.4× with nothing reused, MIN_REUSED). So each operation
// keeps the writer only while its answers reuse at least MIN_REUSED of their bytes, and gives its
// answers to JSON.stringify otherwise, trying the writer again every RETRY_EVERY answers.
//
// It serialises only what it was compiled for. Every value is checked against its field's type as
// the shaper left it (a string for String, a finite number for Float, an array for a list…), and any
// surprise gives up (BAIL): the caller then uses JSON.stringify on the whole answer. Selection sets
// the compiled shaper leaves to its interpreter (`plainSet` false: fragments with type conditions,
// @skip/@include, a key twice) are written by JSON.stringify itself.
import { GraphQLList, GraphQLNonNull, type GraphQLOutputType } from 'graphql';
import { plainSet, type FieldShape, type LeafKind, type OperationShape, type Shape } from './shape.ts';

/** An answer's JSON: text, or its UTF-8 bytes (written by the compiled writer). */
export type AnswerText = string | Buffer;

/** An answer's JSON as text, for Apollo Server's own path (its types and batching want strings). */
export const answerString = (text: AnswerText): string => (typeof text === 'string' ? text : text.toString('utf8'));

const BAIL = Symbol('answer-json: not what it was compiled for');

/**
 * `buffer` if it has room for `n` bytes after its first `used`, else a new one (twice as large at
 * least) with those `used` bytes copied: the one way an answer's buffer grows, in the compiled
 * writers (`room`) and around them (`stringifyAnswers`).
 */
function withRoom(buffer: Buffer, used: number, n: number): Buffer {
  if (used + n <= buffer.length) return buffer;
  const grown = Buffer.allocUnsafeSlow(Math.max(buffer.length * 2, used + n));
  buffer.copy(grown, 0, 0, used);
  return grown;
}

/**
 * One operation's compiled writer: writes the JSON of `data` (made by its compiled shaper) into
 * `buffer` from `at` on, growing it when needed, and gives the end, or BAIL.
 */
interface CompiledWriter {
  write(data: Record<string, unknown>, buffer: Buffer, at: number): number | typeof BAIL;
  /** The buffer the last `write` left its bytes in (`buffer`, or a larger copy of it). */
  written(): Buffer;
  /** Bytes of the last `write` copied from a string written earlier in the same answer. */
  reused(): number;
}

/** Strings this long or longer are looked up among the answer's earlier strings; shorter ones are scanned at once. */
const REUSE_FROM = 24;

/**
 * The share of an answer's bytes the writer must have reused for its operation to keep it. The
 * writer wins only by reuse: with none, the rope it wrote before took 1.8× JSON.stringify's time (an
 * answer of UUIDs, dates and short names: 494 against 271 µs, tools/bench/README.md), with 72 % of
 * the answer reused (Scenario A) 0.72×; about half is where they met. Written as bytes, an answer of
 * distinct UUIDs, dates and numbers still took 1.1–1.4× JSON.stringify's time and its Buffer.from
 * (280–455 against 237–321 µs for 79 KB), so the threshold stays.
 */
const MIN_REUSED = 0.6;

/** An operation whose answers reuse less is written by JSON.stringify; every this many answers the writer tries again (the data may change). */
const RETRY_EVERY = 256;

/**
 * The code every compiled writer starts with (each has its own copy, so V8 optimises it for that
 * operation alone): the buffer `o` written at `p`, and the helpers the compiled code calls. `R` is
 * withRoom, `B` is BAIL.
 *
 * A string is written a character at a time while each is printable ASCII other than `"` and `\`
 * (one byte each in UTF-8, written as they are by JSON.stringify); anything else is JSON.stringify's
 * text, encoded (`text`). A string of REUSE_FROM characters or more is remembered by its length:
 * the last one of each length, with where its JSON starts and ends, so a repeat is found with one
 * map lookup and one string compare (a memory compare, many times cheaper than the scan), and its
 * bytes copied from there.
 */
const PRELUDE = `
let o, p = 0, reused = 0, seen = 0;
// Per length of string (its index in lastOfLength): the last string of that length, where its JSON starts and ends.
const lastOfLength = new Map(), seenString = [], seenStart = [], seenEnd = [];
function room(n) { if (p + n > o.length) o = R(o, p, n); }
function text(t) { room(t.length * 3); p += o.write(t, p); }
function ascii(s, n) {
  room(n + 2);
  let q = p;
  o[q++] = 34;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c === 34 || c === 92 || c > 126) return text(JSON.stringify(s));
    o[q++] = c;
  }
  o[q++] = 34;
  p = q;
}
function str(s) {
  const n = s.length;
  if (n < ${REUSE_FROM}) return ascii(s, n);
  let i = lastOfLength.get(n);
  if (i === undefined) lastOfLength.set(n, (i = seen++));
  else if (seenString[i] === s) {
    const a = seenStart[i], b = seenEnd[i];
    room(b - a);
    o.copyWithin(p, a, b);
    p += b - a;
    reused += b - a;
    return;
  }
  const a = p;
  ascii(s, n);
  seenString[i] = s; seenStart[i] = a; seenEnd[i] = p;
}
function num(v) { const t = '' + v; const n = t.length; room(n); for (let k = 0; k < n; k++) o[p + k] = t.charCodeAt(k); p += n; }
`;

/** Statements writing the ASCII `text` (a constant of the operation) at `p`. */
function constant(text: string, constants: unknown[]): string {
  const bytes = Buffer.from(text, 'latin1');
  if (bytes.length > 64) return `room(${bytes.length}); o.set(C[${constants.push(bytes) - 1}], p); p += ${bytes.length};`;
  return `room(${bytes.length}); ${[...bytes].map((b, k) => `o[p${k ? ` + ${k}` : ''}] = ${b};`).join(' ')} p += ${bytes.length};`;
}

/**
 * Each operation's compiled JSON writer, made at its first use: it is asked for only once the
 * compiled shaper answered, so from the operation's second answer on. It follows the shape alone
 * (an operation shape belongs to one API schema). Null: the operation's root selection set is not
 * plain (JSON.stringify writes it).
 */
const compiled = new WeakMap<OperationShape, AnswerWriter>();

/** An operation's writer, with the state that decides whether its answers are worth it. */
interface AnswerWriter {
  readonly writer: CompiledWriter | null;
  /** Whether the operation's last answer written here reused enough (MIN_REUSED). */
  worth: boolean;
  /** Answers since the writer last wrote one. */
  skipped: number;
  /** The byte length of the last answer written (the next one's buffer is sized from it). */
  size: number;
}

function answerWriterOf(shape: OperationShape): AnswerWriter {
  let writer = compiled.get(shape);
  if (!writer) compiled.set(shape, (writer = { writer: compileAnswerJson(shape), worth: true, skipped: 0, size: 0 }));
  return writer;
}

/**
 * Compiles the writer, following compileShaper's structure in shape.ts (one function per selection
 * set, lists as loops). Only keys from the operation (GraphQL names, written as bytes: JSON string
 * literals, so ASCII) and indexes into a table of constants enter the code.
 */
function compileAnswerJson(shape: OperationShape): CompiledWriter | null {
  if (!plainSet(shape.selections, shape.fresh)) return null;
  const constants: unknown[] = [];
  const functions: string[] = [];
  const write = (text: string) => constant(text, constants);

  /** Statements that write `v` (a shaped value) as JSON, or return B. */
  const value = (v: string, type: GraphQLOutputType, selections: Shape[] | undefined, leaf: LeafKind, typename: boolean, fresh: boolean, depth: number): string => {
    if (type instanceof GraphQLNonNull) return `if (${v} === null) return B;\n${present(v, type.ofType, selections, leaf, typename, fresh, depth)}`;
    return `if (${v} === null) { ${write('null')} } else {\n${present(v, type, selections, leaf, typename, fresh, depth)}\n}`;
  };
  const present = (v: string, type: GraphQLOutputType, selections: Shape[] | undefined, leaf: LeafKind, typename: boolean, fresh: boolean, depth: number): string => {
    if (typename) return `if (typeof ${v} !== 'string') return B; str(${v});`;
    if (type instanceof GraphQLList) {
      const [e, k, n] = [`e${depth}`, `k${depth}`, `n${depth}`];
      return `if (!Array.isArray(${v})) return B;
        { const ${n} = ${v}.length; ${write('[')}
          for (let ${k} = 0; ${k} < ${n}; ${k}++) { const ${e} = ${v}[${k}]; if (${e} === undefined) return B;
            if (${k} !== 0) { ${write(',')} }
            ${value(e, type.ofType, selections, leaf, false, fresh, depth + 1)} }
          ${write(']')} }`;
    }
    if (selections) {
      if (!plainSet(selections, fresh)) return `if (typeof ${v} !== 'object') return B; text(JSON.stringify(${v}));`;
      return `if (typeof ${v} !== 'object' || ${selectionSet(selections)}(${v}) === B) return B;`;
    }
    // Only what this text depends on, not the shaper's whole test of the kind (shape.ts \`present\`: an
    // enum's value in its type, an Int's integer range): the shaper has just held the same data to that,
    // and any value that passes here is written as JSON.stringify writes it. '' + a finite number is
    // JSON.stringify's text for it (-0 and exponents included).
    switch (leaf) {
      case 'String':
      case 'enum':
        return `if (typeof ${v} !== 'string') return B; str(${v});`;
      case 'ID':
        return `if (typeof ${v} === 'string') str(${v}); else if (typeof ${v} === 'number' && Number.isFinite(${v})) num(${v}); else return B;`;
      case 'Int':
      case 'Float':
        return `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return B; num(${v});`;
      case 'Boolean':
        return `if (${v} === true) { ${write('true')} } else if (${v} === false) { ${write('false')} } else return B;`;
      case 'any':
        // A custom scalar's value as it is (an object, a list, anything JSON.stringify writes).
        return `{ const t = JSON.stringify(${v}); if (t === undefined) return B; text(t); }`;
    }
  };
  /** A function `(x) => undefined | B` writing one plain selection set; its name. */
  const selectionSet = (selections: FieldShape[]): string => {
    const slot = functions.push('') - 1;
    const lines: string[] = ['let v;'];
    selections.forEach((s, j) => {
      lines.push(`v = x[${JSON.stringify(s.key)}]; if (v === undefined) return B;`);
      lines.push(write(`${j === 0 ? '{' : ','}${JSON.stringify(s.key)}:`));
      lines.push(value('v', s.type, s.selections, s.leaf, s.typename, s.fresh, 0));
    });
    lines.push(write(selections.length === 0 ? '{}' : '}'));
    functions[slot] = `function j${slot}(x) {\n${lines.join('\n')}\n}`;
    return `j${slot}`;
  };

  const root = selectionSet(shape.selections);
  const source = `${PRELUDE}
${functions.join('\n')}
return {
  write(data, buffer, at) {
    o = buffer; p = at; reused = 0;
    try {
      return ${root}(data) === B ? B : p;
    } finally {
      // Nothing of one answer's strings outlives its serialisation.
      lastOfLength.clear(); seenString.fill(undefined, 0, seen); seen = 0;
    }
  },
  written() { const b = o; o = undefined; return b; },
  reused() { return reused; },
};`;
  return new Function('C', 'R', 'B', source)(constants, withRoom, BAIL) as CompiledWriter;
}

/** Data the compiled shaper made, with its operation's writer (`withAnswerJson`). Weak: gone with the answers. */
const writers = new WeakMap<object, AnswerWriter>();

/** Marks `data` (made by the compiled shaper for `shape`) to be written by its operation's writer. */
export function withAnswerJson(shape: OperationShape, data: Record<string, unknown>): void {
  writers.set(data, answerWriterOf(shape));
}

/**
 * Each answer is written into a buffer of its own, sized from its operation's last answer with room
 * to spare (the first from MIN_SIZE, doubled as it fills), and given as it is (no copy) unless it
 * fills less than half of it. A scratch buffer copied out at the end cost that copy: 1.3 % of the
 * router's CPU on Scenario A.
 */
const SPARE = 1.125;
const MIN_SIZE = 64;

/**
 * Apollo Server's `stringifyResult`, as bytes where it can: an answer whose `data` has a writer
 * (`withAnswerJson`) is written key by key in its own order, `data` by the writer and the rest
 * (errors, extensions) by JSON.stringify, which is what JSON.stringify of the whole writes, as
 * UTF-8 bytes. Anything else, a writer's BAIL or an operation whose answers reuse too little, is
 * `stringify`'s text.
 */
export function stringifyAnswers(stringify: (value: unknown) => string): (value: unknown) => AnswerText {
  return (value) => {
    const result = value as Record<string, unknown>;
    const data = result?.data;
    const entry = data !== null && typeof data === 'object' ? writers.get(data) : undefined;
    if (!entry?.writer || typeof result.toJSON === 'function') return stringify(value);
    if (!entry.worth && ++entry.skipped < RETRY_EVERY) return stringify(value);
    entry.skipped = 0;
    const { writer } = entry;
    // allocUnsafe: a small answer's buffer is a slice of Node's shared pool, a large one its own.
    let buffer: Buffer = Buffer.allocUnsafe(Math.max(MIN_SIZE, Math.ceil(entry.size * SPARE)));
    let p = 0;
    let first = true;
    /** Writes JSON text (a key, errors, extensions) at `p`. */
    const text = (t: string) => {
      buffer = withRoom(buffer, p, t.length * 3);
      p += buffer.write(t, p);
    };
    let start = 0;
    let reused = 0;
    for (const key in result) {
      if (!Object.hasOwn(result, key)) continue;
      const item = result[key];
      if (item === undefined) continue;
      if (key !== 'data' && item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function') return stringify(value);
      text(`${first ? '{' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (key === 'data') {
        start = p;
        const end = writer.write(data as Record<string, unknown>, buffer, p);
        buffer = writer.written();
        if (end === BAIL) return stringify(value);
        p = end;
        reused = writer.reused();
        continue;
      }
      const json = JSON.stringify(item);
      if (json !== undefined) text(json);
    }
    text(first ? '{}' : '}');
    entry.worth = reused >= MIN_REUSED * (p - start);
    entry.size = p;
    if (p * 2 >= buffer.length) return buffer.subarray(0, p);
    const out = Buffer.allocUnsafe(p);
    buffer.copy(out, 0, 0, p);
    return out;
  };
}
