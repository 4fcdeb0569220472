import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
import type { Schema } from '@apollo/federation-internals';
import type { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';

/**
 * The gateway's state after load(), read as the gateway itself uses it: not in its public types
 * (hence @apollo/gateway pinned to 2.14.x). The router's plan and subscription executors plan with
 * the gateway's planner and call its data sources.
 */
export interface GatewayInternals {
  schema?: GraphQLSchema;
  apiSchema?: Schema;
  supergraphSchema?: GraphQLSchema;
  queryPlanner?: QueryPlanner;
  serviceMap: Record<string, { dataSource: GraphQLDataSource }>;
}

export const internalsOf = (gateway: ApolloGateway) => gateway as unknown as GatewayInternals;
