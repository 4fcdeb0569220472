// Everything a fresh clone needs before it can run: dependencies and the Prisma clients.
// Node built-ins only: it runs before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const must = (cmd, args, env) => {
  if (run(cmd, args, env)) return;
  console.error(`setup: ${cmd} ${args.join(' ')} failed`);
  process.exit(1);
};
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * The workspaces the running supergraph needs (`npm start`): the kit and SDK, every subgraph, the
 * router. Listed from the folders, so a subgraph added later is included. Not the clients (Vite,
 * Expo and React Native: half of the whole install) nor the test tools.
 */
export function serverWorkspaces() {
  const under = (dir) => readdirSync(path.join(root, dir)).map((name) => `${dir}/${name}`);
  return [...under('packages'), ...under('subgraphs'), 'supergraph'].filter((dir) => existsSync(path.join(root, dir, 'package.json')));
}

/** Which install node_modules holds: `server`, `all`, or none. A tree installed before the marker existed is a whole one. */
const MARKER = path.join(root, 'node_modules', '.worldgraph-install.json');
const HIDDEN_LOCK = path.join(root, 'node_modules', '.package-lock.json');
function installedScope() {
  if (existsSync(MARKER)) return JSON.parse(readFileSync(MARKER, 'utf8')).scope;
  return existsSync(HIDDEN_LOCK) ? 'all' : undefined;
}

/**
 * Installs what `scope` needs when node_modules lacks it or is older than the lockfile.
 * - `server` (npm start): only the server's workspaces and the root's runtime `dependencies` (tsx,
 *   the Prisma CLI), without devDependencies: about 840 packages of 1,970.
 * - `all` (npm test, npm run setup, CI): every workspace, clients and test tools included.
 * Never writes package.json or package-lock.json: a fresh clone runs `npm ci` (the committed
 * lockfile, exactly); an existing tree is topped up with `npm install --no-save`, which never removes
 * what another scope installed. The lockfile lists every platform's optional binaries (turbo's,
 * esbuild's, ...), as npm writes it from the public registry, so npm has nothing to add to it.
 */
export function installDependencies(scope = 'all') {
  const have = installedScope();
  const current = mtime(existsSync(MARKER) ? MARKER : HIDDEN_LOCK) >= mtime(path.join(root, 'package-lock.json'));
  if (current && (have === 'all' || have === scope)) return;
  const target = have === 'all' ? 'all' : scope;
  const filter = target === 'server' ? ['--omit=dev', '--include-workspace-root', ...serverWorkspaces().flatMap((w) => ['--workspace', w])] : [];
  const quiet = ['--no-audit', '--no-fund'];
  if (!have) {
    console.log(`setup: installing ${target === 'server' ? "the server's" : 'all'} dependencies (npm ci)…`);
    if (!run('npm', ['ci', ...quiet, ...filter])) {
      console.log('setup: npm ci refused the lockfile; npm install --no-save instead…');
      must('npm', ['install', '--no-save', ...quiet, ...filter]);
    }
  } else {
    console.log(`setup: updating ${target === 'server' ? "the server's" : 'all'} dependencies (npm install --no-save)…`);
    must('npm', ['install', '--no-save', ...quiet, ...filter]);
  }
  writeFileSync(MARKER, `${JSON.stringify({ scope: target })}\n`);
}

/**
 * Generates each context's Prisma client into its own folder when its schema changed, three at a
 * time (a dozen contexts one after another took 40 s of a fresh start on a loaded 2-core machine).
 * Prisma's CLI wants a schema engine binary it cannot download here; generate never runs it,
 * so any existing file satisfies the check.
 */
export async function generatePrismaClients() {
  const stale = readdirSync(path.join(root, 'prisma')).filter((context) => {
    const schema = path.join(root, 'prisma', context, 'schema.prisma');
    const client = path.join(root, 'subgraphs', context, 'src', 'generated', 'prisma', 'client.ts');
    return existsSync(schema) && mtime(client) <= mtime(schema);
  });
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
  const generate = (context) =>
    new Promise((resolve) => {
      const schema = path.join(root, 'prisma', context, 'schema.prisma');
      const child = spawn(path.join(root, 'node_modules', '.bin', 'prisma'), ['generate', '--schema', schema], { cwd: root, env, stdio: 'inherit' });
      child.on('exit', (code) => resolve(code === 0 || context));
      child.on('error', () => resolve(context));
    });
  const failed = [];
  const queue = [...stale];
  await Promise.all(
    Array.from({ length: Math.min(3, queue.length) }, async () => {
      for (let context = queue.shift(); context; context = queue.shift()) {
        const result = await generate(context);
        if (result !== true) failed.push(result);
      }
    }),
  );
  if (failed.length) {
    console.error(`setup: prisma generate failed for ${failed.join(', ')}`);
    process.exit(1);
  }
}

/** Installs (`scope`: `server` for npm start, `all` otherwise) and generates the Prisma clients. */
export async function setup({ scope = 'all' } = {}) {
  installDependencies(scope);
  await generatePrismaClients();
}

if (import.meta.url === `file://${process.argv[1]}`) await setup();
