// npm start: set up a fresh clone, then run the whole supergraph on embedded defaults.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setup } from './setup.mjs';

setup();
const root = path.resolve(import.meta.dirname, '../..');
const env = { ...process.env };
// A development admin, so a new user can credit wallets from the explorer. Never in production.
if (!env.BOOTSTRAP_ADMIN_PASSWORD && env.NODE_ENV !== 'production') {
  env.BOOTSTRAP_ADMIN_PASSWORD = 'admin-change-me-1';
  console.log('Development admin: username "admin", password "admin-change-me-1" (set BOOTSTRAP_ADMIN_PASSWORD to choose).');
}
const child = spawn(process.execPath, ['--import', 'tsx', 'tools/dev/stack.ts'], { cwd: root, env, stdio: 'inherit' });
// Ctrl-C reaches the stack too (same process group); wait for it to stop cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
