import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** progression's settings, on top of the kit's. */
export const progressionConfigSchema = baseConfigSchema.extend({
  /** How often prizes whose payment failed are paid again, in ms; 0 disables. Default: 30000. */
  PROGRESSION_PRIZE_SWEEP_MS: z.coerce.number().int().min(0).default(30_000),
  /** Database connections of this subgraph. Default: 20 (answers arrive in bursts at a round's close). */
  PROGRESSION_DB_POOL: z.coerce.number().int().min(1).default(20),
  /** Test only (NODE_ENV=test): the first N prize payments lose the wallet's answer after it credited, to prove the sweeper pays once. Default: 0. */
  PROGRESSION_FAIL_PRIZE_PAYMENTS: z.coerce.number().int().min(0).default(0),
});
export type ProgressionConfig = z.infer<typeof progressionConfigSchema>;

export const loadProgressionConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(progressionConfigSchema, env);
