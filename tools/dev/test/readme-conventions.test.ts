// The README example conventions (readme-examples.ts), on a small README.
import { fill, findPath, readmeExamples } from '../readme-examples.ts';

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
].join('\n');

describe('README example conventions', () => {
  it('splits blocks into operations, with who sends them and what their results are called', () => {
    const [first, second] = readmeExamples(README);
    expect(first!.examples.map((e) => [e.kind, e.as, e.saveAs, e.line])).toEqual([
      ['mutation', undefined, 'ada', 3],
      ['query', 'ada', undefined, 5],
      ['query', 'ada', undefined, 6],
      ['subscription', 'ada', 'live', 8],
    ]);
    expect(first!.examples[2]!.text).toBe('query { features(first: 2) {\n  edges { node { id } } } }');
    expect(second!.skip).toBe('needs an HTTP PUT between the steps');
    expect(second!.examples[0]!.as).toBe('ada');
  });

  it('fills placeholders from earlier results, at any depth, and names a missing one', () => {
    const saved = { ada: { register: { accessToken: 't', user: { id: 'u1' } } } };
    expect(fill('{ user(id: "<ada.user.id>") { id } }', saved)).toBe('{ user(id: "u1") { id } }');
    expect(findPath(saved.ada, ['accessToken'])).toBe('t');
    expect(() => fill('<grace.user.id>', saved)).toThrow(/no earlier result is called grace/);
    expect(() => fill('<ada.wallet.id>', saved)).toThrow(/ada has no value at wallet.id/);
    expect(() => fill('{ user(id: "<id>") { id } }', saved)).toThrow(/<id>: a placeholder names an earlier result/);
    expect(fill('{ me { id } }   # Bearer <accessToken>', saved)).toBe('{ me { id } }   # Bearer <accessToken>');
  });
});
