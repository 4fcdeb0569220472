// Reads the messages the stack's SMTP catcher received (a real SMTP server on 127.0.0.1 that
// accounts' nodemailer transport talks to), as a person reads their inbox.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stack } from '@worldgraph/testenv';

/** The text of a message, quoted-printable soft breaks and escapes undone. */
const decode = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Every message received so far for `to`. */
export async function inbox(to: string): Promise<string[]> {
  const dir = path.join(stack().dataDir, 'mail');
  const files = await readdir(dir).catch(() => [] as string[]);
  const messages = await Promise.all(files.sort().map((f) => readFile(path.join(dir, f), 'utf8').then(decode)));
  return messages.filter((m) => new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'mi').test(m));
}

/** Waits for a message to `to` whose subject contains `subject`, and answers the token of its link. */
export async function tokenFromMail(to: string, subject: string, after = 0): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const found = (await inbox(to)).filter((m) => m.includes(subject));
    if (found.length > after) return /(?:verify-email|reset-password)\/([A-Za-z0-9_-]+)/.exec(found[found.length - 1]!)![1]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no "${subject}" mail for ${to}`);
}
