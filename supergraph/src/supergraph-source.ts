import { readFileSync } from 'node:fs';
import type { Logger } from '@worldgraph/kit';
import { Gauge } from 'prom-client';
import { SUPERGRAPH_URL } from './compose.ts';
import type { RouterConfig } from './config.ts';
import type { SupergraphUpdates } from './live-supergraph.ts';
import { registryDatabaseUrl, SchemaRegistry } from './registry.ts';

const servedVersion = new Gauge({ name: 'router_supergraph_version', help: 'Registry version of the supergraph this router serves (0: from a file)' });

/** The supergraph a router starts with and, from the registry, the ones that follow. */
export interface SupergraphSource {
  supergraphSdl: string;
  /** Set when the source can change (the registry). */
  updates?: SupergraphUpdates;
  /** Where it came from, for the logs. */
  origin: string;
  close(): Promise<void>;
}

/**
 * SUPERGRAPH_SOURCE=file (default): SUPERGRAPH_PATH or the checked-in supergraph, for good.
 * SUPERGRAPH_SOURCE=registry: the registry's current version on `serverUrl`, then each newer one
 * (`npm run schema -- publish` / `rollback`) as its notification arrives or at the next REGISTRY_POLL_MS check.
 */
export async function loadSupergraphSource(config: RouterConfig, serverUrl: string | undefined, logger: Logger): Promise<SupergraphSource> {
  if (config.SUPERGRAPH_SOURCE === 'file') {
    const path = config.SUPERGRAPH_PATH ?? SUPERGRAPH_URL;
    servedVersion.set(0);
    return { supergraphSdl: readFileSync(path, 'utf8'), origin: String(path), close: async () => {} };
  }
  if (!serverUrl) throw new Error('SUPERGRAPH_SOURCE=registry needs DATABASE_URL (the registry is ${DB_PREFIX}registry on it)');
  const registry = await SchemaRegistry.open(registryDatabaseUrl(serverUrl, config.DB_PREFIX), logger);
  const current = await registry.current();
  if (!current) {
    await registry.close();
    throw new Error('the schema registry has no supergraph yet: publish one with `npm run schema -- publish`');
  }
  servedVersion.set(current.id);
  const stops = new Set<() => void>();
  return {
    supergraphSdl: current.supergraphSdl,
    origin: `registry version ${current.id}`,
    updates: {
      watch(apply) {
        const stop = registry.watch(current.id, config.REGISTRY_POLL_MS, async (version) => {
          logger.info({ version: version.id }, 'new supergraph version in the registry');
          await apply(version.supergraphSdl);
          servedVersion.set(version.id);
        }, logger);
        stops.add(stop);
        return stop;
      },
    },
    async close() {
      for (const stop of stops) stop();
      await registry.close();
    },
  };
}
