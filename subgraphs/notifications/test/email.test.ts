import { closeDatabases, gql, inbox as mailbox, registerUser, tokenFromMail, waitForMail } from '@worldgraph/testenv';
import { eventually, market, offer } from './helpers.ts';

afterAll(closeDatabases);

const UPDATE = 'mutation ($i: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $i) { kind } }';
const OFFER_MAIL = 'Subject: New offer for your parcel';

describe('the email channel', () => {
  it('mails a notification over SMTP to the confirmed address, only while email is on for its kind', async () => {
    const [{ owner, buyer, parcel }, unconfirmed] = [await market(), await market()];
    const offersTo = async (email: string) => (await mailbox(email)).filter((m) => m.includes(OFFER_MAIL));
    const offersListed = (n: number) => eventually(owner, (nodes) => nodes.filter((x) => x.kind === 'buy_request_received').length === n);
    const token = await tokenFromMail(owner.email, 'Confirm your email address');
    expect((await gql('mutation ($t: String!) { verifyEmail(token: $t) }', { t: token })).data).toEqual({ verifyEmail: true });

    // Email is on for offers by default (NOTIFICATIONS_EMAIL_KINDS). The first offer goes to an owner
    // who never confirmed their address (it may be someone else's); the second to a confirmed one.
    await offer(unconfirmed.buyer, unconfirmed.parcel);
    await offer(buyer, parcel);
    const mail = await waitForMail(owner.email, { text: OFFER_MAIL });
    expect(mail).toMatch(/^From: .*no-reply@worldgraph\.local/m);
    expect(mail).toContain(`Someone offered to buy parcel ${parcel}.`);
    expect(mail).toContain('notification settings');
    // Events are handled in order: the first offer was fully delivered before this mail went out.
    await eventually(unconfirmed.owner, (nodes) => nodes.some((x) => x.kind === 'buy_request_received'));
    expect(await offersTo(unconfirmed.owner.email)).toEqual([]);
    await offersListed(1);

    // Switched off: listed in the app, not mailed.
    expect((await gql(UPDATE, { i: [{ kind: 'buy_request_received', channel: 'email', enabled: false }] }, { token: owner.accessToken })).errors).toBeUndefined();
    await offer(await registerUser(), parcel);
    await offersListed(2);
    // Back on: once the next offer's mail is out, the one before was fully delivered.
    expect((await gql(UPDATE, { i: [{ kind: 'buy_request_received', channel: 'email', enabled: true }] }, { token: owner.accessToken })).errors).toBeUndefined();
    await offer(await registerUser(), parcel);
    await waitForMail(owner.email, { text: OFFER_MAIL, after: 1 });
    expect(await offersTo(owner.email)).toHaveLength(2);
  }, 60_000);
});
