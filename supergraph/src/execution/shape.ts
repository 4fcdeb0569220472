// Result shaping: the client's operation applied to what the subgraphs returned, as
// @apollo/gateway's computeResponse does it (same rules, same errors), but on a tree compiled
// once per operation. The gateway walks @apollo/federation-internals' operation objects on
// every request (directives looked up per selection, getters per field); under load that walk was
// a fifth of the router's CPU (tools/bench/README.md, gateways).
import {
  GraphQLError,
  GraphQLList,
  GraphQLNonNull,
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  valueFromAST,
  typeFromAST,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  type DirectiveNode,
  type GraphQLEnumType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { atSecondUse, type Uses } from './second-use.ts';

/** `@skip(if:)` / `@include(if:)`: a literal or a variable's name. */
type IfArgument = boolean | { variable: string };

/** How a leaf value is checked: any value (custom scalars), an enum's values, or a built-in scalar's. */
export type LeafKind = 'any' | 'enum' | 'Int' | 'Float' | 'String' | 'Boolean' | 'ID';

export interface FieldShape {
  readonly field: true;
  readonly key: string;
  readonly typename: boolean;
  readonly type: GraphQLOutputType;
  readonly leaf: LeafKind;
  readonly selections: Shape[] | undefined;
  /** `selections` applied to a new object find none of their keys in it (`isFresh`): no read of each first. */
  readonly fresh: boolean;
  readonly skip?: IfArgument;
  readonly include?: IfArgument;
}

interface FragmentShape {
  readonly field: false;
  readonly typeCondition: GraphQLCompositeType | undefined;
  readonly selections: Shape[];
  readonly skip?: IfArgument;
  readonly include?: IfArgument;
}

export type Shape = FieldShape | FragmentShape;

/** One operation compiled against the API schema. */
export interface OperationShape {
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly rootType: GraphQLObjectType;
  readonly selections: Shape[];
  /** As FieldShape's `fresh`, for the root's selections. */
  readonly fresh: boolean;
  /** Selects `__schema` or `__type`: introspection, answered by the gateway's own executor. */
  readonly introspection: boolean;
  /** A response key no plain object can hold safely (`__proto__`). */
  readonly unsafeKey: boolean;
  /** Variables' default values, for `@skip`/`@include`. */
  readonly defaults: Record<string, unknown>;
  /** The operation's node, for variable coercion. */
  readonly definition: OperationDefinitionNode;
}

export function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined | null): OperationShape | undefined {
  let definition: OperationDefinitionNode | undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (operationName ? d.name?.value === operationName : !definition)) definition = d;
  }
  if (!definition) return undefined;
  const rootType = definition.operation === 'query' ? schema.getQueryType() : definition.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!rootType) return undefined;
  const state = { introspection: false, unsafeKey: false };
  const compile = (set: SelectionSetNode, parent: GraphQLCompositeType): Shape[] => {
    const out: Shape[] = [];
    for (const s of set.selections) {
      const conditions = ifArguments(s.directives);
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        const key = s.alias?.value ?? name;
        if (key === '__proto__') state.unsafeKey = true;
        if (name === '__schema' || name === '__type') {
          state.introspection = true;
          continue;
        }
        if (name === '__typename') {
          out.push({ field: true, key, typename: true, type: GraphQLBoolean, leaf: 'any', selections: undefined, fresh: false, ...conditions });
          continue;
        }
        if (isAbstractType(parent) && !isInterfaceType(parent)) throw new Error(`field ${name} selected on union ${parent.name}`);
        const definition = (parent as GraphQLObjectType).getFields()[name];
        if (!definition) throw new Error(`unknown field ${parent.name}.${name}`);
        const named = getNamedType(definition.type);
        const selections = s.selectionSet && isCompositeType(named) ? compile(s.selectionSet, named) : undefined;
        out.push({ field: true, key, typename: false, type: definition.type, leaf: leafKind(named), selections, fresh: !!selections && isFresh(selections), ...conditions });
        continue;
      }
      const condition = s.kind === Kind.INLINE_FRAGMENT ? s.typeCondition : fragments.get(s.name.value)?.typeCondition;
      const body = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments.get(s.name.value)?.selectionSet;
      if (!body) throw new Error(`unknown fragment ${s.kind === Kind.FRAGMENT_SPREAD ? s.name.value : ''}`);
      const typeCondition = condition ? (schema.getType(condition.name.value) as GraphQLCompositeType | undefined) : undefined;
      if (condition && !typeCondition) throw new Error(`unknown type ${condition.name.value}`);
      const selections = compile(body, typeCondition ?? parent);
      // A fragment on the object type it is spread in always applies: its selections join the parent's.
      if (!conditions.skip && !conditions.include && (!typeCondition || (typeCondition === parent && isObjectType(parent)))) out.push(...selections);
      else out.push({ field: false, typeCondition, selections, ...conditions });
    }
    return out;
  };
  const selections = compile(definition.selectionSet, rootType);
  const defaults: Record<string, unknown> = {};
  for (const v of definition.variableDefinitions ?? []) {
    if (!v.defaultValue) continue;
    const type = typeFromAST(schema, v.type as never);
    defaults[v.variable.name.value] = type ? valueFromAST(v.defaultValue, type as never) : undefined;
  }
  return { kind: definition.operation as OperationShape['kind'], rootType, selections, fresh: isFresh(selections), defaults, definition, ...state };
}

/**
 * Whether selections applied to a new object find none of their keys in it: fields only, each key
 * once, none that a plain object inherits (`toString`: its read finds Object.prototype's).
 */
function isFresh(selections: Shape[]): boolean {
  const keys = new Set<string>();
  for (const s of selections) {
    if (!s.field || keys.has(s.key) || s.key in Object.prototype) return false;
    keys.add(s.key);
  }
  return true;
}

function leafKind(type: GraphQLNamedType): LeafKind {
  if (isEnumType(type)) return 'enum';
  if (type === GraphQLInt || type === GraphQLFloat || type === GraphQLString || type === GraphQLBoolean || type === GraphQLID) return type.name as LeafKind;
  return 'any';
}

function ifArguments(directives: readonly DirectiveNode[] | undefined): { skip?: IfArgument; include?: IfArgument } {
  const out: { skip?: IfArgument; include?: IfArgument } = {};
  for (const d of directives ?? []) {
    if (d.name.value !== 'skip' && d.name.value !== 'include') continue;
    const arg = d.arguments?.find((a) => a.name.value === 'if')?.value;
    if (!arg) continue;
    out[d.name.value] = arg.kind === Kind.VARIABLE ? { variable: arg.name.value } : arg.kind === Kind.BOOLEAN ? arg.value : false;
  }
  return out;
}

/** The shaped data and the errors found on the way (nulls in non-null fields, invalid leaf values). */
export interface Shaped {
  data: Record<string, unknown> | null;
  errors: GraphQLError[];
  /** Made by the compiled shaper: each plain set's objects (`plainSet`) hold exactly its keys, in order, each value checked. */
  compiled?: true;
}

const HAS_ERRORS = 1;
const INVALID = 2;

class Shaper {
  readonly errors: GraphQLError[] = [];
  /** Flags of the last `update` (its result object, without allocating one per value). */
  flags = 0;
  readonly path: (string | number)[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly variables: Record<string, unknown>,
  ) {}

  skipped(s: Shape): boolean {
    return (s.skip !== undefined && this.ifValue(s.skip)) || (s.include !== undefined && !this.ifValue(s.include));
  }

  private ifValue(arg: IfArgument): boolean {
    if (typeof arg === 'boolean') return arg;
    const value = this.variables[arg.variable];
    if (typeof value !== 'boolean') throw new Error(`Unexpected value ${String(value)} for variable $${arg.variable} of @skip/@include`);
    return value;
  }

  /**
   * Applies selections to one object; true when a non-null field was null (the parent becomes null).
   * `fresh`: `output` is new and the selections' keys are not in it (`isFresh`).
   */
  applySet(input: Record<string, unknown>, selections: Shape[], output: Record<string, unknown>, parentType: GraphQLCompositeType, fresh = false): boolean {
    for (const s of selections) {
      if ((s.skip !== undefined || s.include !== undefined) && this.skipped(s)) continue;
      if (s.field) {
        const key = s.key;
        const outputValue = fresh ? undefined : output[key];
        let inputValue = input[key];
        // A JSON-parsed object holds no functions: one here is Object.prototype's, not the subgraph's.
        if (inputValue === undefined || typeof inputValue === 'function') inputValue = null;
        if (s.typename) {
          if (outputValue === undefined) {
            const name = typenameOf(this.schema, input, key, inputValue, parentType);
            if (name === undefined) return true;
            output[key] = name;
          }
          continue;
        }
        this.path.push(key);
        const updated = this.update(outputValue, s.type, inputValue, s.selections, parentType, s.leaf, s.fresh);
        output[key] = updated;
        this.path.pop();
        if (this.flags & INVALID) return true;
      } else {
        const typename = input.__typename;
        if (typename !== undefined && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
        if (this.applies(s.typeCondition, typename, parentType) && this.applySet(input, s.selections, output, s.typeCondition ?? parentType)) return true;
      }
    }
    return false;
  }

  private applies(condition: GraphQLCompositeType | undefined, typename: string | undefined, parentType: GraphQLCompositeType): boolean {
    if (!condition) return true;
    const type = typename ? this.schema.getType(typename) : parentType;
    if (!type) return false;
    if (type === condition) return true;
    return isAbstractType(condition) && (isObjectType(type) || isInterfaceType(type)) && this.schema.isSubType(condition, type);
  }

  update(outputValue: unknown, type: GraphQLOutputType, inputValue: unknown, selections: Shape[] | undefined, parentType: GraphQLCompositeType, leaf: LeafKind, fresh: boolean): unknown {
    if (outputValue === null || (outputValue !== undefined && !selections)) {
      this.flags = 0;
      return outputValue;
    }
    if (type instanceof GraphQLNonNull) {
      const updated = this.update(outputValue, type.ofType, inputValue, selections, parentType, leaf, fresh);
      if (updated === null) {
        if (!(this.flags & HAS_ERRORS)) this.error(`Cannot return null for non-nullable ${this.describe(type.ofType, parentType)}.`);
        this.flags = INVALID | HAS_ERRORS;
        return null;
      }
      this.flags = 0;
      return updated;
    }
    if (inputValue === null) {
      this.flags = 0;
      return null;
    }
    if (type instanceof GraphQLList) {
      if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type}`);
      if (outputValue !== undefined && (!Array.isArray(outputValue) || outputValue.length !== inputValue.length)) throw new Error(`Invalid list value returned by subgraph for list type ${type}`);
      const list = (outputValue as unknown[] | undefined) ?? new Array(inputValue.length);
      let nullify = false;
      let hasErrors = false;
      for (let i = 0; i < inputValue.length; i++) {
        this.path.push(i);
        list[i] = this.update(list[i], type.ofType, inputValue[i], selections, parentType, leaf, fresh);
        this.path.pop();
        if (this.flags & INVALID) nullify = true;
        if (this.flags & HAS_ERRORS) hasErrors = true;
      }
      this.flags = hasErrors ? HAS_ERRORS : 0;
      return nullify ? null : list;
    }
    // Fields get selections when compiled exactly when their type is composite.
    if (selections) {
      if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`);
      const object = inputValue as Record<string, unknown>;
      const typename = object.__typename;
      if (typename !== undefined && typeof typename !== 'string') throw new Error(`Invalid non-string value ${String(typename)} for __typename at ${this.path.join('.')}`);
      let objectType = type as GraphQLCompositeType;
      if (typename) {
        const named = compositeType(this.schema, typename);
        if (!named) {
          this.error(`Invalid __typename found for object at ${this.describe(type, parentType)}.`);
          this.flags = HAS_ERRORS;
          return null;
        }
        objectType = named;
      }
      const output = (outputValue as Record<string, unknown> | undefined) ?? {};
      const bubbled = this.applySet(object, selections, output, objectType, fresh && outputValue === undefined);
      this.flags = bubbled ? HAS_ERRORS : 0;
      return bubbled ? null : output;
    }
    if (leaf !== 'any' && !validLeaf(inputValue, leaf, type)) {
      this.error(`Invalid value found for ${this.describe(type, parentType)}.`);
      this.flags = HAS_ERRORS;
      return null;
    }
    this.flags = 0;
    return inputValue;
  }

  private describe(type: GraphQLOutputType, parentType: GraphQLCompositeType): string {
    const last = this.path[this.path.length - 1];
    return typeof last === 'string' ? `field ${parentType.name}.${last}` : `array element of type ${type} at index ${last}`;
  }

  private error(message: string) {
    this.errors.push(new GraphQLError(message, { path: [...this.path], extensions: { code: 'INVALID_GRAPHQL' } }));
  }
}

/** A schema's composite types by name (null: none of that name), without a type check per object. */
const compositeTypes = new WeakMap<GraphQLSchema, Map<string, GraphQLCompositeType | null>>();

function compositeType(schema: GraphQLSchema, name: string): GraphQLCompositeType | null {
  let types = compositeTypes.get(schema);
  if (!types) compositeTypes.set(schema, (types = new Map()));
  let type = types.get(name);
  if (type === undefined) {
    const found = schema.getType(name);
    type = found && isCompositeType(found) ? found : null;
    if (types.size < 10_000) types.set(name, type);
  }
  return type;
}

/**
 * What a `__typename` field (response key `key`) answers for `input` whose value under that key is
 * `value` (null when absent): the name of its object type, read from the data or else the parent's;
 * undefined when that is no object type (the parent becomes null).
 */
function typenameOf(schema: GraphQLSchema, input: Record<string, unknown>, key: string, value: unknown, parentType: GraphQLCompositeType): string | undefined {
  if (value === null && key !== '__typename') value = input.__typename ?? null;
  const type = typeof value === 'string' ? (compositeType(schema, value) ?? schema.getType(value) ?? parentType) : parentType;
  return isObjectType(type) ? type.name : undefined;
}

/** @apollo/federation-internals' isValidLeafValue, by the leaf's kind (compiled once). */
function validLeaf(value: unknown, leaf: LeafKind, type: GraphQLOutputType): boolean {
  switch (typeof value) {
    case 'boolean':
      return leaf === 'Boolean';
    case 'number':
      if (!Number.isFinite(value)) return false;
      // An integer's String() is plain digits below 1e21 (federation-internals tests those digits; no string per value here).
      if (leaf === 'Int' || leaf === 'ID') return Number.isInteger(value) && Math.abs(value) < 1e21;
      return leaf === 'Float';
    case 'string':
      if (leaf === 'enum') return (type as GraphQLEnumType).getValue(value) !== undefined;
      return leaf === 'String' || leaf === 'ID';
    default:
      return false;
  }
}

/**
 * The client's answer from the merged subgraph data: by the operation's compiled shaper (from its
 * second answer on) when the data needs no error, else by the tree's interpreter (`Shaper`), which
 * alone reports errors and bubbles nulls.
 */
export function shapeResult(schema: GraphQLSchema, shape: OperationShape, variables: Record<string, unknown> | undefined, input: Record<string, unknown>): Shaped {
  const compiled = compiledShaper(schema, shape);
  if (compiled) {
    try {
      const data = compiled(input, variables);
      if (data !== BAIL) return { data, errors: [], compiled: true };
    } catch {
      // The interpreter below meets the same value and throws its own error.
    }
  }
  return shapeInterpreted(schema, shape, variables, input);
}

/** `shapeResult` by the interpreter alone (tests compare the two). */
export function shapeInterpreted(schema: GraphQLSchema, shape: OperationShape, variables: Record<string, unknown> | undefined, input: Record<string, unknown>): Shaped {
  const shaper = shaperOf(schema, shape, variables);
  const data: Record<string, unknown> = {};
  const bubbled = shaper.applySet(input, shape.selections, data, shape.rootType, shape.fresh);
  return { data: bubbled ? null : data, errors: shaper.errors };
}

/** The interpreter for one answer of the operation: `@skip`/`@include` read the variables, defaults first. */
const shaperOf = (schema: GraphQLSchema, shape: OperationShape, variables: Record<string, unknown> | undefined) => new Shaper(schema, { ...shape.defaults, ...variables });

/**
 * A compiled shaper's answer when the data needs the interpreter: a null in a non-null field, a leaf
 * of the wrong kind, an unknown `__typename`, anything that would be an error or bubble a null.
 */
const BAIL: Record<string, unknown> = Object.freeze({});

type CompiledShaper = (input: Record<string, unknown>, variables: Record<string, unknown> | undefined) => Record<string, unknown>;

/**
 * Fields (shape nodes, fragments expanded) an operation may have for a compiled shaper; a larger one
 * is interpreted. Compiling 1,000 took 5–11 ms here, Scenario A's query (about 60) about 1 ms.
 */
const MAX_COMPILED_FIELDS = 2_000;

/** Whether the selections hold more than `max` fields, counted no further than that. */
function moreFieldsThan(selections: Shape[], max: number): boolean {
  let count = 0;
  const walk = (set: Shape[]): boolean => {
    for (const s of set) {
      if (s.field && ++count > max) return true;
      if (s.selections && walk(s.selections)) return true;
    }
    return false;
  };
  return walk(selections);
}

/**
 * Whether the compiled shaper writes a selection set's objects itself, as literals of exactly its
 * keys in the selection's order (fields only, no `@skip`/`@include`, each key once and none
 * inherited): otherwise it leaves them to the interpreter's `applySet`. answer-json.ts relies on it.
 */
export function plainSet(selections: Shape[], fresh: boolean): selections is FieldShape[] {
  return fresh && selections.every((s) => s.field && s.skip === undefined && s.include === undefined);
}

/** Each operation's compiled shaper, per supergraph schema (null: not compiled). */
const compiled = new WeakMap<GraphQLSchema, WeakMap<OperationShape, Uses<CompiledShaper | null>>>();

/**
 * The operation's shaper compiled to JavaScript (at its second use: a one-off operation is not worth
 * compiling), or null when it is not compiled (introspection, a `__proto__` key, too large).
 *
 * Why: the interpreter walks the shape tree with keyed reads and writes whose keys change at every
 * step (megamorphic in V8), a call per value and a path kept for errors: for Scenario A's nested
 * query it took ~90 µs of the router's ~1 ms a request, against ~7 µs for straight-line code of
 * the same shape (tools/bench/README.md). The compiled shaper reads each field by a constant key
 * and builds each object as a literal of its keys in the selection's order; it checks every value
 * the interpreter checks (nulls in non-null positions, leaf kinds, `__typename`s, lists) and, at the
 * first that would be an error, gives up (BAIL) so the interpreter answers with its errors and
 * paths. A selection set with fragments, `@skip`/`@include` or a key twice is left to the
 * interpreter's `applySet` from inside the compiled code. Only keys from the operation (GraphQL
 * names, written as JSON string literals) and indexes into a table of constants enter the code.
 */
export function compiledShaper(schema: GraphQLSchema, shape: OperationShape, now = false): CompiledShaper | null {
  let shapers = compiled.get(schema);
  if (!shapers) compiled.set(schema, (shapers = new WeakMap()));
  const make = () => (shape.introspection || shape.unsafeKey || moreFieldsThan(shape.selections, MAX_COMPILED_FIELDS) ? null : compileShaper(schema, shape));
  return atSecondUse(shapers, shape, make, now) ?? null;
}

function compileShaper(schema: GraphQLSchema, shape: OperationShape): CompiledShaper {
  const constants: unknown[] = [];
  const constant = (value: unknown) => `C[${constants.push(value) - 1}]`;
  const functions: string[] = [];
  const B = constant(BAIL);
  const CT = constant((name: string) => compositeType(schema, name));
  const TN = constant((input: Record<string, unknown>, key: string, value: unknown, parentType: GraphQLCompositeType) => typenameOf(schema, input, key, value, parentType));

  /** Statements that turn `v` (a field's value, or a list's element) into its shaped value, or return B. */
  const value = (v: string, type: GraphQLOutputType, selections: Shape[] | undefined, leaf: LeafKind, fresh: boolean, depth: number): string => {
    if (type instanceof GraphQLNonNull) return `if (${v} === null) return ${B};\n${present(v, type.ofType, selections, leaf, fresh, depth)}`;
    return `if (${v} !== null) {\n${present(v, type, selections, leaf, fresh, depth)}\n}`;
  };
  /** The same for a `v` that is not null. */
  const present = (v: string, type: GraphQLOutputType, selections: Shape[] | undefined, leaf: LeafKind, fresh: boolean, depth: number): string => {
    if (type instanceof GraphQLList) {
      const [e, a, k, n] = [`e${depth}`, `a${depth}`, `k${depth}`, `n${depth}`];
      return `if (!Array.isArray(${v})) return ${B};
        { const ${n} = ${v}.length, ${a} = new Array(${n});
          for (let ${k} = 0; ${k} < ${n}; ${k}++) { let ${e} = ${v}[${k}]; if (${e} === undefined) return ${B};
            ${value(e, type.ofType, selections, leaf, fresh, depth + 1)}
            ${a}[${k}] = ${e}; }
          ${v} = ${a}; }`;
    }
    if (selections) {
      const set = selectionSet(selections, fresh);
      return `if (typeof ${v} !== 'object') return ${B};
        { const t = ${v}.__typename; let ot;
          if (t === undefined) ot = ${constant(type)}; else { if (typeof t !== 'string') return ${B}; ot = ${CT}(t); if (ot === null) return ${B}; }
          ${v} = ${set}(${v}, ot); if (${v} === ${B}) return ${B}; }`;
    }
    // validLeaf's rules, written into the code: calling validLeaf from it doubled the compiled shaper's
    // time on Scenario A's answer (8–9 → 14–17 µs). shape.test.ts holds each kind to the interpreter's.
    switch (leaf) {
      case 'any':
        return '';
      case 'String':
        return `if (typeof ${v} !== 'string') return ${B};`;
      case 'Boolean':
        return `if (typeof ${v} !== 'boolean') return ${B};`;
      case 'Float':
        return `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return ${B};`;
      case 'Int':
        return `if (typeof ${v} !== 'number' || !Number.isInteger(${v}) || Math.abs(${v}) >= 1e21) return ${B};`;
      case 'ID':
        return `if (typeof ${v} !== 'string' && (typeof ${v} !== 'number' || !Number.isInteger(${v}) || Math.abs(${v}) >= 1e21)) return ${B};`;
      case 'enum':
        return `if (typeof ${v} !== 'string' || ${constant(getNamedType(type))}.getValue(${v}) === undefined) return ${B};`;
    }
  };
  /** A function `(input, ot) => output | B` for one selection set; its name. */
  const selectionSet = (selections: Shape[], fresh: boolean): string => {
    // Its slot first: the sets it holds are compiled (and numbered) while its body is made.
    const slot = functions.push('') - 1;
    const name = `s${slot}`;
    const plain = plainSet(selections, fresh);
    let body: string;
    if (!plain) {
      // Fragments, @skip/@include or a key twice: the interpreter's applySet, given up on at its first error.
      body = `const o = {}; const sh = S(); if (sh.applySet(i, ${constant(selections)}, o, ot, ${fresh}) || sh.errors.length) return ${B}; return o;`;
    } else {
      const lines: string[] = [];
      (selections as FieldShape[]).forEach((s, j) => {
        const key = JSON.stringify(s.key);
        lines.push(`let v${j} = i[${key}]; if (v${j} === undefined || typeof v${j} === 'function') v${j} = null;`);
        if (s.typename) lines.push(`v${j} = ${TN}(i, ${key}, v${j}, ot); if (v${j} === undefined) return ${B};`);
        else lines.push(value(`v${j}`, s.type, s.selections, s.leaf, s.fresh, 0));
      });
      body = `${lines.join('\n')}\nreturn { ${(selections as FieldShape[]).map((s, j) => `${JSON.stringify(s.key)}: v${j}`).join(', ')} };`;
    }
    functions[slot] = `function ${name}(i, ot) {\n${body}\n}`;
    return name;
  };

  const root = selectionSet(shape.selections, shape.fresh);
  const interpreter = constant((variables: Record<string, unknown> | undefined) => shaperOf(schema, shape, variables));
  const code = `let V, sh;
    const S = () => (sh ??= ${interpreter}(V));
    ${functions.join('\n')}
    return function shape(input, variables) {
      V = variables; sh = undefined;
      try { return ${root}(input, ${constant(shape.rootType)}); } finally { V = undefined; sh = undefined; }
    };`;
  // Code made from the operation's shape only (compiledShaper says what enters it).
  return new Function('C', code)(constants) as CompiledShaper;
}
