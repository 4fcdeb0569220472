// Reads the messages notifications' local SMS outbox wrote (DATA_DIR/sms/*.json), as a person
// reads their phone.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stack } from './client.ts';
import { eventually } from './poll.ts';

/** One SMS as the outbox wrote it. */
export interface SentSms {
  to: string;
  text: string;
  sentAt: string;
}

/** Every SMS sent so far to `to`, oldest first. */
export async function smsTo(to: string): Promise<SentSms[]> {
  const dir = path.join(stack().dataDir, 'sms');
  const files = (await readdir(dir).catch(() => [] as string[])).sort();
  const all = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as SentSms));
  return all.filter((m) => m.to === to);
}

/** Waits for the (after+1)th SMS to `to` and answers the six-digit code in it. */
export async function smsCode(to: string, after = 0): Promise<string> {
  const found = await eventually(() => smsTo(to), (sms) => sms.length > after, undefined, `no SMS to ${to}`);
  return /\b(\d{6})\b/.exec(found[found.length - 1]!.text)![1]!;
}
