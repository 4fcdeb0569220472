import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** content's settings, on top of the kit's. */
export const contentConfigSchema = baseConfigSchema.extend({
  /** How long before an occurrence starts its reminders go out, in ms. Default: 3600000 (1 hour). */
  CONTENT_REMINDER_LEAD_MS: z.coerce.number().int().min(60_000).default(3_600_000),
  /** How often the reminder job runs, in ms; 0 turns it off. Default: 60000. */
  CONTENT_REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
});
export type ContentConfig = z.infer<typeof contentConfigSchema>;

export const loadContentConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(contentConfigSchema, env);
