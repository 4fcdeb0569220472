import type { ApolloGateway, SupergraphSdlHook } from '@apollo/gateway';
import { withOneByteNames, type Logger, type Requirement } from '@worldgraph/kit';
import { prepareSupergraphForGateway, requirementsOf } from './authorization.ts';
import type { SubscriptionExecutor } from './subscriptions/executor.ts';

/** A source of new supergraphs (the schema registry): `watch` calls `apply` with each and returns a stop function. */
export interface SupergraphUpdates {
  watch(apply: (supergraphSdl: string) => Promise<void>): () => void;
}

/** Replaces the content of the router's authorization rules in place: every holder of the map follows. */
export function replaceRules(rules: Map<string, Requirement>, supergraphSdl: string): void {
  const next = requirementsOf(supergraphSdl);
  for (const key of rules.keys()) if (!next.has(key)) rules.delete(key);
  for (const [key, rule] of next) rules.set(key, rule);
}

/**
 * The gateway's `supergraphSdl` hook for a supergraph that changes while the router runs: each
 * new SDL is prepared for the gateway and handed to its `update` (the gateway swaps schema and
 * query planner for new operations; requests in flight and open subscriptions keep the plan
 * they started with), then the router's authorization rules are rebuilt from it. An SDL the
 * gateway refuses is logged and the current supergraph stays.
 */
export function liveSupergraph(initialSdl: string, rules: Map<string, Requirement>, updates: SupergraphUpdates, logger: Logger): SupergraphSdlHook {
  return async ({ update }) => {
    const stop = updates.watch(async (sdl) => {
      try {
        withOneByteNames(sdl);
        update(prepareSupergraphForGateway(sdl));
        replaceRules(rules, sdl);
        logger.info('serving a new supergraph');
      } catch (err) {
        logger.error({ err }, 'new supergraph refused; still serving the previous one');
      }
    });
    return { supergraphSdl: prepareSupergraphForGateway(initialSdl), cleanup: async () => stop() };
  };
}

/**
 * The executor caches subscription plans by operation text; after a swap, the same text must be
 * planned again against the new supergraph. Keys carry the number of supergraphs loaded so far, so
 * new subscriptions get a fresh plan while open ones keep theirs (old keys age out of the cache).
 */
export function replanOnSupergraphChange(executor: SubscriptionExecutor, gateway: ApolloGateway): SubscriptionExecutor {
  let generation = 0;
  gateway.onSchemaLoadOrUpdate(() => generation++);
  const plan = executor.plan.bind(executor);
  executor.plan = (document, operationName, key) => plan(document, operationName, `${generation}\n${key}`);
  return executor;
}
