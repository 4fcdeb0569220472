import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, register } from 'prom-client';

collectDefaultMetrics();

/** Duration of GraphQL operations, per service, operation and outcome. Its _count gives the rate. */
export const operationDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'GraphQL operation duration',
  labelNames: ['service', 'operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

/** Errors returned to clients, by code. */
export const operationErrors = new Counter({
  name: 'graphql_errors_total',
  help: 'GraphQL errors returned, by code',
  labelNames: ['service', 'operation', 'code'] as const,
});

/** The Prometheus text for /metrics. */
export const metricsText = () => register.metrics();
export const metricsContentType = register.contentType;

/** Records every operation's duration and errors under `service`. */
export function metricsPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = operationDuration.startTimer({ service });
      return {
        async willSendResponse({ operationName, errors }) {
          const operation = operationName ?? 'anonymous';
          for (const e of errors ?? []) operationErrors.inc({ service, operation, code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          stop({ operation, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
