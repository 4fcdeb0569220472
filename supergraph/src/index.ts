// The router as its own process (a Kubernetes pod). `npm start` runs it with every subgraph instead.
import { readFileSync } from 'node:fs';
import { createLogger, createProcessParts, subgraphUrls } from '@worldgraph/kit';
import { onShutdown } from '@worldgraph/kit/standalone';
import { SUPERGRAPH_URL } from './compose.ts';
import { corsOrigins, loadRouterConfig } from './config.ts';
import { startRouter } from './router.ts';

const logger = createLogger('router');
try {
  const config = loadRouterConfig();
  const urls = subgraphUrls();
  const parts = createProcessParts(urls);
  const router = await startRouter({
    port: config.PORT,
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? SUPERGRAPH_URL, 'utf8'),
    subgraphUrls: urls,
    verifier: parts.publicVerifier,
    serviceSecret: parts.config.SERVICE_TOKEN_SECRET,
    live: parts.live,
    logger,
    corsOrigin: corsOrigins(config),
  });
  onShutdown(async () => {
    await router.close();
    await parts.close();
  });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
