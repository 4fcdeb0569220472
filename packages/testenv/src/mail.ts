// What a person reads in their inbox and on their authenticator app, for tests: the messages the
// stack's SMTP catcher received (a real SMTP server on 127.0.0.1 that accounts' nodemailer transport
// talks to, writing DATA_DIR/mail/*.eml), and RFC 6238 codes from a base32 secret (otpauth).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { stack } from './client.ts';
import { eventually } from './poll.ts';

/** The text of a message, quoted-printable soft breaks and escapes undone. */
const decode = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Every message received so far for `to`, oldest first; with `since` (ms since the epoch), only those written since. */
export async function inbox(to: string, since = 0): Promise<string[]> {
  const dir = path.join(stack().dataDir, 'mail');
  const files = (await readdir(dir).catch(() => [] as string[])).sort();
  const recent = await Promise.all(files.map(async (f) => ((await stat(path.join(dir, f))).mtimeMs >= since ? f : null)));
  const messages = await Promise.all(recent.filter((f): f is string => f !== null).map((f) => readFile(path.join(dir, f), 'utf8').then(decode)));
  return messages.filter((m) => new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'mi').test(m));
}

/** The web path of a message's link, e.g. `#/reset-password/<token>`. */
export function linkOf(message: string): string {
  const link = /#\/[a-z-]+\/[A-Za-z0-9_-]+/.exec(message)?.[0];
  if (!link) throw new Error(`no link in the message:\n${message.slice(0, 500)}`);
  return link;
}

/** Waits for a message to `to` containing `text`, more than `after` of them, or written since `since`; answers the newest. */
export async function waitForMail(to: string, { text = '', after = 0, since = 0 }: { text?: string; after?: number; since?: number } = {}): Promise<string> {
  const read = async () => (await inbox(to, since)).filter((m) => m.includes(text));
  const found = await eventually(read, (messages) => messages.length > after, undefined, `no "${text}" mail for ${to}`);
  return found[found.length - 1]!;
}

/** Waits for a message to `to` whose text contains `subject`, and answers the token of its link. */
export async function tokenFromMail(to: string, subject: string, after = 0): Promise<string> {
  return linkOf(await waitForMail(to, { text: subject, after })).split('/').pop()!;
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 secret, `offset` steps from now. */
export function totp(secret: string, offset = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offset * 30_000 });
}
