// The router as its own process (a Kubernetes pod). `npm start` runs it with every subgraph instead.
import { createLogger, createProcessParts, startTracing, subgraphUrls } from '@worldgraph/kit';
import { onShutdown } from '@worldgraph/kit/standalone';
import { corsOrigins, edgeSettingsOf, loadRouterConfig, safelistEnabled } from './config.ts';
import { startRouter } from './router.ts';
import { PersistedOperations } from './safelist.ts';
import { loadSupergraphSource } from './supergraph-source.ts';

// One line per request: gathered for 50 ms, not a write (a system call) each.
const logger = createLogger('router', undefined, { gather: true });
try {
  const config = loadRouterConfig();
  const stopTracing = await startTracing('router');
  const urls = subgraphUrls();
  const parts = createProcessParts(urls);
  const supergraph = await loadSupergraphSource(config, config.DATABASE_URL, logger);
  logger.info({ origin: supergraph.origin }, 'supergraph loaded');
  const router = await startRouter({
    port: config.PORT,
    supergraphSdl: supergraph.supergraphSdl,
    supergraphUpdates: supergraph.updates,
    persistedOperations: { operations: PersistedOperations.load(config.PERSISTED_OPERATIONS_PATH), safelist: safelistEnabled(config) },
    subgraphUrls: urls,
    verifier: parts.publicVerifier,
    serviceSecret: parts.config.SERVICE_TOKEN_SECRET,
    live: parts.live,
    logger,
    corsOrigin: corsOrigins(config),
    executor: config.QUERY_EXECUTOR,
    shareQueries: config.QUERY_SHARING === 'on',
    planner: config.QUERY_PLANNER,
    edge: { settings: edgeSettingsOf(config), kv: parts.kv },
    sites: { dir: config.SITES_DIR, fixed: config.SITE },
  });
  onShutdown(async () => {
    await router.close();
    await supergraph.close();
    await parts.close();
    await stopTracing();
  });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
