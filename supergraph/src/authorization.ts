import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, assertAllowed, httpStatusOf, requirementOf, withHttpStatus, type Requirement, type Viewer } from '@worldgraph/kit';
import { getNamedType, isObjectType, Kind, parse, print, visit, type GraphQLSchema, type DocumentNode } from 'graphql';
import type { RouterContext } from './context.ts';
import { forEachSelectedField } from './selected-fields.ts';

/** The specs whose directives this router enforces itself (see authorizationPlugin). */
const ENFORCED_SPECS = ['https://specs.apollo.dev/authenticated/', 'https://specs.apollo.dev/requiresScopes/'];

/**
 * @apollo/gateway refuses a supergraph whose `for: SECURITY` features it does not implement.
 * This router implements @authenticated and @requiresScopes (authorizationPlugin), so it drops
 * that purpose from those two links before handing the supergraph to the gateway.
 */
export function prepareSupergraphForGateway(supergraphSdl: string): string {
  const doc = visit(parse(supergraphSdl), {
    Directive(node) {
      if (node.name.value !== 'link') return undefined;
      const url = node.arguments?.find((a) => a.name.value === 'url');
      const enforced = url?.value.kind === Kind.STRING && ENFORCED_SPECS.some((spec) => (url.value as { value: string }).value.startsWith(spec));
      return enforced ? { ...node, arguments: node.arguments?.filter((a) => a.name.value !== 'for') } : undefined;
    },
  });
  return print(doc);
}

/** `Type.field` (and `Type` for type-level rules) → what it demands, read from the supergraph. */
export function requirementsOf(supergraphSdl: string): Map<string, Requirement> {
  const rules = new Map<string, Requirement>();
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeRule = requirementOf(def.directives);
    if (typeRule) rules.set(def.name.value, typeRule);
    for (const field of def.fields ?? []) {
      const rule = requirementOf(field.directives);
      if (rule) rules.set(`${def.name.value}.${field.name.value}`, rule);
    }
  }
  return rules;
}

/**
 * The requirements each parsed operation meets, in the order its selections meet them. Apollo
 * Server keeps one DocumentNode per operation text, so this walk runs once per operation and
 * schema (a new supergraph brings a new schema, and new rules with it), not once per request.
 */
const demands = new WeakMap<DocumentNode, { schema: GraphQLSchema; requirements: Requirement[] }>();

/** Throws unless every requirement met by an operation's selections (across fragments) is satisfied. */
export function checkAuthorization(document: DocumentNode, schema: GraphQLSchema, rules: Map<string, Requirement>, viewer: Viewer) {
  let known = demands.get(document);
  if (!known || known.schema !== schema) {
    known = { schema, requirements: requirementsMet(document, schema, rules) };
    demands.set(document, known);
  }
  for (const rule of known.requirements) assertAllowed(viewer, rule);
}

function requirementsMet(document: DocumentNode, schema: GraphQLSchema, rules: Map<string, Requirement>): Requirement[] {
  const met = new Set<Requirement>();
  forEachSelectedField(document, schema, (parent, field) => {
    const rule = rules.get(`${parent.name}.${field.name}`);
    if (rule) met.add(rule);
    const target = getNamedType(field.type);
    const typeRule = isObjectType(target) ? rules.get(target.name) : undefined;
    if (typeRule) met.add(typeRule);
  });
  return [...met];
}

/**
 * Enforces @authenticated and @requiresScopes at the router, before any subgraph is called: an
 * operation selecting a field the viewer may not see is refused whole (UNAUTHENTICATED for
 * anonymous callers, FORBIDDEN otherwise). Subgraphs enforce the same rules again. `rules` is read
 * on every request, so a router whose supergraph changes keeps it current (see live-supergraph.ts).
 */
export function authorizationPlugin(rules: Map<string, Requirement>): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          try {
            checkAuthorization(document, schema, rules, contextValue.viewer);
          } catch (error) {
            throw error instanceof AppError ? withHttpStatus(error, httpStatusOf(error.extensions.code)) : error;
          }
        },
      };
    },
  };
}
