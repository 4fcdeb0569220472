import { baseConfigSchema, kycThresholdSetting, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** wallet's settings, on top of the kit's. */
export const walletConfigSchema = baseConfigSchema.extend({
  /** Comma-separated asset codes. Default: the MetaRGB assets PSC,IRR,RED,BLUE,YELLOW. */
  WALLET_ASSETS: z
    .string()
    .default('PSC,IRR,RED,BLUE,YELLOW')
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/)).min(1)),
  /** Base URL of the Parsian IPG (https://pec.shaparak.ir in production). Default: the local sandbox, http://127.0.0.1:9400. */
  PAYMENT_GATEWAY_URL: z.string().url().default('http://127.0.0.1:9400'),
  /** The merchant's Parsian PIN (LoginAccount). Default: the sandbox's, sandbox-pin. Required in production. */
  PARSIAN_LOGIN_ACCOUNT: z.string().min(1).default('sandbox-pin'),
  /** Public URL of wallet's callback route, as the gateway reaches it. Default: this subgraph's own origin + /payments/parsian/callback. */
  PAYMENT_CALLBACK_URL: z.string().url().optional(),
  /** Comma-separated origins the buyer may be sent back to after paying. Default: none (then loopback addresses only, outside production). */
  PAYMENT_RETURN_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
  /** Transfers above this amount need a verified sender (KYC; FORBIDDEN, reason KYC_REQUIRED): `1000` for every asset, or `PSC:1000,IRR:50000000,*:1000`; empty never, 0 always. Default: 1000. */
  WALLET_KYC_TRANSFER_ABOVE: kycThresholdSetting.prefault('1000'),
  /** How often open orders are reconciled with the gateway, in ms; 0 turns the job off. Default: 60000. */
  PAYMENT_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** The job only asks about orders at least this old, in ms (the callback usually comes first). Default: 120000. */
  PAYMENT_RECONCILE_AFTER_MS: z.coerce.number().int().min(0).default(120_000),
});
export type WalletConfig = z.infer<typeof walletConfigSchema>;

export const loadWalletConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(walletConfigSchema, env);
