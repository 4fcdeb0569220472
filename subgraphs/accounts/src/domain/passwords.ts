import { hash, verify } from '@node-rs/argon2';
import { badInput } from '@worldgraph/kit';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (argon2id is the library's default algorithm).
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Refuses a weak password with a message that says what to change. */
export function assertPasswordPolicy(password: string, username: string): void {
  if (password.length < 10) throw badInput('Password must be at least 10 characters long', { field: 'password' });
  if (password.length > 128) throw badInput('Password must be at most 128 characters long', { field: 'password' });
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw badInput('Password must contain at least one letter and one digit', { field: 'password' });
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw badInput('Password must not contain the username', { field: 'password' });
  }
}

export const hashPassword = (password: string) => hash(password, PARAMS);

/** Constant-shape check: a malformed stored hash counts as a mismatch, not a crash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

// Verified against when the account does not exist, so timing does not reveal which logins exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummyHash, password);
}
