import { READINESS_CHECK_TIMEOUT_MS, timedCheck, type CheckResult, type KeyValueStore } from '@worldgraph/kit';
import type { Request, Response } from 'express';

/** One subgraph's readiness as the router saw it: its own /health/ready and the datastores it reported. */
export interface SubgraphHealth extends CheckResult {
  url: string;
  /** The subgraph's datastore checks (database, redis…), each with its latency. */
  checks: Record<string, CheckResult>;
}

/** The whole site: `ok` when every subgraph and datastore is up, else `degraded` with what is down. */
export interface SiteHealth {
  status: 'ok' | 'degraded';
  checkedAt: string;
  /** How long the whole check took (the subgraphs are asked at once). */
  latencyMs: number;
  /** Names of subgraphs that are down or report a datastore down. */
  degraded: string[];
  router: { checks: Record<string, CheckResult> };
  subgraphs: Record<string, SubgraphHealth>;
}

/** Subgraph names and routing URLs of a supergraph (its `join__Graph` enum). */
export function subgraphsOf(supergraphSdl: string): Map<string, string> {
  const graphs = new Map<string, string>();
  for (const match of supergraphSdl.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"\s*,?\s*url:\s*"([^"]*)"\s*\)/g)) graphs.set(match[1]!, match[2]!);
  return graphs;
}

/** A subgraph's readiness URL from its GraphQL URL (…/graphql → …/health/ready). */
export function readinessUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/health/ready';
  return url.toString();
}

/**
 * Asks every subgraph's /health/ready at once (each within the kit's readiness timeout) and the
 * router's own datastores; answers from a cache for `maxAgeMs` and shares one check in flight, so
 * readiness probes and /health/site never multiply the traffic to the subgraphs.
 */
export class SiteHealthMonitor {
  private last?: { at: number; health: SiteHealth };
  private inFlight?: Promise<SiteHealth>;

  constructor(
    private readonly subgraphs: () => Map<string, string>,
    private readonly kv?: KeyValueStore,
    private readonly maxAgeMs = 2_000,
  ) {}

  async check(): Promise<SiteHealth> {
    if (this.last && Date.now() - this.last.at < this.maxAgeMs) return this.last.health;
    this.inFlight ??= this.checkNow().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /**
   * For readiness probes (which time out in a second): the last result at once, a new check started
   * in the background when it is stale; undefined until the first check is done. Never waits on a
   * slow subgraph.
   */
  latest(): SiteHealth | undefined {
    if (!this.last || Date.now() - this.last.at >= this.maxAgeMs) void this.check().catch(() => {});
    return this.last?.health;
  }

  private async checkNow(): Promise<SiteHealth> {
    const started = performance.now();
    const [subgraphs, redis] = await Promise.all([
      Promise.all([...this.subgraphs()].map(async ([name, url]) => [name, await checkSubgraph(url)] as const)),
      this.kv ? timedCheck(() => this.kv!.ping()) : undefined,
    ]);
    const degraded = subgraphs.filter(([, s]) => s.status === 'down' || Object.values(s.checks).some((c) => c.status === 'down')).map(([name]) => name);
    const routerChecks: Record<string, CheckResult> = redis ? { redis } : {};
    const health: SiteHealth = {
      status: degraded.length || redis?.status === 'down' ? 'degraded' : 'ok',
      checkedAt: new Date().toISOString(),
      latencyMs: Math.round(performance.now() - started),
      degraded,
      router: { checks: routerChecks },
      subgraphs: Object.fromEntries(subgraphs),
    };
    this.last = { at: Date.now(), health };
    return health;
  }

  /** GET /health/site: 200 when the whole site is ok, 503 with the same body when anything is degraded. */
  handler() {
    return async (_req: Request, res: Response) => {
      const health = await this.check();
      res.status(health.status === 'ok' ? 200 : 503).json(health);
    };
  }
}

/** How long a subgraph's /health/ready may take: longer than its own checks, so they report first. */
const SUBGRAPH_TIMEOUT_MS = READINESS_CHECK_TIMEOUT_MS + 2_000;

async function checkSubgraph(graphqlUrl: string): Promise<SubgraphHealth> {
  const url = readinessUrlOf(graphqlUrl);
  let checks: Record<string, CheckResult> = {};
  const result = await timedCheck(async () => {
    const answer = await fetch(url, { signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) });
    const body = (await answer.json().catch(() => ({}))) as { checks?: Record<string, CheckResult>; reason?: string };
    checks = body.checks ?? {};
    if (!answer.ok) throw new Error(body.reason ?? `HTTP ${answer.status}`);
  }, SUBGRAPH_TIMEOUT_MS);
  return { ...result, url, checks };
}
