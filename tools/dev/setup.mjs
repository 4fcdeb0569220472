// Everything a fresh clone needs before it can run: dependencies and the Prisma clients.
// Node built-ins only: it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`setup: ${cmd} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
};
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Installs when node_modules is missing or older than the lockfile. `npm install`, not `npm ci`:
 * the registry mirror of these machines lacks other platforms' optional binaries (turbo's darwin
 * builds...), which `npm ci` reports as a lockfile out of sync; `npm install` skips them.
 */
export function installDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(marker) >= mtime(path.join(root, 'package-lock.json'))) return;
  console.log('setup: installing dependencies (npm install)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

/**
 * Generates each context's Prisma client into its own folder when its schema changed.
 * Prisma's CLI wants a schema engine binary it cannot download here; generate never runs it,
 * so any existing file satisfies the check.
 */
export function generatePrismaClients() {
  for (const context of readdirSync(path.join(root, 'prisma'))) {
    const schema = path.join(root, 'prisma', context, 'schema.prisma');
    const client = path.join(root, 'subgraphs', context, 'src', 'generated', 'prisma', 'client.ts');
    if (!existsSync(schema) || mtime(client) > mtime(schema)) continue;
    run(path.join(root, 'node_modules', '.bin', 'prisma'), ['generate', '--schema', schema], { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' });
  }
}

export function setup() {
  installDependencies();
  generatePrismaClients();
}

if (import.meta.url === `file://${process.argv[1]}`) setup();
