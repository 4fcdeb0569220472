/**
 * Pure measures of one operation against the API schema, taken before planning (and before
 * validation: they must not cost more than the operation is allowed to): size (depth, aliases,
 * root fields, distinct fields, tokens) and the estimated demand-control cost; after execution,
 * the actual cost from the response. Every walk memoises fragments, so a document that reuses
 * fragments exponentially (fragments of aliases of fragments…) is measured in linear time.
 *
 * Cost model (IBM GraphQL cost spec, as Apollo Router's demand control applies it): an object,
 * interface or union value costs 1, a scalar or enum 0, unless `@cost(weight:)` on the field (or
 * its type) says otherwise; arguments given add their `@cost`; a list multiplies its items' cost
 * by its size: the largest slicing argument given (or its default) of `@listSize`, else its
 * `assumedSize`, else the router's default list size. `sizedFields` moves that size to child
 * fields (a connection's `edges`). A mutation adds 10. Selections under type conditions of other
 * types than their parent's count as the most expensive of those types.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  Lexer,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  Source,
  TokenKind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { CostDirectives } from './cost-directives.ts';

/** The operation's size, as the operation limits count it. */
export interface OperationMeasures {
  /** Deepest field nesting (`{ a { b } }` is 2), fragments expanded; introspection fields do not count. */
  depth: number;
  /** Aliased fields, fragments expanded (a fragment spread twice counts twice). */
  aliases: number;
  /** Fields at the root, fragments expanded. */
  rootFields: number;
  /** Distinct schema coordinates (`Type.field`) selected anywhere. */
  distinctFields: number;
  /** Deepest nesting of list fields inside introspection (`__schema { types { fields { … } } }` is 2). */
  introspectionLists: number;
  /**
   * Fields selected, fragments expanded (a fragment spread twice counts twice), introspection's
   * included: the size of the operation the planner and the executor work on. Fragments that each
   * spread the one before twice double it at every level for a few tokens, within depth, aliases
   * and cost (a leaf field costs 0).
   */
  selections: number;
}

/** The demand-control parameters that do not come from the schema. */
export interface CostModel {
  directives: CostDirectives;
  /** The size of a list without `@listSize`. */
  defaultListSize: number;
}

/** Lexical tokens of `text` (as graphql's parser counts them for `maxTokens`), counting stops past `max`. */
export function countTokens(text: string, max = Number.POSITIVE_INFINITY): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  // A lexical error ends counting: the parser reports it, with the position, afterwards.
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) break;
  } catch {
    /* the parser will say what is wrong */
  }
  return count;
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;
export const fragmentsOf = (document: DocumentNode): Fragments =>
  new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

const fieldOf = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
  if (name === '__schema') return SchemaMetaFieldDef;
  if (name === '__type') return TypeMetaFieldDef;
  if (name === '__typename') return TypeNameMetaFieldDef;
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
};

const typeConditionOf = (schema: GraphQLSchema, name: string | undefined, parent: GraphQLCompositeType): GraphQLCompositeType | undefined => {
  if (!name) return parent;
  const type = schema.getType(name);
  return type && isCompositeType(type) ? type : undefined;
};

const rootTypeOf = (schema: GraphQLSchema, operation: OperationDefinitionNode) =>
  operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();

interface SizeOfSet {
  depth: number;
  aliases: number;
  width: number;
  introspectionLists: number;
  selections: number;
}

/** Size measures of `operation`. Fields the schema lacks count for size but have no type below them. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationMeasures {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, SizeOfSet>();
  const coordinates = new Set<string>();
  const none: SizeOfSet = { depth: 0, aliases: 0, width: 0, introspectionLists: 0, selections: 0 };

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): SizeOfSet => {
    const out = { depth: 0, aliases: 0, width: 0, introspectionLists: 0, selections: 0 };
    for (const selection of set.selections) {
      let inner: SizeOfSet;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = parent ? fieldOf(parent, name) : undefined;
        const introspection = name.startsWith('__') || parent?.name.startsWith('__');
        // Introspection nests deeply by nature (the explorer's TypeRef: 9 ofType levels); its lists
        // are bounded by `introspectionLists`, its length by `tokens`, not by depth.
        const nests = !(introspection && name !== '__typename');
        if (parent && !introspection) coordinates.add(`${parent.name}.${name}`);
        const named = field ? getNamedType(field.type) : undefined;
        const child = selection.selectionSet ? walk(selection.selectionSet, named && isCompositeType(named) ? named : undefined) : none;
        const list = introspection && field && isListType(getNullableType(field.type)) ? 1 : 0;
        out.depth = Math.max(out.depth, (nests ? 1 : 0) + child.depth);
        out.aliases += child.aliases + (selection.alias ? 1 : 0);
        out.width += 1;
        out.introspectionLists = Math.max(out.introspectionLists, list + child.introspectionLists);
        out.selections += 1 + child.selections;
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = walk(selection.selectionSet, parent && typeConditionOf(schema, selection.typeCondition?.name.value, parent));
      } else {
        const name = selection.name.value;
        const known = memo.get(name);
        if (known) inner = known;
        else {
          const fragment = fragments.get(name);
          // A cycle or a missing fragment adds nothing here: validation refuses the document next.
          memo.set(name, none);
          inner = fragment && parent ? walk(fragment.selectionSet, typeConditionOf(schema, fragment.typeCondition.name.value, parent)) : none;
          memo.set(name, inner);
        }
      }
      out.depth = Math.max(out.depth, inner.depth);
      out.aliases += inner.aliases;
      out.width += inner.width;
      out.introspectionLists = Math.max(out.introspectionLists, inner.introspectionLists);
      out.selections += inner.selections;
    }
    return out;
  };

  const root = walk(operation.selectionSet, rootTypeOf(schema, operation) ?? undefined);
  return {
    depth: root.depth,
    aliases: root.aliases,
    rootFields: root.width,
    distinctFields: coordinates.size,
    introspectionLists: root.introspectionLists,
    selections: root.selections,
  };
}

/** The estimated cost and whether it read variables (else it holds for every request of the text). */
export interface CostEstimate {
  cost: number;
  usesVariables: boolean;
}

/** Sizes handed down by a parent's `@listSize(sizedFields:)`. */
interface Sized {
  fields: readonly string[];
  size: number;
}

const MUTATION_COST = 10;

const isComposite = (type: GraphQLNamedType) => isCompositeType(type);

/** Estimated demand-control cost of `operation` with `variables` (see the model above). */
export function estimateCost(
  schema: GraphQLSchema,
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): CostEstimate {
  const fragments = fragmentsOf(document);
  const { weights, listSizes } = model.directives;
  const memo = new Map<string, number>();
  let usesVariables = false;
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));

  const numberOf = (node: ValueNode | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      usesVariables = true;
      const value = variables?.[node.name.value];
      if (typeof value === 'number') return value;
      return value === undefined ? numberOf(defaults.get(node.name.value)) : undefined;
    }
    return undefined;
  };

  const listSizeOf = (coordinate: string, node: FieldNode, field: GraphQLField<unknown, unknown>): number => {
    const rule = listSizes.get(coordinate);
    if (!rule) return model.defaultListSize;
    let size: number | undefined;
    for (const name of rule.slicingArguments ?? []) {
      const given = node.arguments?.find((a) => a.name.value === name);
      const value = given ? numberOf(given.value) : (field.args.find((a) => a.name === name)?.defaultValue as number | undefined);
      if (typeof value === 'number' && value >= 0) size = Math.max(size ?? 0, value);
    }
    return size ?? rule.assumedSize ?? model.defaultListSize;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, sized: Sized | undefined): number => {
    const name = node.name.value;
    if (name.startsWith('__')) return 0;
    const field = fieldOf(parent, name);
    if (!field) return 0;
    const coordinate = `${parent.name}.${name}`;
    const named = getNamedType(field.type);
    const weight = weights.get(coordinate) ?? weights.get(named.name) ?? (isComposite(named) ? 1 : 0);
    let argumentCost = 0;
    for (const arg of node.arguments ?? []) argumentCost += weights.get(`${coordinate}(${arg.name.value}:)`) ?? 0;
    const rule = listSizes.get(coordinate);
    // Its own size when it is a list; a size it hands to its children (connections) otherwise.
    const isList = isListType(getNullableType(field.type));
    const handed = rule?.sizedFields?.length ? { fields: rule.sizedFields, size: listSizeOf(coordinate, node, field) } : undefined;
    const count = sized?.fields.includes(name) ? sized.size : isList && !handed ? listSizeOf(coordinate, node, field) : 1;
    const child = node.selectionSet && isCompositeType(named) ? setCost(node.selectionSet, named, handed) : 0;
    return argumentCost + count * (weight + child);
  };

  const setCost = (set: SelectionSetNode, parent: GraphQLCompositeType, sized: Sized | undefined): number => {
    let own = 0;
    const byType = new Map<string, number>();
    const add = (type: GraphQLCompositeType | undefined, cost: number) => {
      if (!type || type === parent) own += cost;
      else byType.set(type.name, (byType.get(type.name) ?? 0) + cost);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) own += fieldCost(selection, parent, sized);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = typeConditionOf(schema, selection.typeCondition?.name.value, parent);
        if (type) add(type, setCost(selection.selectionSet, type, sized));
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && typeConditionOf(schema, fragment.typeCondition.name.value, parent);
        if (!fragment || !type) continue;
        const key = `${fragment.name.value}|${sized ? `${sized.fields.join(',')}:${sized.size}` : ''}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          memo.set(key, 0); // a cycle adds nothing: validation refuses it next
          cost = setCost(fragment.selectionSet, type, sized);
          memo.set(key, cost);
        }
        add(type, cost);
      }
    }
    let most = 0;
    for (const cost of byType.values()) most = Math.max(most, cost);
    return own + most;
  };

  const root = rootTypeOf(schema, operation);
  const cost = (operation.operation === 'mutation' ? MUTATION_COST : 0) + (root ? setCost(operation.selectionSet, root, undefined) : 0);
  return { cost, usesVariables };
}

/** What the actual cost walk needs of each response key: its weight, its arguments' cost, its children. */
export interface CostShapeNode {
  weight: number;
  argumentCost: number;
  children?: Map<string, CostShapeNode>;
}
export type CostShape = Map<string, CostShapeNode>;

function mergeShapes(into: CostShape, from: CostShape) {
  for (const [key, node] of from) {
    const existing = into.get(key);
    if (!existing) into.set(key, node);
    else if (existing !== node) {
      const children = existing.children || node.children ? new Map(existing.children) : undefined;
      if (children && node.children) mergeShapes(children, node.children);
      into.set(key, { weight: Math.max(existing.weight, node.weight), argumentCost: Math.max(existing.argumentCost, node.argumentCost), children });
    }
  }
}

/** The response shape of `operation` with each key's cost, for `actualCost` (computed once per operation text). */
export function costShapeOf(schema: GraphQLSchema, model: CostModel, document: DocumentNode, operation: OperationDefinitionNode): CostShape {
  const fragments = fragmentsOf(document);
  const { weights } = model.directives;
  const memo = new Map<string, CostShape>();
  const build = (set: SelectionSetNode, parent: GraphQLCompositeType): CostShape => {
    const shape: CostShape = new Map();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = name.startsWith('__') ? undefined : fieldOf(parent, name);
        if (!field) continue;
        const coordinate = `${parent.name}.${name}`;
        const named = getNamedType(field.type);
        let argumentCost = 0;
        for (const arg of selection.arguments ?? []) argumentCost += weights.get(`${coordinate}(${arg.name.value}:)`) ?? 0;
        const node: CostShapeNode = {
          weight: weights.get(coordinate) ?? weights.get(named.name) ?? (isComposite(named) ? 1 : 0),
          argumentCost,
          children: selection.selectionSet && isCompositeType(named) ? build(selection.selectionSet, named) : undefined,
        };
        mergeShapes(shape, new Map([[selection.alias?.value ?? name, node]]));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = typeConditionOf(schema, selection.typeCondition?.name.value, parent);
        if (type) mergeShapes(shape, build(selection.selectionSet, type));
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && typeConditionOf(schema, fragment.typeCondition.name.value, parent);
        if (!fragment || !type) continue;
        let inner = memo.get(fragment.name.value);
        if (!inner) {
          memo.set(fragment.name.value, new Map());
          inner = build(fragment.selectionSet, type);
          memo.set(fragment.name.value, inner);
        }
        mergeShapes(shape, inner);
      }
    }
    return shape;
  };
  const root = rootTypeOf(schema, operation);
  return root ? build(operation.selectionSet, root) : new Map();
}

/** A cost shape as arrays, for the walk over each answer. */
interface CompiledEntry {
  key: string;
  weight: number;
  argumentCost: number;
  children?: CompiledEntry[];
}
const compiled = new WeakMap<CostShape, CompiledEntry[]>();
function compile(shape: CostShape): CompiledEntry[] {
  let entries = compiled.get(shape);
  if (!entries) {
    entries = [...shape].map(([key, node]) => ({ key, weight: node.weight, argumentCost: node.argumentCost, children: node.children && compile(node.children) }));
    compiled.set(shape, entries);
  }
  return entries;
}

function valueCost(entry: CompiledEntry, value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    let sum = 0;
    for (let i = 0; i < value.length; i++) sum += valueCost(entry, value[i]);
    return sum;
  }
  return entry.children && typeof value === 'object' ? entry.weight + objectCost(entry.children, value as Record<string, unknown>) : entry.weight;
}

function objectCost(entries: CompiledEntry[], object: Record<string, unknown>): number {
  let sum = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const value = object[entry.key];
    if (value === null || value === undefined) continue;
    sum += entry.argumentCost + valueCost(entry, value);
  }
  return sum;
}

/** Actual cost of a response's `data` under `shape` (lists count their real lengths; nulls cost nothing). */
export function actualCost(shape: CostShape, data: unknown, operationType: `${OperationDefinitionNode['operation']}` = 'query'): number {
  const base = operationType === 'mutation' ? MUTATION_COST : 0;
  return data && typeof data === 'object' ? base + objectCost(compile(shape), data as Record<string, unknown>) : base;
}
