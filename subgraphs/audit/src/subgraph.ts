import { defineSubgraph } from '@worldgraph/kit';
import { loadAuditConfig } from './config.ts';
import type { AuditContext } from './context.ts';
import { AuditLog } from './domain/audit-log.ts';
import { sources, startAuditConsumer } from './domain/consumer.ts';
import { resolvers } from './resolvers/index.ts';
import { createAuditStore } from './store/index.ts';

/** audit: the tamper-evident log of every context's state changes and commands, from their domain events. */
export const audit = defineSubgraph<AuditContext>({
  name: 'audit',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  // The Postgres store's tables; migrated (and harmless) when OpenSearch holds the log.
  migrationsDir: new URL('../../../prisma/audit/migrations', import.meta.url),
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadAuditConfig();
    const store = createAuditStore(config, runtime);
    // Not awaited: the store may be down at start (OpenSearch restarting); events wait in their streams meanwhile.
    store.init().catch((err) => runtime.logger.warn({ err }, 'audit store not ready at start'));
    const contexts = sources(); // rover.yaml, read once
    const consumer = startAuditConsumer(runtime.events, store, runtime.logger, contexts);
    const log = new AuditLog(store, contexts);
    const stopVerifying = config.AUDIT_VERIFY_INTERVAL_MS ? log.verifyEvery(config.AUDIT_VERIFY_INTERVAL_MS, runtime.logger) : () => {};
    return {
      context: (base) => ({ ...base, audit: log }),
      ready: () => store.init(),
      // The log's own store, when it is not the audit database.
      checks: store.kind === 'opensearch' ? { opensearch: () => store.ping() } : undefined,
      close: async () => {
        stopVerifying();
        await consumer.stop();
        await store.close();
      },
    };
  },
});
