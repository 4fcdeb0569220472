import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

const minutes = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** support's settings, on top of the kit's. SLA deadlines are minutes after a ticket opens. */
export const supportConfigSchema = baseConfigSchema.extend({
  /** First staff response due, LOW priority, in minutes. Default: 2880 (2 days). */
  SUPPORT_SLA_LOW_FIRST_RESPONSE_MIN: minutes(2880),
  /** Resolution due, LOW priority, in minutes. Default: 20160 (14 days). */
  SUPPORT_SLA_LOW_RESOLUTION_MIN: minutes(20160),
  /** First staff response due, NORMAL priority, in minutes. Default: 1440 (1 day). */
  SUPPORT_SLA_NORMAL_FIRST_RESPONSE_MIN: minutes(1440),
  /** Resolution due, NORMAL priority, in minutes. Default: 10080 (7 days). */
  SUPPORT_SLA_NORMAL_RESOLUTION_MIN: minutes(10080),
  /** First staff response due, HIGH priority, in minutes. Default: 240 (4 hours). */
  SUPPORT_SLA_HIGH_FIRST_RESPONSE_MIN: minutes(240),
  /** Resolution due, HIGH priority, in minutes. Default: 2880 (2 days). */
  SUPPORT_SLA_HIGH_RESOLUTION_MIN: minutes(2880),
  /** First staff response due, URGENT priority, in minutes. Default: 60. */
  SUPPORT_SLA_URGENT_FIRST_RESPONSE_MIN: minutes(60),
  /** Resolution due, URGENT priority, in minutes. Default: 480 (8 hours). */
  SUPPORT_SLA_URGENT_RESOLUTION_MIN: minutes(480),
  /** Most attachments on one ticket. Default: 5. */
  SUPPORT_MAX_ATTACHMENTS: z.coerce.number().int().min(0).max(20).default(5),
});
export type SupportConfig = z.infer<typeof supportConfigSchema>;

export const loadSupportConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(supportConfigSchema, env);
