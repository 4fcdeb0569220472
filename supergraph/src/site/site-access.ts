import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, httpStatusOf, withHttpStatus } from '@worldgraph/kit';
import { Kind, parse, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { forEachSelectedField } from '../selected-fields.ts';
import type { RouterContext } from '../context.ts';
import { subgraphsOf } from '../site-health.ts';
import { serves, type Site } from './sites.ts';

/**
 * `Type.field` → the subgraphs that can resolve it, read from the supergraph's join__field (or,
 * without any, its type's join__type): external and overridden declarations resolve nothing.
 */
export function fieldOwnersOf(supergraphSdl: string): Map<string, string[]> {
  const document = parse(supergraphSdl);
  const graphs = new Map<string, string>();
  const owners = new Map<string, string[]>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const name = argument(value.directives?.find((d) => d.name.value === 'join__graph'), 'name');
      if (typeof name === 'string') graphs.set(value.name.value, name);
    }
  }
  const graphOf = (directive: ConstDirectiveNode) => {
    const graph = argument(directive, 'graph');
    return typeof graph === 'string' ? graphs.get(graph) : undefined;
  };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = (def.directives ?? []).filter((d) => d.name.value === 'join__type').flatMap((d) => graphOf(d) ?? []);
    for (const field of def.fields ?? []) {
      const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
      const resolving = joins.length
        ? joins.filter((d) => argument(d, 'external') !== true && argument(d, 'usedOverridden') !== true).flatMap((d) => graphOf(d) ?? [])
        : typeGraphs;
      if (resolving.length) owners.set(`${def.name.value}.${field.name.value}`, [...new Set(resolving)]);
    }
  }
  return owners;
}

function argument(directive: ConstDirectiveNode | undefined, name: string): string | boolean | undefined {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.ENUM || value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

/** The owners of every field an operation selects (across fragments), once per document and schema. */
const touched = new WeakMap<DocumentNode, { schema: GraphQLSchema; owners: Map<string, string[]>; fields: [string, string[]][] }>();

function fieldsTouched(document: DocumentNode, schema: GraphQLSchema, owners: Map<string, string[]>): [string, string[]][] {
  const known = touched.get(document);
  if (known && known.schema === schema && known.owners === owners) return known.fields;
  const fields = new Map<string, string[]>();
  forEachSelectedField(document, schema, (parent, field) => {
    const coordinate = `${parent.name}.${field.name}`;
    const by = owners.get(coordinate);
    if (by) fields.set(coordinate, by);
  });
  const result = [...fields];
  touched.set(document, { schema, owners, fields: result });
  return result;
}

/**
 * Refuses an operation selecting a field that only contexts `site` does not serve can resolve:
 * FORBIDDEN with `reason: CONTEXT_NOT_SERVED`, the site and the contexts, before any subgraph is
 * called. Decided from the fields' owners (join__field), so HTTP and graphql-ws decide alike,
 * before planning.
 */
export function checkSiteAccess(document: DocumentNode, schema: GraphQLSchema, owners: Map<string, string[]>, site: Site): void {
  if (site.contexts === '*') return;
  const refused = new Map<string, string>();
  for (const [coordinate, by] of fieldsTouched(document, schema, owners)) {
    if (!by.some((name) => serves(site, name))) for (const name of by) if (!refused.has(name)) refused.set(name, coordinate);
  }
  if (!refused.size) return;
  const contexts = [...refused.keys()].sort();
  const where = contexts.map((c) => `${c} (${refused.get(c)})`).join(', ');
  throw new AppError('FORBIDDEN', `The ${site.name} site does not serve ${contexts.length > 1 ? 'the contexts' : 'the context'} ${where}`, {
    reason: 'CONTEXT_NOT_SERVED',
    site: site.id,
    contexts,
  });
}

/** Follows the gateway's supergraph: the field owners and contexts of the one it serves now. */
export class FieldOwners {
  current!: Map<string, string[]>;
  /** The supergraph's subgraph names. */
  contexts!: string[];
  constructor(supergraphSdl: string) {
    this.update(supergraphSdl);
  }
  /** Rebuilds the owners from a new supergraph (gateway.onSchemaLoadOrUpdate). */
  update(supergraphSdl: string): void {
    this.current = fieldOwnersOf(supergraphSdl);
    this.contexts = [...subgraphsOf(supergraphSdl).keys()];
  }
}

/** checkSiteAccess on every HTTP operation (and the queries sent over graphql-ws), with the site in its context: 403. */
export function siteAccessPlugin(owners: FieldOwners): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          if (!contextValue.site) return;
          try {
            checkSiteAccess(document, schema, owners.current, contextValue.site);
          } catch (error) {
            throw error instanceof AppError ? withHttpStatus(error, httpStatusOf(error.extensions.code)) : error;
          }
        },
      };
    },
  };
}
