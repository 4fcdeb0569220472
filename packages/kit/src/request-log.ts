import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from './logger.ts';

/**
 * One JSON line per GraphQL operation: request id (the router's, carried to every subgraph),
 * operation name, outcome, error codes and duration. Never variables: they may hold passwords.
 */
export function requestLogPlugin(logger: Logger, requestIdOf: (context: BaseContext) => string | undefined): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const all = [...(errors ?? []), ...(body?.errors ?? [])];
          logger.info(
            {
              requestId: requestIdOf(contextValue),
              operation: operationName ?? 'anonymous',
              ms: Math.round((performance.now() - started) * 10) / 10,
              ...(all.length ? { errors: [...new Set(all.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))] } : {}),
            },
            'graphql',
          );
        },
      };
    },
  };
}
