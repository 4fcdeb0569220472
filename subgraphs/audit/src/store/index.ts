import { createPrismaClient, type Runtime } from '@worldgraph/kit';
import type { AuditConfig } from '../config.ts';
import type { AuditStore } from '../domain/store.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { OpenSearchAuditStore } from './opensearch.ts';
import { PostgresAuditStore } from './postgres.ts';

/** OpenSearch when OPENSEARCH_URL is set, else the context's own Postgres. */
export function createAuditStore(config: AuditConfig, runtime: Pick<Runtime, 'databaseUrl'>): AuditStore {
  if (config.OPENSEARCH_URL) return new OpenSearchAuditStore({ url: config.OPENSEARCH_URL, prefix: config.AUDIT_INDEX_PREFIX ?? `${config.DB_PREFIX}audit` });
  return new PostgresAuditStore(createPrismaClient(PrismaClient, runtime.databaseUrl));
}
