// The whole supergraph in one process: every subgraph of rover.yaml and the router, on a Postgres
// server (DATABASE_URL, or an embedded one under DATA_DIR). `npm start` and the test environment run it.
import path from 'node:path';
import { z } from 'zod';
import {
  createLogger,
  createProcessParts,
  createRuntime,
  loadConfig,
  processSubgraphs,
  ROUTER_SUBGRAPH,
  startSubgraph,
  startTracing,
  subgraphUrls,
  type SubgraphDefinition,
} from '@worldgraph/kit';
import { startEmbeddedPostgres, type EmbeddedServer } from '@worldgraph/kit/embedded-postgres';
import { onShutdown } from '@worldgraph/kit/standalone';
import { corsOrigins, edgeSettingsOf, routerConfigSchema, safelistEnabled } from '@worldgraph/router/config';
import { PersistedOperations } from '@worldgraph/router/safelist';
import { loadSupergraphSource } from '@worldgraph/router/supergraph-source';
import { startRouter } from '@worldgraph/router';
import { startPaymentSandbox } from '../payment-sandbox/server.mjs';
import { startOidcProvider } from '../oidc/server.mjs';

const stackConfig = routerConfigSchema.extend({
  /** `ephemeral`: every server on a free port, and one READY line with the URLs (tests). Default: fixed. */
  STACK_PORTS: z.enum(['fixed', 'ephemeral']).default('fixed'),
  /** Port of the embedded Postgres when DATABASE_URL is unset. Default: 5433. */
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(5433),
});

// Every context of the process has its own pools on one Postgres server: smaller ones keep a dozen
// contexts within the server's default 100 connections.
process.env.DATABASE_POOL_SIZE ??= '4';
const logger = createLogger('stack');
/** The subgraphs' and the router's loggers (a line per operation) share one write per 50 ms (kit logger); the stack's own lines go out at once. */
const GATHERED = { gather: true };
const config = loadConfig(stackConfig);
const ephemeral = config.STACK_PORTS === 'ephemeral';
/** What to stop, in the order it started; stopped in reverse: the router, then each subgraph (draining), then Postgres. */
const closers: { name: string; close: () => Promise<void> }[] = [];
const stopAll = async () => {
  for (const { name, close } of closers.reverse()) {
    await close().then(
      () => logger.info({ part: name }, `${name} stopped`),
      (err) => logger.error({ err, part: name }, `${name}: stop failed`),
    );
  }
};
onShutdown(async () => {
  logger.info('stopping');
  await stopAll();
  // The last lines reach stdout before the process exits.
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
});
// Started by `npm start` with an IPC channel: when that process dies, so does the stack, in order.
if (process.channel) process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

try {
  // OTLP traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (one service for the whole process); flushed last.
  closers.push({ name: 'tracing', close: await startTracing('worldgraph') });
  let serverUrl = config.DATABASE_URL;
  if (!serverUrl) {
    const embedded: EmbeddedServer = await startEmbeddedPostgres(path.join(config.DATA_DIR, 'postgres'), config.EMBEDDED_PG_PORT);
    closers.push({ name: 'embedded Postgres', close: embedded.stop });
    serverUrl = embedded.url;
    logger.info({ port: config.EMBEDDED_PG_PORT, dataDir: path.resolve(config.DATA_DIR, 'postgres') }, 'embedded Postgres started');
  }
  // Top-ups pay through Parsian's IPG: without PAYMENT_GATEWAY_URL, its sandbox (tools/payment-sandbox) runs here.
  if (!process.env.PAYMENT_GATEWAY_URL) {
    const sandbox = await startPaymentSandbox({ port: ephemeral ? 0 : Number(process.env.PAYMENT_SANDBOX_PORT ?? 9400) });
    closers.push({ name: 'payment sandbox', close: sandbox.close });
    process.env.PAYMENT_GATEWAY_URL = sandbox.url;
    logger.info({ url: sandbox.url }, 'payment gateway sandbox started');
  }
  // Sign-in with a provider: without OIDC_PROVIDERS (and outside production), the development OpenID provider (tools/oidc) runs here.
  if (!process.env.OIDC_PROVIDERS && process.env.NODE_ENV !== 'production') {
    const provider = await startOidcProvider({ port: ephemeral ? 0 : Number(process.env.OIDC_PROVIDER_PORT ?? 9500) });
    closers.push({ name: 'OpenID provider', close: provider.close });
    process.env.OIDC_PROVIDERS = provider.providers;
    logger.info({ issuer: provider.issuer }, 'development OpenID provider started');
  }
  const urls = subgraphUrls();
  // The router answers its own subgraph in process (kit ROUTER_SUBGRAPH): nothing to start or list.
  urls.delete(ROUTER_SUBGRAPH);
  const parts = createProcessParts(urls, { ...process.env, DATABASE_URL: serverUrl });
  closers.push({ name: 'event bus and shared store', close: () => parts.close() });

  // Every subgraph starts at once: each migrates its own database, so their waits on Postgres overlap.
  const started = await Promise.allSettled(
    processSubgraphs().map(async (name) => {
      const module = (await import(`@worldgraph/${name}`)) as Record<string, SubgraphDefinition<never>>;
      const def = module[name];
      if (!def) throw new Error(`@worldgraph/${name} does not export \`${name}\``);
      const runtime = createRuntime({ name, config: { ...parts.config, DATABASE_URL: serverUrl }, logger: createLogger(name, undefined, GATHERED), kv: parts.kv, verifier: parts.verifier, events: parts.events, live: parts.live, subgraphUrls: urls });
      const running = await startSubgraph(def, runtime, ephemeral ? 0 : Number(new URL(urls.get(name)!).port));
      // Reachable by the others as soon as it listens, as when they started one by one.
      urls.set(name, running.graphqlUrl);
      return { name, running };
    }),
  );
  // In the list's order, whatever finished first: stopped in reverse, as before.
  for (const result of started) if (result.status === 'fulfilled') closers.push({ name: `subgraph ${result.value.name}`, close: result.value.running.close });
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;

  const supergraph = await loadSupergraphSource(config, serverUrl, logger);
  closers.push({ name: 'supergraph source', close: supergraph.close });
  const router = await startRouter({
    port: ephemeral ? 0 : config.PORT,
    supergraphSdl: supergraph.supergraphSdl,
    supergraphUpdates: supergraph.updates,
    persistedOperations: { operations: PersistedOperations.load(config.PERSISTED_OPERATIONS_PATH), safelist: safelistEnabled(config) },
    subgraphUrls: urls,
    verifier: parts.publicVerifier,
    serviceSecret: parts.config.SERVICE_TOKEN_SECRET,
    live: parts.live,
    logger: createLogger('router', undefined, GATHERED),
    corsOrigin: corsOrigins(config),
    executor: config.QUERY_EXECUTOR,
    shareQueries: config.QUERY_SHARING === 'on',
    planner: config.QUERY_PLANNER,
    edge: { settings: edgeSettingsOf(config), kv: parts.kv },
    sites: { dir: config.SITES_DIR, fixed: config.SITE },
  });
  closers.push({ name: 'router', close: router.close });

  if (ephemeral) {
    console.log(`WORLDGRAPH_READY ${JSON.stringify({ router: router.graphqlUrl, subgraphs: Object.fromEntries(urls) })}`);
  } else {
    const lines = [...urls].map(([name, url]) => `  ${name.padEnd(10)} ${url}`);
    console.log(`\nWorldgraph is up.\n  router     ${router.graphqlUrl}  (open it in a browser for the explorer)\n${lines.join('\n')}\nCtrl-C stops everything.\n`);
  }
} catch (error) {
  logger.fatal({ err: error }, 'could not start the stack');
  await stopAll();
  process.exit(1);
}
