// A syntax error in a subgraph's schema.graphql: `npm run compose` and `npm run schema -- check`
// name the file, line and column with the parser's message and the line itself (as rover does),
// exit 1, and print no Node stack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let rover: string;
let brokenLine: number;

beforeAll(() => {
  // rover.yaml with wallet's schema replaced by a broken copy: a stray brace on a last line of its own.
  dir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-schema-'));
  const lines = readFileSync(path.join(REPO_ROOT, 'subgraphs/wallet/schema.graphql'), 'utf8').trimEnd().split('\n');
  brokenLine = lines.length + 2;
  writeFileSync(path.join(dir, 'wallet.graphql'), [...lines, 'type Broken { id: ID! ', '  }}', ''].join('\n'));
  rover = path.join(dir, 'rover.yaml');
  writeFileSync(rover, readFileSync(path.join(REPO_ROOT, 'rover.yaml'), 'utf8').replace('./subgraphs/wallet/schema.graphql', path.join(dir, 'wallet.graphql')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = (...args: string[]) => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.DATABASE_URL; // check against the checked-in supergraph, without a registry
  const result = spawnSync('npm', ['run', '-s', ...args], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

const expected = (output: string) => {
  expect(output).toContain(`INVALID_GRAPHQL: [wallet] ${path.join(dir, 'wallet.graphql')}:${brokenLine}:4: Syntax Error: Unexpected "}".`);
  expect(output).toContain(`${brokenLine} |   }}`);
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
};

describe('a syntax error in a subgraph schema', () => {
  it('npm run compose names file, line and column and exits 1', () => {
    const { status, output } = npm('compose', '--', '--check', '--config', rover);
    expected(output);
    expect(status).toBe(1);
  });

  it('npm run schema -- check names file, line and column and exits 1', () => {
    const { status, output } = npm('schema', '--', 'check', '--config', rover, '--against', 'file');
    expected(output);
    expect(status).toBe(1);
  });
});
