// The SDK package's semantic version (packages/sdk/package.json), from what changed since its last
// release (the last commit that changed that version):
// - major: a breaking change of the API schema, as the registry check classifies it
//   (tools/schema/check.ts diffSchemas: a field, type, argument or enum value removed or changed
//   incompatibly), or an SDK operation removed;
// - minor: additions (fields, types, arguments with defaults, enum values, operations);
// - patch: the SDK changed otherwise (an operation's selection, the generated code).
//   node --import tsx tools/deliver/sdk-version.ts          # prints the changes and the next version
//   node --import tsx tools/deliver/sdk-version.ts --write  # and writes it into packages/sdk/package.json
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { diffSchemas, type SchemaChange } from '../schema/check.ts';
import { REPO_ROOT } from './images.ts';

const SDK = 'packages/sdk';

/** The SDK's public surface at one point: its API schema and its operations' names and texts. */
export interface SdkSurface {
  schema: string;
  /** Operation name → its text. */
  operations: Map<string, string>;
}

/** Every named operation of some .graphql files' texts. */
export function operationsOf(texts: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    const starts = [...text.matchAll(/^(?:query|mutation|subscription)\s+(\w+)/gm)];
    starts.forEach((m, i) => out.set(m[1]!, text.slice(m.index, starts[i + 1]?.index ?? text.length).trim()));
  }
  return out;
}

/** The next version, and why, from `before` to `after`. */
export function nextVersion(version: string, before: SdkSurface, after: SdkSurface): { version: string; bump: 'major' | 'minor' | 'patch' | 'none'; reasons: string[] } {
  const changes: SchemaChange[] = before.schema === after.schema ? [] : diffSchemas(buildSchema(before.schema), buildSchema(after.schema), [], []);
  const removed = [...before.operations.keys()].filter((name) => !after.operations.has(name));
  const added = [...after.operations.keys()].filter((name) => !before.operations.has(name));
  const edited = [...after.operations.keys()].filter((name) => before.operations.has(name) && before.operations.get(name) !== after.operations.get(name));
  const reasons = [
    ...changes.map((c) => `${c.severity}: ${c.description}`),
    ...removed.map((name) => `breaking: operation ${name} was removed`),
    ...added.map((name) => `addition: operation ${name} was added`),
    ...edited.map((name) => `changed: operation ${name}`),
  ];
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (changes.some((c) => c.severity === 'breaking') || removed.length) return { version: `${major + 1}.0.0`, bump: 'major', reasons };
  if (changes.length || added.length) return { version: `${major}.${minor + 1}.0`, bump: 'minor', reasons };
  if (edited.length || before.schema !== after.schema) return { version: `${major}.${minor}.${patch + 1}`, bump: 'patch', reasons };
  return { version, bump: 'none', reasons };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The SDK's surface in the work tree, or at `commit`. */
export function surfaceAt(commit?: string): SdkSurface {
  const read = (file: string) => (commit ? git('show', `${commit}:${file}`) : readFileSync(path.join(REPO_ROOT, file), 'utf8'));
  const files = commit
    ? git('ls-tree', '--name-only', `${commit}:${SDK}/operations`).split('\n').filter((f) => f.endsWith('.graphql'))
    : readdirSync(path.join(REPO_ROOT, SDK, 'operations')).filter((f) => f.endsWith('.graphql'));
  return { schema: read(`${SDK}/schema.graphql`), operations: operationsOf(files.map((f) => read(`${SDK}/operations/${f}`))) };
}

/** The last commit that changed the SDK's version: its release. */
export function lastRelease(): string {
  return git('log', '-1', '--format=%H', '-G', '"version"', '--', `${SDK}/package.json`).trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
  const pkgFile = path.join(REPO_ROOT, SDK, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string };
  const release = lastRelease();
  const next = nextVersion(pkg.version, surfaceAt(release), surfaceAt());
  console.log(`@worldgraph/sdk ${pkg.version} (released in ${release.slice(0, 12)}): ${next.bump === 'none' ? 'no change' : `${next.bump} → ${next.version}`}`);
  for (const reason of next.reasons) console.log(`  ${reason}`);
  if (values.write && next.bump !== 'none') {
    writeFileSync(pkgFile, JSON.stringify({ ...pkg, version: next.version }, null, 2) + '\n');
    console.log(`wrote ${next.version} to ${SDK}/package.json: add its entry to CHANGELOG.md and commit both`);
  }
}
