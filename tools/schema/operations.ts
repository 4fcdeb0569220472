import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isInputObjectType,
  isEnumType,
  Kind,
  parse,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

/** One client document file and its executable definitions (operations and fragments). */
export interface ClientDocument {
  file: string;
  definitions: DefinitionNode[];
}

const SKIP = new Set(['node_modules', 'generated', 'dist', '.turbo']);

function* graphqlFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* graphqlFiles(full);
    else if (e.name.endsWith('.graphql') || e.name.endsWith('.gql')) yield full;
  }
}

/**
 * Every operation the clients send: the `.graphql` documents under clients/ and packages/
 * (schema files, which hold no operation or fragment, are left out).
 */
export function loadClientDocuments(root: string, dirs = ['clients', 'packages']): ClientDocument[] {
  const docs: ClientDocument[] = [];
  for (const dir of dirs) {
    for (const file of graphqlFiles(path.join(root, dir))) {
      const definitions = parse(readFileSync(file, 'utf8')).definitions.filter(
        (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
      );
      if (definitions.length) docs.push({ file: path.relative(root, file), definitions });
    }
  }
  return docs;
}

/** All client definitions as one document, so fragments resolve across files. */
export const combined = (docs: ClientDocument[]): DocumentNode => ({ kind: Kind.DOCUMENT, definitions: docs.flatMap((d) => d.definitions) });

/**
 * Schema coordinates the clients touch: `Type.field` of every selected field and argument owner,
 * every named type on the way (outputs, variables, input fields and enums), and `Type.field`
 * of input fields reached through variables.
 */
export function usedCoordinates(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const addInput = (type: GraphQLInputType | GraphQLNamedType | undefined | null, seen = new Set<string>()) => {
    const named = type ? getNamedType(type) : undefined;
    if (!named || seen.has(named.name)) return;
    seen.add(named.name);
    used.add(named.name);
    if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields())) {
        used.add(`${named.name}.${field.name}`);
        addInput(field.type, seen);
      }
    }
    if (isEnumType(named)) for (const v of named.getValues()) used.add(`${named.name}.${v.name}`);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        used.add(parent.name);
        used.add(`${parent.name}.${field.name}`);
        used.add(getNamedType(field.type).name);
        for (const arg of field.args) addInput(arg.type);
      },
      VariableDefinition(node) {
        addInput(typeFromAST(schema, node.type as never) as GraphQLInputType | undefined);
      },
      InlineFragment(node) {
        if (node.typeCondition) used.add(node.typeCondition.name.value);
      },
      FragmentDefinition(node) {
        used.add(node.typeCondition.name.value);
      },
    }),
  );
  return used;
}
