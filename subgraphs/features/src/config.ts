import { baseConfigSchema, kycThresholdSetting, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** features' settings, on top of the kit's. */
export const featuresConfigSchema = baseConfigSchema.extend({
  /** Parcels of the demo world seeded into an empty database; 0 seeds none. Default: 10000. */
  FEATURES_DEMO_COUNT: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  /** Share of a sale the platform keeps from the seller, used only when wallet's platform variable commission.rate cannot be read. Default: 0.05. */
  FEATURES_COMMISSION_RATE: z.string().regex(/^0(\.\d{1,10})?$/).default('0.05'),
  /** How often the hourly-profit job and the purchase sweeper run, in ms; 0 disables. Default: 60000. */
  FEATURES_JOB_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** Largest bbox a query may ask for, in square degrees. Default: 1. */
  FEATURES_MAX_BBOX_DEG2: z.coerce.number().positive().default(1),
  /** Profit withdrawals above this amount need a verified owner (KYC; FORBIDDEN, reason KYC_REQUIRED): `1000` for every asset, or `PSC:1000,*:500`; empty never, 0 always. Default: 1000. */
  FEATURES_KYC_WITHDRAW_ABOVE: kycThresholdSetting.prefault('1000'),
  /** Test only (NODE_ENV=test): make a saga step fail, to prove compensation. */
  FEATURES_FAULT_INJECTION: z.enum(['ownership']).optional(),
});
export type FeaturesConfig = z.infer<typeof featuresConfigSchema>;

export const loadFeaturesConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(featuresConfigSchema, env);
