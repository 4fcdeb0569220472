import { Kind, parse, type ConstDirectiveNode, type ConstValueNode, type DocumentNode } from 'graphql';

/** `@listSize` of one field (IBM GraphQL cost spec, Federation 2.9's demand-control directives). */
export interface ListSize {
  /** The size assumed when no slicing argument says otherwise. */
  assumedSize?: number;
  /** Arguments whose value is the list's size (e.g. `first`); the largest given counts. */
  slicingArguments?: string[];
  /** Child fields the size applies to instead of this field (connections: `edges`). */
  sizedFields?: string[];
}

/**
 * The supergraph's `@cost` and `@listSize` directives by schema coordinate: `Type` (objects,
 * scalars, enums), `Type.field`, `Type.field(arg:)`. Read once per supergraph.
 */
export interface CostDirectives {
  weights: ReadonlyMap<string, number>;
  listSizes: ReadonlyMap<string, ListSize>;
}

const COST_SPEC = 'https://specs.apollo.dev/cost/';

/**
 * The names the supergraph gives the two directives: its `@link` to the cost spec may rename
 * them (`as:` for the namespace, `import: [{ name, as }]`); without a link they are `@cost`
 * and `@listSize`, as composition writes them.
 */
function directiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const def of document.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of def.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = argumentsOf(link);
      if (typeof args.url !== 'string' || !args.url.startsWith(COST_SPEC)) continue;
      const namespace = typeof args.as === 'string' ? args.as : 'cost';
      const names = { cost: namespace, listSize: `${namespace}__listSize` };
      for (const item of Array.isArray(args.import) ? args.import : []) {
        const [name, as] = typeof item === 'string' ? [item, item] : [String((item as { name: string }).name), String((item as { as?: string }).as ?? (item as { name: string }).name)];
        if (name === '@listSize') names.listSize = as.replace(/^@/, '');
        if (name === '@cost') names.cost = as.replace(/^@/, '');
      }
      return names;
    }
  }
  return { cost: 'cost', listSize: 'listSize' };
}

function valueOf(node: ConstValueNode): unknown {
  switch (node.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map(valueOf);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value)]));
    default:
      return null;
  }
}

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueOf(a.value)]));
}

/** Reads `@cost`/`@listSize` from a supergraph (or any) SDL. */
export function costDirectivesOf(sdl: string | DocumentNode): CostDirectives {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const names = directiveNames(document);
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const read = (coordinate: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    for (const directive of directives ?? []) {
      const args = argumentsOf(directive);
      if (directive.name.value === names.cost && typeof args.weight === 'number') weights.set(coordinate, args.weight);
      if (directive.name.value === names.listSize) {
        listSizes.set(coordinate, {
          assumedSize: typeof args.assumedSize === 'number' ? args.assumedSize : undefined,
          slicingArguments: Array.isArray(args.slicingArguments) ? args.slicingArguments.map(String) : undefined,
          sizedFields: Array.isArray(args.sizedFields) ? args.sizedFields.map(String) : undefined,
        });
      }
    }
  };
  for (const def of document.definitions) {
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        read(def.name.value, def.directives);
        for (const field of def.fields ?? []) {
          const coordinate = `${def.name.value}.${field.name.value}`;
          read(coordinate, field.directives);
          for (const arg of field.arguments ?? []) read(`${coordinate}(${arg.name.value}:)`, arg.directives);
        }
        break;
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        for (const field of def.fields ?? []) read(`${def.name.value}.${field.name.value}`, field.directives);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
        read(def.name.value, def.directives);
        break;
      default:
    }
  }
  return { weights, listSizes };
}
