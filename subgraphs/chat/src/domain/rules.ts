// The pure rules of chat: what a message may hold, how the word filter masks, who a direct
// channel belongs to, and whether an edit is still allowed.
import { badInput } from '@worldgraph/kit';

/** A message body as stored: trimmed, within the size limit, blocked words masked. */
export function cleanBody(body: string, maxChars: number, blockedWords: string[]): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (!text) throw badInput('A message cannot be empty', { field: 'body', reason: 'EMPTY_MESSAGE' });
  if ([...text].length > maxChars) throw badInput(`A message may have at most ${maxChars} characters`, { field: 'body', reason: 'MESSAGE_TOO_LONG', maxChars });
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw badInput('A message cannot hold control characters', { field: 'body' });
  return maskWords(text, blockedWords);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each blocked word (whole word, any case) by as many asterisks. */
export function maskWords(text: string, blockedWords: string[]): string {
  if (!blockedWords.length) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${blockedWords.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (m) => '*'.repeat([...m].length));
}

/** The `ref` of the direct channel between two users: the same whichever opens it. */
export const directRef = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** A client message id: 1-64 visible characters. */
export function assertClientMessageId(id: string): void {
  if (!/^[\x21-\x7e]{1,64}$/.test(id)) throw badInput('clientMessageId must be 1-64 visible ASCII characters', { field: 'clientMessageId' });
}

/** Whether a message sent at `sentAt` may still be edited at `now`. */
export const editable = (sentAt: Date, now: Date, windowMs: number) => now.getTime() - sentAt.getTime() <= windowMs;

/** The 10-second window a rate-limit counter belongs to. */
export const rateWindow = (now = Date.now()) => Math.floor(now / 10_000);
