import { defaultFieldResolver, isObjectType, valueFromASTUntyped, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import { forbidden, unauthenticated } from './errors.ts';
import type { Viewer } from './auth.ts';

/** What a field demands, read from `@authenticated` and `@requiresScopes` on it or its type. */
export interface Requirement {
  authenticated: boolean;
  /** Alternatives: the viewer needs every scope of at least one inner list. */
  scopes?: string[][];
}

/** Reads `@authenticated` / `@requiresScopes` among `directives`. */
export function requirementOf(directives: readonly ConstDirectiveNode[] = []): Requirement | undefined {
  let found: Requirement | undefined;
  for (const d of directives) {
    if (d.name.value === 'authenticated') found = { ...found, authenticated: true };
    if (d.name.value === 'requiresScopes') {
      const arg = d.arguments?.find((a) => a.name.value === 'scopes');
      found = { authenticated: true, scopes: arg ? (valueFromASTUntyped(arg.value) as string[][]) : [] };
    }
  }
  return found;
}

function directivesOf(node: { astNode?: { directives?: readonly ConstDirectiveNode[] } | null; extensionASTNodes?: readonly { directives?: readonly ConstDirectiveNode[] }[] }) {
  return [...(node.astNode?.directives ?? []), ...(node.extensionASTNodes ?? []).flatMap((n) => n.directives ?? [])];
}

/** Throws UNAUTHENTICATED or FORBIDDEN when `viewer` does not meet `req`. */
export function assertAllowed(viewer: Viewer, req: Requirement): void {
  if (req.authenticated && viewer.kind === 'anonymous') throw unauthenticated();
  if (req.scopes && !req.scopes.some((all) => all.every((s) => viewer.scopes.includes(s)))) throw forbidden();
}

/**
 * Enforces the schema's `@authenticated` and `@requiresScopes` in this subgraph, so the rules
 * hold whether a request comes through the router or straight from inside the cluster.
 * Resolvers of protected fields are wrapped in place; the context must carry `viewer`.
 */
export function enforceAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeReq = requirementOf(directivesOf(type));
    for (const field of Object.values(type.getFields())) {
      const req = requirementOf(directivesOf(field)) ?? typeReq;
      if (!req) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { viewer: Viewer }, info) => {
        assertAllowed(context.viewer, req);
        return resolve(source, args, context, info);
      };
      // A subscription is refused when it starts, not at its first event.
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context: { viewer: Viewer }, info) => {
          assertAllowed(context.viewer, req);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
