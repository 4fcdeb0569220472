import path from 'node:path';
import { gql, registerUser, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

async function signIn(app: WebApp, user: TestUser, hash: string): Promise<Page> {
  const page = await app.page();
  await page.goto(app.url);
  await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), {
    accessToken: user.accessToken,
    refreshToken: user.refreshToken,
    user: { id: user.id, username: user.username },
  });
  await page.goto(`${app.url}/${hash}`);
  await page.reload();
  return page;
}

(hasChromium ? describe : describe.skip)('chat in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('shows the other side typing, then the message live, and counts it unread elsewhere', async () => {
    const [ada, bob] = await Promise.all([registerUser(), registerUser()]);
    const created = await gql<any>('mutation ($m: [ID!]!) { createPartyChannel(name: "Expedition", memberIds: $m) { id } }', { m: [bob.id] }, { token: ada.accessToken });
    const channelId = created.data.createPartyChannel.id;
    const adaPage = await signIn(app, ada, `#/chat/${channelId}`);
    const bobPage = await signIn(app, bob, `#/chat/${channelId}`);
    await bobPage.getByTestId('channels').getByText('Expedition').waitFor();
    await adaPage.getByTestId('channels').getByText('Expedition').waitFor();

    await adaPage.getByLabel('Message').fill('Meet at the fountain');
    await bobPage.getByTestId('typing').getByText(`${ada.username} is typing…`).waitFor();
    await adaPage.getByRole('button', { name: 'Send' }).click();
    await bobPage.getByTestId('messages').getByText('Meet at the fountain').waitFor();
    await bobPage.screenshot({ path: path.join(ARTIFACTS, 'chat.png'), fullPage: true });

    // Bob reads the world channel; a new message in the party shows as unread there.
    await bobPage.goto(`${app.url}/#/chat/00000000-0000-4000-8000-000000000001`);
    await bobPage.getByTestId('channels').getByText('World').waitFor();
    await gql('mutation ($i: SendMessageInput!) { sendMessage(input: $i) { id } }', { i: { channelId, clientMessageId: 'web-test-2', body: 'Are you coming?' } }, { token: ada.accessToken });
    await bobPage.getByTestId(`unread-${channelId}`).getByText('1').waitFor();
  });
});
