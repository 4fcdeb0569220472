import { ConfigError } from './config.ts';
import { createLogger } from './logger.ts';
import { createProcessParts } from './process.ts';
import { subgraphUrls } from './rover.ts';
import { startTracing } from './tracing.ts';
import { createRuntime } from './runtime.ts';
import type { BaseContext } from './context.ts';
import { startSubgraph, type SubgraphDefinition } from './subgraph.ts';

/**
 * Runs `close` on SIGINT/SIGTERM, then exits 0 (1 if it failed). A close still running after
 * `deadlineMs` (default 20 s, inside Kubernetes' 30 s grace period) exits 1: a connection that
 * never ends must not keep a terminating pod alive until it is killed.
 */
export function onShutdown(close: () => Promise<void>, deadlineMs = 20_000): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      setTimeout(() => {
        console.error(`shutdown did not finish within ${deadlineMs} ms`);
        process.exit(1);
      }, deadlineMs).unref();
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/**
 * Runs one subgraph as its own process (a Kubernetes pod): PORT (default: rover.yaml's port),
 * DATABASE_URL required. `npm start` runs every subgraph in one process instead.
 */
export async function runStandalone<Ctx extends BaseContext>(def: SubgraphDefinition<Ctx>): Promise<void> {
  // A line per operation: gathered into one write per 50 ms, as the router's (kit logger).
  const logger = createLogger(def.name, undefined, { gather: true });
  try {
    const stopTracing = await startTracing(def.name);
    const urls = subgraphUrls();
    const parts = createProcessParts(urls);
    const { DATABASE_URL } = parts.config;
    if (!DATABASE_URL) throw new ConfigError('DATABASE_URL is required (npm start runs an embedded Postgres for you)');
    const runtime = createRuntime({ name: def.name, config: { ...parts.config, DATABASE_URL }, logger, kv: parts.kv, verifier: parts.verifier, events: parts.events, live: parts.live, subgraphUrls: urls });
    const port = Number(process.env.PORT ?? new URL(urls.get(def.name) ?? 'http://x:4001').port);
    const running = await startSubgraph(def, runtime, port);
    onShutdown(async () => {
      await running.close();
      await parts.close();
      await stopTracing();
    });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
}
