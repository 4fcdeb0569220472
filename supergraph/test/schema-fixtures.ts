import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRoverConfig, REPO_ROOT_URL } from '@worldgraph/kit';
import { stringify } from 'yaml';

export const REPO_ROOT = REPO_ROOT_URL.pathname;

/**
 * A rover.yaml in a temporary folder: the repository's subgraphs, with `edit` applied to the
 * named subgraph's schema text (absolute paths, so the schema tool reads the edited copy).
 */
export function editedRover(subgraph: string, edit: (sdl: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-schema-'));
  const config = readRoverConfig();
  for (const [name, s] of Object.entries(config.subgraphs)) {
    const file = new URL(s.schema.file, REPO_ROOT_URL).pathname;
    if (name !== subgraph) {
      s.schema.file = file;
      continue;
    }
    const edited = edit(readFileSync(file, 'utf8'));
    const target = path.join(dir, `${name}.graphql`);
    writeFileSync(target, edited);
    s.schema.file = target;
  }
  const rover = path.join(dir, 'rover.yaml');
  writeFileSync(rover, stringify(config));
  return rover;
}

/** Features' schema without Feature.colour (a field the SDK's ParcelSummary selects). */
export const withoutColour = (sdl: string) => {
  const out = sdl.replace(/\n\s*"Display colour of its land use, e\.g\. #4caf50\."\n\s*colour: String!/, '');
  if (out === sdl) throw new Error('fixture: Feature.colour not found in the features schema');
  return out;
};

/** Features' schema with one more, unused field on Feature. */
export const withExtraField = (sdl: string) => sdl.replace(/\n(\s*)colour: String!/, '\n$1colour: String!\n$1"A test-only addition."\n$1nickname: String');

/** Runs `npm run schema -- <args>` (the CLI itself) and collects its output. */
export function schemaCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const childEnv: Record<string, string> = { ...(process.env as Record<string, string>), ...env };
    delete childEnv.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/schema/cli.ts', ...args], { cwd: REPO_ROOT, env: childEnv });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}
