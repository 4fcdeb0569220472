import { z } from 'zod';
import { badInput } from '@worldgraph/kit';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

/** A character's appearance, version 1: what the JSONB column holds. */
export const appearanceSchema = z
  .object({
    v: z.literal(1).default(1),
    bodyType: z.enum(['slender', 'average', 'sturdy']),
    skinTone: z.number().int().min(0).max(11),
    hairStyle: z.number().int().min(0).max(24),
    hairColor: color,
    eyeColor: color,
    faceShape: z.number().int().min(0).max(9),
    height: z.number().min(0.9).max(1.1),
    markings: z.array(z.object({ kind: z.enum(['tattoo', 'scar', 'paint']), color })).max(4),
  })
  .strict();
export type AppearanceDocument = z.infer<typeof appearanceSchema>;

/** Validates an appearance; BAD_USER_INPUT naming the first bad field. */
export function parseAppearance(input: unknown): AppearanceDocument {
  const parsed = appearanceSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['appearance', ...issue.path].join('.');
    throw badInput(`${field}: ${issue.message}`, { field });
  }
  return parsed.data;
}

/** A stored document, read back (documents of an older version would be upgraded here). */
export const readAppearance = (stored: unknown): AppearanceDocument => appearanceSchema.parse(stored);
