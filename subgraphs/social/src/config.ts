import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** social's settings, on top of the kit's. */
export const socialConfigSchema = baseConfigSchema.extend({
  /** Most members a dynasty may hold, head included (a founder may choose fewer). Default: 100. */
  SOCIAL_MAX_MEMBERS: z.coerce.number().int().min(2).max(10_000).default(100),
  /** How long a join request or invitation waits for an answer, in hours. Default: 168 (a week). */
  SOCIAL_REQUEST_TTL_HOURS: z.coerce.number().positive().default(168),
  /** How often pending requests past their time are marked expired, in ms; 0 disables. Default: 60000. */
  SOCIAL_JOB_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
});
export type SocialConfig = z.infer<typeof socialConfigSchema>;

export const loadSocialConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(socialConfigSchema, env);
