import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** The router's settings, on top of the kit's. */
export const routerConfigSchema = baseConfigSchema.extend({
  /** HTTP and WebSocket port. Default: 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Comma-separated origins allowed by CORS; `*` allows any. Default: any outside production, none in it. */
  CORS_ORIGINS: z.string().optional(),
  /** The composed schema the router serves. Default: supergraph/supergraph.graphql. */
  SUPERGRAPH_PATH: z.string().optional(),
});
export type RouterConfig = z.infer<typeof routerConfigSchema>;

export const loadRouterConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(routerConfigSchema, env);

/** CORS origin setting for the `cors` middleware. */
export function corsOrigins(config: RouterConfig): boolean | string[] {
  const raw = config.CORS_ORIGINS ?? (config.NODE_ENV === 'production' ? '' : '*');
  if (raw.trim() === '*') return true;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}
