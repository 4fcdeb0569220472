import { badInput } from '@worldgraph/kit';
import type { NotificationKind } from '../generated/prisma/client.ts';
import { MANDATORY } from './preferences.ts';
import type { SmsSender } from './sms.ts';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Texts a one-time code (a two-factor sign-in) at once, for accounts. Never stored and never on
 * an event stream: the code lives only in the call and the message. Mandatory, so no preference
 * is consulted. A failing provider throws, so the caller knows no code went out.
 */
export async function sendSecurityCode(
  sender: SmsSender,
  { phoneNumber: to, kind, oneTimeCode, expiresAt }: { phoneNumber: string; kind: NotificationKind; oneTimeCode: string; expiresAt: Date | string },
): Promise<boolean> {
  if (MANDATORY[kind] !== 'sms') throw badInput(`${kind} is not a security kind sent by SMS`, { field: 'kind' });
  if (!E164.test(to)) throw badInput('A phone number in international format (+ and 7-15 digits)', { field: 'phoneNumber' });
  if (!/^\d{4,10}$/.test(oneTimeCode)) throw badInput('A code of 4-10 digits', { field: 'oneTimeCode' });
  const minutes = Math.max(1, Math.round((new Date(expiresAt).getTime() - Date.now()) / 60_000));
  await sender.send({ to, text: `Your Worldgraph code is ${oneTimeCode}. It expires in ${minutes} minutes. Never share it.` });
  return true;
}
