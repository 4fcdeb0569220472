import { ConfigError } from './config.ts';
import { createLogger } from './logger.ts';
import { createProcessParts } from './process.ts';
import { subgraphUrls } from './rover.ts';
import { createRuntime } from './runtime.ts';
import { startSubgraph, type BaseContext, type SubgraphDefinition } from './subgraph.ts';

/** Stops `close` on SIGINT/SIGTERM, then exits. */
export function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
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
  const logger = createLogger(def.name);
  try {
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
    });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
}
