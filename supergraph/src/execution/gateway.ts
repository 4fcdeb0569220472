import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { refusingPlannerLimits } from '../client-mistakes.ts';
import { PlanExecutor } from './plan-executor.ts';
import type { QueryPlannerChoice } from './second-planner.ts';

/**
 * The gateway as Apollo Server sees it, with the router's plan executor in front of the gateway's
 * own: same schema, same updates; operations the plan executor does not run fall through.
 * `shareQueries`: identical query operations in flight share one execution (QUERY_SHARING);
 * `planner`: whose plans queries run (QUERY_PLANNER, second-planner.ts).
 */
export function withPlanExecutor(gateway: ApolloGateway, shareQueries = true, planner: QueryPlannerChoice = 'hive'): GatewayInterface {
  const plans = new PlanExecutor(gateway, shareQueries, planner);
  return {
    async load(options) {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: refusingPlannerLimits(plans.executor(loaded.executor)) };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}
