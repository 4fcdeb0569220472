// A fetch's answer, copied and merged. A subgraph answer shared by several callers (data-source.ts,
// SubgraphClient.post) is parsed once and each caller gets its own copy, since the plan executor
// merges into it; then each entity's answer is merged into the entity (`merge`, @apollo/gateway's
// deepMerge). Generic code for any JSON reads and writes every value under a key that changes at
// every step (megamorphic in V8): copyOfData was the largest single function of the plan's
// execution (5.4 % of the router's CPU on Scenario A), merge next (tools/bench/README.md). A
// fetch's answer has the shape of its operation, known with the plan, so both are compiled once
// per fetch, like the result shapers (shape.ts): a function per selection set that reads and
// writes each response key by a constant name. On Scenario A's 88 KB answer copyOfData took
// 70-73 µs, the compiled copy 8-9 µs.
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { copyOfData } from '../data-source.ts';
import { own, ownRead } from './paths.ts';

/** A selection set's response keys, each with its own selection set (null: a leaf), merged over fragments. */
type Keys = Map<string, Keys | null>;

type Data = Record<string, unknown>;

/** Copies a parsed subgraph answer (`{ data, errors, extensions }`): what copyOfData gives for an answer of the operation's shape. */
export type AnswerCopier = (answer: unknown) => unknown;

/** Merges `source` into `target`, as `merge` does; `copy` when `source` is merged into more than one target. */
export type Merger = (target: Data, source: Data | null | undefined, copy: boolean) => void;

/** A fetch's compiled code: its answer's copy, and the merges of its `data` and of a root key's values (`_entities`, a BatchFetch alias). */
export interface FetchAnswer {
  readonly copy: AnswerCopier;
  readonly mergeData: Merger;
  mergeUnder(key: string): Merger;
}

/** Operations larger than this are copied by copyOfData (compiling costs milliseconds; see shape.ts). */
const MAX_COMPILED_KEYS = 2_000;

/** The generic code, for a fetch whose answer's code cannot be compiled. */
const GENERIC: FetchAnswer = { copy: copyOfData, mergeData: merge, mergeUnder: () => merge };

/**
 * The compiled code for answers to `operation` (a subgraph operation of a plan), or the generic
 * code (copyOfData, merge) when it cannot be compiled: not one operation, a `__proto__` key, too
 * large. A value the operation does not describe (an object where it selects a leaf, a custom
 * scalar's object) is copied by copyOfData and merged by merge; a key it does not select is left
 * out (a subgraph answers its operation's keys, and nothing reads any other: the result is shaped
 * from the client's operation). An object's keys come in the operation's order, its type
 * conditions' fields merged: for an object of one of them not always the answer's order, which
 * nothing reads either (the shaper builds the result in the client's order).
 */
export function fetchAnswer(operation: string): FetchAnswer {
  let document: DocumentNode;
  try {
    document = parse(operation, { noLocation: true });
  } catch {
    return GENERIC;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return GENERIC;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const counted = { keys: 0 };
  const root: Keys = new Map();
  if (!collect(operations[0]!.selectionSet, fragments, root, new Set(), counted)) return GENERIC;
  const code = compile(root);
  const data = code.copiers.get(root)!;
  return {
    copy: (answer) => {
      if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return copyOfData(answer);
      const copy: Data = {};
      for (const key in answer) {
        if (!Object.hasOwn(answer, key)) continue;
        const value = (answer as Data)[key];
        if (value === undefined) continue;
        if (key === '__proto__') Object.defineProperty(copy, key, { value: copyOfData(value), enumerable: true, writable: true, configurable: true });
        else copy[key] = key === 'data' && value !== null && typeof value === 'object' && !Array.isArray(value) ? data(value) : copyOfData(value);
      }
      return copy;
    },
    mergeData: code.mergers.get(root)!,
    mergeUnder: (key) => {
      const keys = root.get(key);
      return (keys && code.mergers.get(keys)) ?? merge;
    },
  };
}

/** Adds a selection set's response keys to `into`; false when it has a `__proto__` key or more keys in all than MAX_COMPILED_KEYS. */
function collect(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, into: Keys, spread: Set<string>, counted: { keys: number }): boolean {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (key === '__proto__' || ++counted.keys > MAX_COMPILED_KEYS) return false;
      if (!selection.selectionSet) {
        if (!into.has(key)) into.set(key, null);
        continue;
      }
      let keys = into.get(key);
      if (!keys) into.set(key, (keys = new Map()));
      if (!collect(selection.selectionSet, fragments, keys, spread, counted)) return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!collect(selection.selectionSet, fragments, into, spread, counted)) return false;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // An unknown or recursive spread: the subgraph refuses such an operation; nothing to copy by it.
      if (!fragment || spread.has(name)) continue;
      spread.add(name);
      const ok = collect(fragment.selectionSet, fragments, into, spread, counted);
      spread.delete(name);
      if (!ok) return false;
    }
  }
  return true;
}

/**
 * Two functions per selection set, its copy and its merge: `function c0(s){const o={};let v;v=s["id"];
 * if(v!==undefined)o["id"]=…;return o}`, `function m0(t,s,copy){…}`. Only response keys (GraphQL
 * names, written as JSON string literals) enter the code.
 */
function compile(root: Keys): { copiers: Map<Keys, (data: object) => unknown>; mergers: Map<Keys, Merger> } {
  const functions: string[] = [];
  const nodes: Keys[] = [];
  const emit = (keys: Keys): number => {
    const index = nodes.length;
    nodes.push(keys);
    functions.push('');
    let copy = `function c${index}(s){const o={};let v;`;
    let merge = `function m${index}(t,s,copy){if(s===null||s===undefined)return;let v,e;`;
    for (const [key, sub] of keys) {
      const k = JSON.stringify(key);
      const read = (from: string) => ownRead(from, key);
      const child = sub === null ? undefined : emit(sub);
      // The value's copy: a leaf's object by copyOfData, a selection set's objects by its copy, lists element by element.
      const copied = child === undefined ? `(typeof v==='object'&&v!==null?G(v):v)` : `(v===null||typeof v!=='object'?v:Array.isArray(v)?L(v,c${child}):c${child}(v))`;
      copy += `v=${read('s')};if(v!==undefined)o[${k}]=${copied};`;
      // merge's rules, key by key: an object into an object, a list into a list of its length element by element, else the value.
      merge += `v=${read('s')};if(v!==undefined){e=${read('t')};`;
      merge += `if(e&&typeof e!=='function'&&v!==null&&typeof v==='object'&&!Array.isArray(v)){if(${child === undefined ? 'false' : `typeof e==='object'&&!Array.isArray(e)`})${child === undefined ? '' : `m${child}(e,v,copy)`};else M(e,v,copy);}`;
      merge += `else if(Array.isArray(v)&&Array.isArray(e)&&v.length===e.length)A(e,v,copy,${child === undefined ? 'M,G' : `m${child},c${child}`});`;
      merge += `else t[${k}]=copy?${copied}:v;}`;
    }
    functions[index] = `${copy}return o;}\n${merge}}`;
    return index;
  };
  emit(root);
  const list = (prefix: string) => `[${nodes.map((_, i) => `${prefix}${i}`).join(',')}]`;
  const made = new Function('G', 'L', 'M', 'A', `${functions.join('\n')}\nreturn [${list('c')},${list('m')}];`)(copyOfData, copyList, merge, mergeLists) as [((data: object) => unknown)[], Merger[]];
  return { copiers: new Map(nodes.map((n, i) => [n, made[0][i]!])), mergers: new Map(nodes.map((n, i) => [n, made[1][i]!])) };
}

/** merge's lists of the same length: element by element, objects into objects, anything else replaced (copied when `copy`). */
function mergeLists(target: unknown[], source: unknown[], copy: boolean, mergeObject: Merger, copyObject: (value: object) => unknown): void {
  for (let i = 0; i < source.length; i++) {
    const e = target[i];
    const v = source[i];
    if (isObject(e) && isObject(v)) mergeObject(e, v, copy);
    else target[i] = copy ? (v === null || typeof v !== 'object' ? v : Array.isArray(v) ? copyList(v, copyObject) : copyObject(v)) : v;
  }
}

/** @apollo/gateway's deepMerge; `copy` when `source` is merged into more than one target. */
export function merge(target: Data, source: Data | null | undefined, copy: boolean): void {
  if (source === null || source === undefined) return;
  // for…in rather than Object.keys: no array of keys per merged object (JSON objects inherit no enumerable keys).
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const value = source[key];
    if (value === undefined) continue;
    if (key === '__proto__') {
      Object.defineProperty(target, key, { value: copy ? copyOfData(value) : value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const existing = own(target, key);
    if (existing && isObject(value)) {
      merge(existing as Data, value as Data, copy);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        if (isObject(existing[i]) && isObject(value[i])) merge(existing[i] as Data, value[i] as Data, copy);
        else existing[i] = copy ? copyOfData(value[i]) : value[i];
      }
    } else {
      target[key] = copy ? copyOfData(value) : value;
    }
  }
}

const isObject = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A list's copy: its objects by `copy`, lists within it element by element, anything else as it is. */
function copyList(list: unknown[], copy: (value: object) => unknown): unknown[] {
  const result = new Array<unknown>(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    result[i] = item === null || typeof item !== 'object' ? item : Array.isArray(item) ? copyList(item, copy) : copy(item);
  }
  return result;
}
