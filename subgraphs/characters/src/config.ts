import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** characters' settings, on top of the kit's. */
export const charactersConfigSchema = baseConfigSchema.extend({
  /** Characters an account may have across realms (deleted ones not counted). Default: 10. */
  CHARACTERS_MAX_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  /** Characters an account may have in one realm. Default: 6. */
  CHARACTERS_MAX_PER_REALM: z.coerce.number().int().positive().default(6),
  /** Days a deleted character can be restored before the purge job removes it. Default: 30. */
  CHARACTERS_RESTORE_DAYS: z.coerce.number().positive().default(30),
  /** Hours between two renames of a character. Default: 720 (30 days). */
  CHARACTERS_RENAME_COOLDOWN_HOURS: z.coerce.number().min(0).default(720),
  /** Slots of each bag a new character receives, comma-separated. Default: 24,16. */
  CHARACTERS_BAG_SLOTS: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3}){0,4}$/)
    .default('24,16')
    .transform((s) => s.split(',').map(Number)),
  /** Slots of an account's bank. Default: 48. */
  CHARACTERS_BANK_SLOTS: z.coerce.number().int().positive().max(500).default(48),
  /** How often the purge and trade-settlement sweepers run, in ms; 0 disables. Default: 60000. */
  CHARACTERS_JOB_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** Open trades untouched this long are cancelled by the sweeper, in minutes. Default: 30. */
  CHARACTERS_TRADE_TTL_MINUTES: z.coerce.number().positive().default(30),
});
export type CharactersConfig = z.infer<typeof charactersConfigSchema>;

export const loadCharactersConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(charactersConfigSchema, env);
