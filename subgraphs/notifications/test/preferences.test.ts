import { randomInt } from 'node:crypto';
import { closeDatabases, codeOf, eventually as poll, gql, registerUser, smsCode, smsTo, type TestUser } from '@worldgraph/testenv';
import { eventually, inbox, market, offer } from './helpers.ts';

afterAll(closeDatabases);

const PREFS = '{ notificationPreferences { kind channel enabled mandatory } }';
const UPDATE = 'mutation ($i: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $i) { kind channel enabled mandatory } }';
type Pref = { kind: string; channel: string; enabled: boolean; mandatory: boolean };
const find = (prefs: Pref[], kind: string, channel: string) => prefs.find((p) => p.kind === kind && p.channel === channel);

/** Confirms a phone number for the user (accounts' SMS two-factor enrolment): SMS notifications go there. */
async function confirmPhone(user: TestUser): Promise<string> {
  const phone = `+447711${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  expect((await gql('mutation ($p: String!) { beginSmsTwoFactorEnrolment(phoneNumber: $p) { phoneHint } }', { p: phone }, { token: user.accessToken })).errors).toBeUndefined();
  const confirmed = await gql('mutation ($c: String!) { confirmSmsTwoFactorEnrolment(oneTimeCode: $c) { recoveryCodes } }', { c: await smsCode(phone) }, { token: user.accessToken });
  expect(confirmed.errors).toBeUndefined();
  return phone;
}

describe('notification preferences', () => {
  it('defaults: in-app on, email and SMS as configured; security kinds mandatory and cannot be switched off', async () => {
    const user = await registerUser();
    const prefs = (await gql(PREFS, {}, { token: user.accessToken })).data!.notificationPreferences as Pref[];
    expect(find(prefs, 'buy_request_received', 'in_app')).toEqual({ kind: 'buy_request_received', channel: 'in_app', enabled: true, mandatory: false });
    expect(find(prefs, 'buy_request_received', 'email')?.enabled).toBe(true);
    expect(find(prefs, 'buy_request_received', 'sms')?.enabled).toBe(false);
    expect(find(prefs, 'parcel_sold', 'sms')?.enabled).toBe(true);
    expect(prefs.filter((p) => p.mandatory)).toEqual([
      { kind: 'password_reset', channel: 'email', enabled: true, mandatory: true },
      { kind: 'two_factor_code', channel: 'sms', enabled: true, mandatory: true },
    ]);

    // All or none: one refused choice in a batch changes nothing.
    const refused = await gql(UPDATE, { i: [{ kind: 'level_up', channel: 'email', enabled: true }, { kind: 'two_factor_code', channel: 'sms', enabled: false }] }, { token: user.accessToken });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MANDATORY_NOTIFICATION' });
    expect(codeOf(await gql(UPDATE, { i: [{ kind: 'password_reset', channel: 'sms', enabled: true }] }, { token: user.accessToken }))).toBe('FORBIDDEN');
    const after = (await gql(PREFS, {}, { token: user.accessToken })).data!.notificationPreferences as Pref[];
    expect(after).toEqual(prefs);
    expect(codeOf(await gql(PREFS))).toBe('UNAUTHENTICATED');
  });

  it('delivery honours them: a kind switched off in-app is not listed, SMS goes only while on', async () => {
    const { owner, buyer, parcel } = await market();
    const phone = await confirmPhone(owner);
    const sms = async () => (await smsTo(phone)).filter((m) => !/code/.test(m.text));
    await eventually(owner, (n) => n.length === 1); // their own purchase
    const set = (i: object[]) => gql(UPDATE, { i }, { token: owner.accessToken });

    // Offers: by SMS only, not in the app.
    const updated = await set([{ kind: 'buy_request_received', channel: 'sms', enabled: true }, { kind: 'buy_request_received', channel: 'in_app', enabled: false }]);
    expect(updated.errors).toBeUndefined();
    expect(find(updated.data!.updateNotificationPreferences, 'buy_request_received', 'in_app')?.enabled).toBe(false);
    await offer(buyer, parcel);
    await poll(sms, (sent) => sent.length >= 1, undefined, 'the offer SMS');
    expect((await sms()).map((m) => m.text)).toEqual([expect.stringContaining('offer')]);
    expect((await inbox(owner)).edges.map((e) => e.node.kind)).toEqual(['system']);

    // SMS off, in-app back on: the next offer is listed and sends no SMS.
    expect((await set([{ kind: 'buy_request_received', channel: 'sms', enabled: false }, { kind: 'buy_request_received', channel: 'in_app', enabled: true }])).errors).toBeUndefined();
    await offer(await registerUser(), parcel);
    await eventually(owner, (n) => n.length === 2);
    // Events are handled in order: once a later offer's SMS is out, the one before was fully delivered.
    expect((await set([{ kind: 'buy_request_received', channel: 'sms', enabled: true }])).errors).toBeUndefined();
    await offer(await registerUser(), parcel);
    const newest = new Date((await eventually(owner, (n) => n.length === 3))[0]!.createdAt).getTime();
    // Its SMS goes after its row is stored: wait for an SMS sent since.
    await poll(sms, (sent) => sent.some((m) => Date.parse(m.sentAt) >= newest), undefined, 'the SMS of the newest offer');
    expect(await sms()).toHaveLength(2);
  }, 60_000);
});
