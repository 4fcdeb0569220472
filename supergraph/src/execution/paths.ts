// The objects a plan's Flatten path leads to, and an entity's representation looked up by its key
// fields: the plan executor's reads of the data it merged, for every entity of every fetch. Read
// through one function for every path and key, each read is a keyed load whose key changes at
// every step (megamorphic in V8: 2.4 % of the router's CPU on Scenario A for that one line,
// tools/bench/README.md). Compiled once per path or key, each read is a constant name's, whose
// inline cache sees the few kinds of object found there.
import type { PathStep } from './second-planner.ts';
import { atSecondUse, type Uses } from './second-use.ts';

type Data = Record<string, unknown>;

/**
 * `object[key]` when the object holds it itself. Its values are JSON's, never functions, and of what
 * a plain object inherits only `__proto__` is no function: one property read, not Object.hasOwn and a
 * read (this runs for every field of every merged entity: 5 % of the router's CPU on the nested query).
 */
export const own = (object: Data, key: string): unknown => {
  const value = object[key];
  if (value === undefined || typeof value === 'function') return undefined;
  return key !== '__proto__' || Object.hasOwn(object, key) ? value : undefined;
};

/**
 * `own(object, key)` as an expression of compiled code, for a constant key that is not `__proto__`
 * (compiled code never reads one): a key an object inherits (`constructor`, `toString`) is read only
 * when the object holds it, any other as it is.
 */
export function ownRead(object: string, key: string): string {
  const k = JSON.stringify(key);
  return key in Object.prototype ? `(Object.hasOwn(${object},${k})?${object}[${k}]:undefined)` : `${object}[${k}]`;
}

/** The non-null objects at a path (`collect`'s answer), pushed onto `out`; `ofTypes` checks a type condition step. */
export type Collector = (value: unknown, out: Data[], ofTypes: (value: Data, types: readonly string[]) => boolean) => void;

/** Each path's compiled collector (null: a path with a `__proto__` step, interpreted). */
const collectors = new WeakMap<readonly PathStep[], Uses<Collector | null>>();

/**
 * The non-null objects at `path` ('@' steps into every element of a list; a type condition keeps
 * the objects of those types): interpreted at a path's first use, then by a function compiled for
 * it. Paths with a `__proto__` step stay interpreted.
 */
export function collectorOf(path: readonly PathStep[]): Collector {
  const compiled = atSecondUse(collectors, path, () => (path.includes('__proto__') ? null : compileCollector(path)));
  return compiled ?? ((value, out, ofTypes) => collect(value, path, 0, out, ofTypes));
}

/**
 * The interpreter: the objects at `path` from step `i` on; with `where`, each one's position in the
 * data too (`at`: the position of `value`), in the same order: the plan executor's error paths.
 */
function collect(value: unknown, path: readonly PathStep[], i: number, out: Data[], ofTypes: Parameters<Collector>[2], at?: Position, where?: Position[]): void {
  if (value === null || value === undefined) return;
  if (i === path.length) {
    if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        const v = value[j];
        if (v === null || v === undefined) continue;
        out.push(v as Data);
        where?.push([...at!, j]);
      }
    } else {
      out.push(value as Data);
      where?.push([...at!]);
    }
    return;
  }
  const step = path[i]!;
  if (step === '@') {
    if (!Array.isArray(value)) throw new Error(`Expected a list at ${path.slice(0, i).join('.')}`);
    for (let j = 0; j < value.length; j++) collect(value[j], path, i + 1, out, ofTypes, where && [...at!, j], where);
    return;
  }
  if (typeof step === 'object') {
    if (Array.isArray(value)) for (let j = 0; j < value.length; j++) collect(value[j], path, i, out, ofTypes, where && [...at!, j], where);
    else if (ofTypes(value as Data, step.types)) collect(value, path, i + 1, out, ofTypes, at, where);
    return;
  }
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${String(step)}`);
  collect(own(value as Data, step), path, i + 1, out, ofTypes, where && [...at!, step], where);
}

/** A place in the answer's data: field names and list indexes from its root. */
export type Position = (string | number)[];

/** Where each object at `path` from `root` is (the objects `collectorOf(path)` finds, in its order), pushed onto `where`. */
export function positionsAt(root: unknown, path: readonly PathStep[], ofTypes: Parameters<Collector>[2], where: Position[]): void {
  collect(root, path, 0, [], ofTypes, [], where);
}

/**
 * One function per step: `function p1(v,out,T){if(v===null||v===undefined)return;…p2(w,out,T);}`.
 * Only the path's names (written as JSON string literals) and indexes into a table of constants
 * enter the code. The same errors as the interpreter: a list where a name is expected, no list at '@'.
 */
function compileCollector(path: readonly PathStep[]): Collector {
  const constants: unknown[] = [];
  const constant = (value: unknown) => `C[${constants.push(value) - 1}]`;
  const functions: string[] = [];
  for (let i = 0; i <= path.length; i++) {
    const step = path[i];
    let body = `function p${i}(v,out,T){if(v===null||v===undefined)return;`;
    if (i === path.length) {
      body += 'if(Array.isArray(v)){for(let j=0;j<v.length;j++){const x=v[j];if(x!==null&&x!==undefined)out.push(x);}}else out.push(v);';
    } else if (step === '@') {
      body += `if(!Array.isArray(v))throw new Error(${constant(`Expected a list at ${path.slice(0, i).join('.')}`)});for(let j=0;j<v.length;j++)p${i + 1}(v[j],out,T);`;
    } else if (typeof step === 'object') {
      body += `if(Array.isArray(v)){for(let j=0;j<v.length;j++)p${i}(v[j],out,T);}else if(T(v,${constant(step.types)}))p${i + 1}(v,out,T);`;
    } else {
      body += `if(Array.isArray(v))throw new Error(${constant(`Unexpected array in result for path element ${String(step)}`)});p${i + 1}(${ownRead('v', step as string)},out,T);`;
    }
    functions.push(`${body}}`);
  }
  return new Function('C', `${functions.join('\n')}\nreturn p0;`)(constants) as Collector;
}

/** A `requires` that is one type condition's scalar fields: their names in the representation and in the entity, in order. */
export interface KeyFields {
  readonly typeCondition: string;
  readonly names: readonly string[];
  readonly from: readonly string[];
  /**
   * The index of the representation already sent with the entity's key values, found in the trie
   * of representations (field name → value → field name → …; `end` holds the index), or undefined:
   * not sent yet, or a key value missing or an object. Compiled: one constant name's read a field.
   */
  readonly find: (trie: Map<unknown, unknown>, entity: Data) => number | undefined;
  /**
   * For a key of `__typename` and one field (the usual `@key(fields: "id")`): the entity's value of
   * that field, or undefined when it is missing or an object (then `find` and the interpreter decide).
   */
  readonly value?: (entity: Data) => unknown;
}

/** `find`, compiled for one requires' key fields; `end` is the trie's key of an index. */
export function keyFields(typeCondition: string, names: readonly string[], from: readonly string[], end: symbol): KeyFields {
  const inherited = from.some((name) => name === '__proto__');
  let code = 'let n=t,v;';
  for (let i = 0; i < names.length; i++) {
    code += `v=${ownRead('e', from[i]!)};if(v===undefined||(v!==null&&typeof v==='object'))return undefined;`;
    code += `n=n.get(${JSON.stringify(names[i])});if(n===undefined)return undefined;n=n.get(v);if(n===undefined)return undefined;`;
  }
  code += 'return n.get(END);';
  const find = inherited ? () => undefined : (new Function('END', `return function find(t,e){${code}}`)(end) as KeyFields['find']);
  const single = !inherited && names.length === 2 && names[0] === '__typename' && from[0] === '__typename';
  const value = single
    ? (new Function(`return function value(e){const v=${ownRead('e', from[1]!)};return v!==null&&typeof v==='object'?undefined:v;}`)() as KeyFields['value'])
    : undefined;
  return { typeCondition, names, from, find, value };
}
