// The README example conventions (readme-examples.ts), on a small README.
import { fill, findPath, readmeExamples, type Example } from '../readme-examples.ts';

const README = [
  'Intro',
  '```graphql',
  'mutation { register(input: { username: "ada" }) { accessToken user { id } } }   # → ada',
  '# as ada (Headers: { "Authorization": "Bearer <ada.accessToken>" })',
  'query { me { username } }',
  'query { features(first: 2) {',
  '  edges { node { id } } } }',
  'subscription { walletChanged { asset } }   # → live',
  '```',
  '<!-- readme-test: skip needs an HTTP PUT between the steps -->',
  '```graphql',
  'mutation { completeUpload(id: "<upload.id>") { id } }',
  '```',
  '```graphql',
  'mutation { login(input: { login: "grace" }) { accessToken } }   # refused: FORBIDDEN, reason TWO_FACTOR_REQUIRED → challenge',
  '# $ curl -T me.png "<upload.parts.url>"',
  '```',
].join('\n');

describe('README example conventions', () => {
  it('splits blocks into operations, with who sends them and what their results are called', () => {
    const [first, second] = readmeExamples(README);
    expect((first!.examples as Example[]).map((e) => [e.kind, e.as, e.saveAs, e.line])).toEqual([
      ['mutation', undefined, 'ada', 3],
      ['query', 'ada', undefined, 5],
      ['query', 'ada', undefined, 6],
      ['subscription', 'ada', 'live', 8],
    ]);
    expect((first!.examples[2] as Example).text).toBe('query { features(first: 2) {\n  edges { node { id } } } }');
    expect(second!.skip).toBe('needs an HTTP PUT between the steps');
    expect((second!.examples[0] as Example).as).toBe('ada');
  });

  it('reads refusals and uploads', () => {
    const third = readmeExamples(README)[2]!;
    expect(third.examples).toEqual([
      expect.objectContaining({ kind: 'mutation', refused: 'FORBIDDEN', saveAs: 'challenge', line: 15 }),
      { kind: 'upload', file: 'me.png', url: '<upload.parts.url>', line: 16 },
    ]);
  });

  it('fills placeholders from earlier results, at any depth, and names a missing one', async () => {
    const saved = { ada: { register: { accessToken: 't', user: { id: 'u1' } } }, q: { choices: [{ id: 'c1' }, { id: 'c2' }] } };
    expect(await fill('{ user(id: "<ada.user.id>") { id } }', saved)).toBe('{ user(id: "u1") { id } }');
    expect(findPath(saved.ada, ['accessToken'])).toBe('t');
    expect(findPath(saved.q, ['choices', 'id'])).toBe('c1');
    await expect(fill('<grace.user.id>', saved)).rejects.toThrow(/no earlier result is called grace/);
    await expect(fill('<ada.wallet.id>', saved)).rejects.toThrow(/ada has no value at wallet.id/);
    await expect(fill('{ user(id: "<id>") { id } }', saved)).rejects.toThrow(/<id>: a placeholder names an earlier result/);
    expect(await fill('{ me { id } }   # Bearer <accessToken>', saved)).toBe('{ me { id } }   # Bearer <accessToken>');
  });

  it('fills what a reader does outside the graph through the out-of-band steps', async () => {
    const saved = { enrolment: { secret: 'JBSWY3DP' } };
    const seen: string[] = [];
    const outOfBand = {
      mailToken: async (to: string) => (seen.push(to), 'tok'),
      totpCode: async (secret: string) => (seen.push(secret), '123456'),
      providerCallback: async (url: string, login: string) => (seen.push(url, login), 'http://cb/?code=c'),
    };
    const text = 'x(token: "<token from the email to grace@example.com>", code: "<code from the authenticator app for enrolment.secret>", r: "<callback after signing in as lin at start.url>")';
    expect(await fill(text, { ...saved, start: { url: 'https://op/auth' } }, outOfBand)).toBe('x(token: "tok", code: "123456", r: "http://cb/?code=c")');
    expect(seen).toEqual(['grace@example.com', 'JBSWY3DP', 'https://op/auth', 'lin']);
    // Each time is read while fill runs: between the clock before and after it (no bound on how long it took).
    const before = Date.now();
    const [now, later] = (await fill('"<now>" "<in 10 minutes>"', saved)).split(' ').map((t) => Date.parse(JSON.parse(t)));
    const after = Date.now();
    expect(now!).toBeGreaterThanOrEqual(before);
    expect(now!).toBeLessThanOrEqual(after);
    expect(later!).toBeGreaterThanOrEqual(before + 600_000);
    expect(later!).toBeLessThanOrEqual(after + 600_000);
    await expect(fill('<token from the email to a@b.c>', saved)).rejects.toThrow(/out-of-band/);
  });
});
