// npm start: set up a fresh clone, then run the whole supergraph on embedded defaults.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setup } from './setup.mjs';

// WORLDGRAPH_SETUP=skip: the tree is known to be set up (the clean-stop test, which runs after npm test's setup).
if (process.env.WORLDGRAPH_SETUP !== 'skip') await setup({ scope: 'server' });
const root = path.resolve(import.meta.dirname, '../..');
const env = { ...process.env };
// A development admin, so a new user can credit wallets from the explorer. Never in production.
if (!env.BOOTSTRAP_ADMIN_PASSWORD && env.NODE_ENV !== 'production') {
  env.BOOTSTRAP_ADMIN_PASSWORD = 'admin-change-me-1';
  console.log('Development admin: username "admin", password "admin-change-me-1" (set BOOTSTRAP_ADMIN_PASSWORD to choose).');
}
// The stack runs in a process group of its own (detached), so a terminal's Ctrl-C, which signals the
// whole foreground group, reaches it once, through here, and never reaches the embedded Postgres
// directly: the stack stops the router, then the subgraphs, then Postgres. The IPC channel is its
// lifeline: when this process dies (even by SIGKILL) the channel closes and the stack stops itself.
// A 64 MiB young generation, as the deployed images run every process (tools/deliver/Dockerfile): a request's garbage
// dies young, and the default 16 MiB spends a sixth of the router's time in scavenges under load
// (tools/bench/README.md, gateways). NODE_OPTIONS may choose another size.
const semiSpace = (env.NODE_OPTIONS ?? '').includes('--max-semi-space-size') ? [] : ['--max-semi-space-size=64'];
const child = spawn(process.execPath, [...semiSpace, '--import', 'tsx', 'tools/dev/stack.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // npm passes its signal on and the terminal signals us too: the stack hears one.
    if (forwarded) return;
    forwarded = true;
    child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
