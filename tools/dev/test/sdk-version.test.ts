// The SDK's semantic version rule (tools/deliver/sdk-version.ts): major on a breaking schema change as
// the registry check classifies it or a removed operation, minor on additions, patch otherwise.
import { execFileSync } from 'node:child_process';
import { nextVersion, operationsOf, surfaceAt } from '../../deliver/sdk-version.ts';

const schema = (extra = '', field = 'name: String') => `type Query { user(id: ID!): User ${extra} }\ntype User { id: ID! ${field} }`;
const ops = (...texts: string[]) => operationsOf([texts.join('\n\n')]);
const base = { schema: schema(), operations: ops('query User($id: ID!) { user(id: $id) { id name } }') };

it('is major on a breaking change or a removed operation, minor on an addition, patch on the rest', () => {
  expect(nextVersion('1.4.2', base, base)).toEqual({ version: '1.4.2', bump: 'none', reasons: [] });
  expect(nextVersion('1.4.2', base, { ...base, schema: schema('me: User') })).toMatchObject({ version: '1.5.0', bump: 'minor', reasons: ['safe: Query.me was added.'] });
  expect(nextVersion('1.4.2', base, { ...base, operations: ops('query User($id: ID!) { user(id: $id) { id name } }', 'query Me { user(id: "me") { id } }') })).toMatchObject({ version: '1.5.0', bump: 'minor' });
  const removedField = nextVersion('1.4.2', base, { ...base, schema: schema('', '') });
  expect(removedField).toMatchObject({ version: '2.0.0', bump: 'major' });
  expect(removedField.reasons).toEqual(['breaking: User.name was removed.']);
  expect(nextVersion('1.4.2', base, { ...base, schema: schema('', 'name: Int') })).toMatchObject({ version: '2.0.0', bump: 'major' });
  expect(nextVersion('1.4.2', base, { ...base, operations: new Map() })).toMatchObject({ version: '2.0.0', reasons: ['breaking: operation User was removed'] });
  expect(nextVersion('1.4.2', base, { ...base, operations: ops('query User($id: ID!) { user(id: $id) { id } }') })).toMatchObject({ version: '1.4.3', bump: 'patch', reasons: ['changed: operation User'] });
});

it("reads the SDK's operations and schema, now and at its last release", () => {
  const now = surfaceAt();
  expect(now.operations.size).toBeGreaterThan(50);
  expect(now.operations.get('Me')).toMatch(/^query Me\b/);
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  expect(surfaceAt(head).operations.size).toBeGreaterThan(50);
});

it("CHANGELOG.md has an Unreleased section and the SDK's version", async () => {
  const { readFileSync } = await import('node:fs');
  const changelog = readFileSync(new URL('../../../CHANGELOG.md', import.meta.url), 'utf8');
  const { version } = JSON.parse(readFileSync(new URL('../../../packages/sdk/package.json', import.meta.url), 'utf8')) as { version: string };
  expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
});
