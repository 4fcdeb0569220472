import { z } from 'zod';
import { badInput } from '@worldgraph/kit';

export const usernameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{2,31}$/, 'Username must be 3-32 letters, digits or underscores, starting with a letter');
export const emailSchema = z.email('Email address is not valid').max(254, 'Email address is too long');

export const profileSchema = z.object({
  displayName: z.string().trim().min(1).max(64).nullish(),
  bio: z.string().max(500).nullish(),
  avatarUrl: z
    .url({ protocol: /^https?$/, message: 'Avatar URL must be an http(s) URL' })
    .max(2048)
    .nullish(),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Locale must be a BCP 47 tag such as en or fr-CA')
    .nullish(),
});


/** Parses with `schema`, turning the first problem into BAD_USER_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, field?: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badInput(issue.message, { field: field ?? issue.path.join('.') });
  }
  return result.data;
}
