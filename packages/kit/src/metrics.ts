import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

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

/** Domain events the outbox relay put on the bus, by source context. */
export const eventsPublished = new Counter({
  name: 'outbox_events_published_total',
  help: 'Domain events relayed from the outbox to the bus, by context',
  labelNames: ['context'] as const,
});

/** When the newest event relayed from a context's outbox was committed (unix seconds): the producer side of consumer lag. */
export const lastPublishedEvent = new Gauge({
  name: 'outbox_last_published_event_timestamp_seconds',
  help: 'Commit time of the newest event relayed from the outbox, by context (unix seconds)',
  labelNames: ['context'] as const,
});

/** Domain events a consumer group handled (its handler returned), by group and source context. */
export const eventsConsumed = new Counter({
  name: 'events_consumed_total',
  help: 'Domain events handled by a consumer group, by group and source context',
  labelNames: ['group', 'context'] as const,
});

/**
 * When the newest event a group handled from a context was committed (unix seconds). Consumer lag
 * in seconds is outbox_last_published_event_timestamp_seconds minus this, per context.
 */
export const lastConsumedEvent = new Gauge({
  name: 'event_consumer_last_event_timestamp_seconds',
  help: 'Commit time of the newest event a consumer group handled, by group and context (unix seconds)',
  labelNames: ['group', 'context'] as const,
});

/** Batches a consumer group's handler threw on (delivered again later). */
export const consumerFailures = new Counter({
  name: 'event_consumer_failures_total',
  help: 'Event batches whose handler failed (they are delivered again), by consumer group',
  labelNames: ['group'] as const,
});

/** A context's calls of wallet's internal movements, by kind and whether a call carried a batch (kit WalletClient). */
export const walletCalls = new Counter({
  name: 'wallet_client_calls_total',
  help: "Calls of wallet's internal movements, by calling context, kind (debit, credit) and form (batch, single)",
  labelNames: ['context', 'kind', 'form'] as const,
});

/** The movements those calls carried: movements / calls is the batches' mean size. */
export const walletMovements = new Counter({
  name: 'wallet_client_movements_total',
  help: "Internal movements sent to wallet, by calling context and kind",
  labelNames: ['context', 'kind'] as const,
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
