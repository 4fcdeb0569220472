import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

/** chat's settings, on top of the kit's. */
export const chatConfigSchema = baseConfigSchema.extend({
  /** Longest message, in characters. Default: 2000. */
  CHAT_MAX_CHARS: z.coerce.number().int().min(1).max(4000).default(2000),
  /** How long after sending its author may edit a message, in ms. Default: 900000 (15 minutes). */
  CHAT_EDIT_WINDOW_MS: z.coerce.number().int().min(0).default(900_000),
  /** Messages one user may send per 10 seconds, all channels together. Default: 10. */
  CHAT_USER_RATE: z.coerce.number().int().min(1).default(10),
  /** Messages one channel takes per 10 seconds, all senders together. Default: 200. */
  CHAT_CHANNEL_RATE: z.coerce.number().int().min(1).default(200),
  /** Typing notices one user may send per 10 seconds (more are dropped quietly). Default: 10. */
  CHAT_TYPING_RATE: z.coerce.number().int().min(1).default(10),
  /** Comma-separated words masked with asterisks in every message (case-insensitive, whole words). Default: none. */
  CHAT_BLOCKED_WORDS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)),
  /** Most members of a party channel. Default: 50. */
  CHAT_PARTY_LIMIT: z.coerce.number().int().min(2).default(50),
});
export type ChatConfig = z.infer<typeof chatConfigSchema>;

export const loadChatConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(chatConfigSchema, env);
