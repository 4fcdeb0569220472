import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A development secret kept in `dataDir` so it survives restarts: read it, or create it with
 * `generate` on first use. Production must configure its secrets; callers refuse this there.
 */
export function devSecret(dataDir: string, name: string, generate: () => string = () => randomBytes(32).toString('base64url')): string {
  const file = path.resolve(dataDir, 'secrets', name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const value = generate();
    // 'wx' fails if another process wrote it first; then theirs wins.
    try {
      writeFileSync(file, value, { mode: 0o600, flag: 'wx' });
      return value;
    } catch {
      return readFileSync(file, 'utf8');
    }
  }
}
