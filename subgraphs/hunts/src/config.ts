import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** hunts' settings, on top of the kit's. */
export const huntsConfigSchema = baseConfigSchema.extend({
  /** Bolt URL of the Neo4j holding the clue graph, e.g. bolt://127.0.0.1:7687. Default: unset, the clue graph lives in Postgres. */
  NEO4J_URL: z.string().url().optional(),
  /** Neo4j user, when the server has auth enabled. Default: none (no auth). */
  NEO4J_USER: z.string().optional(),
  /** Neo4j password. Default: none. */
  NEO4J_PASSWORD: z.string().optional(),
  /** Fastest believable travel between two discoveries, in m/s; faster is refused as impossible travel. Default: 70 (252 km/h). */
  HUNTS_MAX_SPEED_MPS: z.coerce.number().positive().default(70),
  /** How often unpaid rewards and publishes cut short are resumed, in ms; 0 disables. Default: 60000. */
  HUNTS_JOB_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** Seed the demo hunt (src/domain/demo-hunt.ts) on start when missing. Default: true in development, false in test and production. */
  HUNTS_DEMO_HUNT: z.enum(['true', 'false']).optional(),
  /** Test only (NODE_ENV=test): comma-separated saga steps that fail once per hunt (publish, escrow, reward), to prove compensation and retries. */
  HUNTS_FAULT_INJECTION: z
    .string()
    .regex(/^(publish|escrow|reward)(,(publish|escrow|reward))*$/)
    .optional(),
});
export type HuntsConfig = z.infer<typeof huntsConfigSchema>;

export const loadHuntsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(huntsConfigSchema, env);
