import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** wallet's settings, on top of the kit's. */
export const walletConfigSchema = baseConfigSchema.extend({
  /** Comma-separated asset codes. Default: the MetaRGB assets PSC,IRR,RED,BLUE,YELLOW. */
  WALLET_ASSETS: z
    .string()
    .default('PSC,IRR,RED,BLUE,YELLOW')
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/)).min(1)),
});
export type WalletConfig = z.infer<typeof walletConfigSchema>;

export const loadWalletConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(walletConfigSchema, env);
