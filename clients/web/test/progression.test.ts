import path from 'node:path';
import { ok, registerUser } from '@worldgraph/testenv';
import { adminUser, ARTIFACTS, hasChromium, signedIn, startWebApp, type WebApp } from './app.ts';

(hasChromium ? describe : describe.skip)('levels and challenges in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('a player answers the live challenge, wins its prize, and sees their level and rank', async () => {
    const { accessToken } = await adminUser();
    const text = `Capital of France? ${Date.now()}`;
    const q = (await ok('mutation ($i: ChallengeQuestionInput!) { createChallengeQuestion(input: $i) { id } }', { i: { text, choices: ['Lyon', 'Paris', 'Nice'], correctIndex: 1 } }, accessToken)).createChallengeQuestion;
    await ok(
      'mutation ($i: ScheduleRoundInput!) { scheduleChallengeRound(input: $i) { id } }',
      { i: { questionId: q.id, opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 600_000).toISOString(), prizePool: { asset: 'PSC', amountEach: '3', winnerLimit: 50 } } },
      accessToken,
    );
    const player = await registerUser();
    const page = await signedIn(app, player, 'challenge');
    await page.getByTestId('level-badge').getByText('Lv 1').waitFor();
    await page.getByTestId('challenge-countdown').getByText(/Closes in \d+ s/).waitFor();
    // Another round may be open too (other tests): the page shows the one closing first.
    const question = await page.getByTestId('challenge-question').textContent();
    if (question === text) {
      await page.getByRole('button', { name: 'Paris' }).click();
      await page.getByTestId('challenge-result').getByText('Right!').waitFor();
      await page.getByTestId('challenge-prize').getByText(/3 PSC/).waitFor();
      await page.getByTestId('level-badge').getByText(/· (30|35) pts/).waitFor();
    } else {
      await page.getByTestId('challenge-question').getByText(/\?/).waitFor();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'challenge.png'), fullPage: true });

    await page.getByTestId('level-badge').click();
    await page.getByTestId('my-level').getByText(/Level 1: Settler/).waitFor();
    await page.getByTestId('leaderboard').waitFor();
    await page.getByRole('button', { name: 'This week' }).click();
    // 30 for the right answer, 5 more if the open socket counted as today's sign-in.
    if (question === text) await page.getByTestId('my-rank').getByText(/Your rank: \d+ \((30|35) points\)/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'level.png'), fullPage: true });
  });

  it('an admin adds a question and schedules a round of it', async () => {
    const page = await signedIn(app, await adminUser(), 'progression-admin');
    const console = page.getByTestId('progression-admin');
    const text = `Web admin question ${Date.now()}`;
    await console.getByLabel('Question', { exact: true }).first().fill(text);
    await console.getByLabel('Choices').fill('One\nTwo\nThree');
    await console.getByLabel('Right choice (1 = first)').fill('2');
    await console.getByRole('button', { name: 'Add question' }).click();
    await console.getByText(`${text} — One / [Two] / Three`).waitFor();
    await console.locator('select[name=question]').selectOption({ label: text });
    await console.getByLabel('Winners (0: no prizes)').fill('5');
    await console.getByRole('button', { name: 'Schedule round' }).click();
    await console.getByText(new RegExp(`${text}: .*\\(open, 0/5 prizes of 10 PSC\\)`)).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'progression-admin.png'), fullPage: true });
  });
});
