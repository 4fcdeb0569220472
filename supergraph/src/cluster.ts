// The router with a worker per core (node:cluster): each worker is supergraph/src/index.ts, all
// on one port; the primary hands connections out in turn and replaces a worker that dies.
// One Node process runs JavaScript on one core, and under load the router is CPU-bound
// (tools/bench/README.md, gateways), so this is how one pod uses the cores it is given.
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createLogger, loadConfig, serveMetrics } from '@worldgraph/kit';
import { AggregatorRegistry } from 'prom-client';
import { z } from 'zod';
import { routerConfigSchema } from './config.ts';

const clusterConfigSchema = routerConfigSchema.extend({
  /** Router worker processes: a number, or `auto` for one per available core. Default: auto. */
  ROUTER_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default('auto'),
});

const logger = createLogger('router-cluster');
const config = loadConfig(clusterConfigSchema);
const count = config.ROUTER_WORKERS === 'auto' ? os.availableParallelism() : config.ROUTER_WORKERS;
// Workers run index.ts with this process's flags (tsx's loader among them), and a 64 MiB young
// generation unless told otherwise: a request's garbage dies young, and the default 16 MiB made
// the router spend a sixth of its time in scavenges (tools/bench/README.md, gateways).
const semiSpace = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-semi-space-size')) ? [] : ['--max-semi-space-size=64'];
cluster.setupPrimary({ exec: fileURLToPath(new URL('./index.ts', import.meta.url)), execArgv: [...process.execArgv, ...semiSpace] });

let stopping = false;
const restarts: number[] = [];
const fork = (): Worker => cluster.fork();
cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  // A worker that keeps dying (bad config, port taken) stops the whole router instead of looping.
  const now = Date.now();
  restarts.push(now);
  while (restarts[0]! < now - 60_000) restarts.shift();
  if (restarts.length > count * 3) {
    logger.fatal({ code, signal }, 'router workers keep exiting; stopping');
    process.exit(1);
  }
  logger.error({ pid: worker.process.pid, code, signal }, 'router worker exited; starting another');
  fork();
});
for (let i = 0; i < count; i++) fork();
// Prometheus scrapes the primary's METRICS_PORT: every worker's metrics summed (workers serve none of their own).
const metricsPort = config.METRICS_PORT ?? (config.NODE_ENV === 'production' ? 9464 : undefined);
if (metricsPort !== undefined) {
  const registry = new AggregatorRegistry();
  serveMetrics(metricsPort, config.HOST ?? (config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'), () => registry.clusterMetrics(), logger);
}
logger.info({ workers: count }, 'router cluster started');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    // Each worker closes itself on the signal (its own onShutdown); give them 15 s.
    const deadline = setTimeout(() => process.exit(1), 15_000);
    let alive = workers.length;
    if (!alive) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => {
        if (--alive === 0) {
          clearTimeout(deadline);
          process.exit(0);
        }
      });
      w.process.kill(signal);
    }
  });
}
