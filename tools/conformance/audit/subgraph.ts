// Stands in for the audit's src/subgraph.ts (same createSubgraph signature, so the vendored
// suites are unchanged): the audit serves each subgraph with graphql-yoga behind its own HTTP
// router; here a subgraph is only its schema, served by ../serve.ts.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';

export interface AuditSubgraph {
  name: string;
  typeDefs: string;
  /** Built on first use. */
  schema(): GraphQLSchema;
}

export function createSubgraph(name: string, definition: { typeDefs: string; resolvers: any }): AuditSubgraph {
  let schema: GraphQLSchema | undefined;
  return {
    name,
    typeDefs: definition.typeDefs,
    schema: () => (schema ??= buildSubgraphSchema({ typeDefs: parse(definition.typeDefs), resolvers: definition.resolvers })),
  };
}
