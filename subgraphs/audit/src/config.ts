import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** audit's settings, on top of the kit's. */
export const auditConfigSchema = baseConfigSchema.extend({
  /** OpenSearch node, e.g. http://127.0.0.1:9201: the audit store when set. Default: unset (the context's Postgres). */
  OPENSEARCH_URL: z.string().url().optional(),
  /** Prefix of the OpenSearch indices and template. Default: `${DB_PREFIX}audit`, so test stacks never share a chain. */
  AUDIT_INDEX_PREFIX: z.string().regex(/^[a-z][a-z0-9_-]*$/).optional(),
  /** How often every context's whole chain is verified in the background, in ms (the audit_chain_verification_ok metric); 0: never. Default: 1 hour. */
  AUDIT_VERIFY_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
});
export type AuditConfig = z.infer<typeof auditConfigSchema>;

export const loadAuditConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(auditConfigSchema, env);
