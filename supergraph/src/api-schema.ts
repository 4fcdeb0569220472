import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { prepareSupergraphForGateway } from './authorization.ts';

/**
 * The API schema of a supergraph: what clients see (no join directives, no @inaccessible
 * elements), built the way the gateway builds it.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(prepareSupergraphForGateway(supergraphSdl)).apiSchema().toGraphQLJSSchema();
}

/** The API schema as SDL, sorted so that it only changes when the graph does (codegen reads it). */
export const printApiSchema = (supergraphSdl: string) => printSchema(lexicographicSortSchema(apiSchemaOf(supergraphSdl)));
