import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';

/** A request the client got wrong: 400, BAD_USER_INPUT, and nothing in the error log. */
const clientMistake = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * A document of several operations without `operationName`, or naming one it does not hold, is
 * refused once validated (the gateway would throw it as an internal error: 500 and a stack logged).
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const name = request.operationName;
          throw clientMistake(name ? `Unknown operation named "${name}".` : 'Must provide operation name if query contains multiple operations.');
        },
      };
    },
  };
}

/** The query planner's own limits, thrown as plain errors: the operation is too large to plan. */
const PLANNER_LIMITS = /^(Exceeded maximum recursive selections|Number of non-local selections exceeds limit)/;

/** An operation past the query planner's limits is the client's mistake (400), not an internal error (500). */
export function refusingPlannerLimits(executor: GatewayExecutor): GatewayExecutor {
  return async (requestContext) => {
    try {
      return await executor(requestContext);
    } catch (error) {
      if (error instanceof Error && PLANNER_LIMITS.test(error.message)) return { errors: [clientMistake(`${error.message}: the operation is too large to plan`)] };
      throw error;
    }
  };
}
