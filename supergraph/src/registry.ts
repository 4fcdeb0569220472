import { createHash } from 'node:crypto';
import pg from 'pg';
import { databaseUrl, ensureDatabase, migrate, REPO_ROOT_URL, type Logger } from '@worldgraph/kit';

/** The registry's SQL migrations, in Prisma's layout (applied by the kit's runner). */
export const REGISTRY_MIGRATIONS = new URL('prisma/registry/migrations/', REPO_ROOT_URL);

/** One subgraph's schema as it was published. */
export interface PublishedSubgraph {
  name: string;
  routingUrl: string;
  sdl: string;
}

/** One published supergraph. */
export interface SchemaVersion {
  id: number;
  supergraphSdl: string;
  sha256: string;
  message: string;
  publishedBy: string;
  rollbackOf: number | null;
  createdAt: Date;
}

/** The channel a publish notifies (LISTEN/NOTIFY). */
const NOTIFY_CHANNEL = 'worldgraph_schema_published';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The registry database's URL: `${DB_PREFIX}registry` on the Postgres server. */
export const registryDatabaseUrl = (serverUrl: string, dbPrefix = 'worldgraph_') => databaseUrl(serverUrl, `${dbPrefix}registry`);

const toVersion = (r: Record<string, any>): SchemaVersion => ({
  id: r.id,
  supergraphSdl: r.supergraph_sdl,
  sha256: r.sha256,
  message: r.message,
  publishedBy: r.published_by,
  rollbackOf: r.rollback_of,
  createdAt: r.created_at,
});

/**
 * The schema registry: a history of supergraph versions in a Postgres database of its own. The
 * current supergraph is the newest version; a rollback republishes an older one, so the history
 * only grows and every router converges on the newest id.
 */
export class SchemaRegistry {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  /** Opens the registry at `url`, creating and migrating its database first. */
  static async open(url: string, logger?: Logger): Promise<SchemaRegistry> {
    const server = new URL(url);
    await ensureDatabase(url, server.pathname.slice(1));
    await migrate(url, REGISTRY_MIGRATIONS.pathname);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection cut by the server (restart, failover) is replaced on the next query; it
    // must not take the router down with it.
    pool.on('error', (err) => logger?.warn({ err }, 'schema registry connection lost'));
    return new SchemaRegistry(pool, url);
  }

  /** The newest version, or undefined while nothing was published. */
  async current(): Promise<SchemaVersion | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM schema_versions ORDER BY id DESC LIMIT 1');
    return rows[0] ? toVersion(rows[0]) : undefined;
  }

  /** The id of the newest version (cheap: what routers poll). */
  async currentId(): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ id: number }>('SELECT max(id) AS id FROM schema_versions');
    return rows[0]?.id ?? undefined;
  }

  async version(id: number): Promise<SchemaVersion | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM schema_versions WHERE id = $1', [id]);
    return rows[0] ? toVersion(rows[0]) : undefined;
  }

  async subgraphs(versionId: number): Promise<PublishedSubgraph[]> {
    const { rows } = await this.pool.query('SELECT name, routing_url, sdl FROM subgraph_schemas WHERE version_id = $1 ORDER BY name', [versionId]);
    return rows.map((r) => ({ name: r.name, routingUrl: r.routing_url, sdl: r.sdl }));
  }

  /** The history, newest first. */
  async history(limit = 20): Promise<SchemaVersion[]> {
    const { rows } = await this.pool.query('SELECT * FROM schema_versions ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map(toVersion);
  }

  /**
   * Records a new version. Publishing the supergraph that is already current records nothing and
   * returns the current version (`created: false`).
   */
  async publish(input: { supergraphSdl: string; subgraphs: PublishedSubgraph[]; message?: string; publishedBy?: string; rollbackOf?: number }): Promise<{ version: SchemaVersion; created: boolean }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One publisher at a time, so "already current" is decided on the newest row.
      await client.query('LOCK TABLE schema_versions IN SHARE ROW EXCLUSIVE MODE');
      const { rows: latest } = await client.query('SELECT * FROM schema_versions ORDER BY id DESC LIMIT 1');
      const hash = sha256(input.supergraphSdl);
      if (latest[0]?.sha256 === hash) {
        await client.query('COMMIT');
        return { version: toVersion(latest[0]), created: false };
      }
      const { rows } = await client.query(
        'INSERT INTO schema_versions (supergraph_sdl, sha256, message, published_by, rollback_of) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [input.supergraphSdl, hash, input.message ?? '', input.publishedBy ?? '', input.rollbackOf ?? null],
      );
      const version = toVersion(rows[0]);
      for (const s of input.subgraphs) {
        await client.query('INSERT INTO subgraph_schemas (version_id, name, routing_url, sdl) VALUES ($1, $2, $3, $4)', [version.id, s.name, s.routingUrl, s.sdl]);
      }
      // Delivered at commit: watching routers check at once instead of at their next poll.
      await client.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, String(version.id)]);
      await client.query('COMMIT');
      return { version, created: true };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Makes version `id` current again, as a new version that records where it came from. */
  async rollback(id: number, publishedBy = ''): Promise<{ version: SchemaVersion; created: boolean }> {
    const target = await this.version(id);
    if (!target) throw new Error(`no schema version ${id}`);
    return this.publish({
      supergraphSdl: target.supergraphSdl,
      subgraphs: await this.subgraphs(id),
      message: `rollback to version ${id}`,
      publishedBy,
      rollbackOf: id,
    });
  }

  /**
   * Calls `onVersion` with each new current version: at once when a publish notifies (LISTEN on
   * its own connection, re-opened a second after it drops), and every `intervalMs` regardless. A
   * failed check is logged and retried: a registry outage leaves the router on what it serves.
   */
  watch(fromId: number | undefined, intervalMs: number, onVersion: (v: SchemaVersion) => void | Promise<void>, logger?: Logger): () => void {
    let seen = fromId;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let relisten: NodeJS.Timeout | undefined;
    let listener: pg.Client | undefined;
    let checking: Promise<void> = Promise.resolve();
    const check = () =>
      (checking = checking.then(async () => {
        try {
          const id = await this.currentId();
          if (stopped || id === undefined || id === seen) return;
          const version = await this.version(id);
          if (!version) return;
          await onVersion(version);
          seen = id;
        } catch (err) {
          logger?.warn({ err }, 'schema registry check failed; keeping the current supergraph');
        }
      }));
    const listen = async () => {
      const client = new pg.Client({ connectionString: this.url });
      const drop = (err?: unknown) => {
        if (listener === client) listener = undefined;
        client.end().catch(() => {});
        if (err) logger?.warn({ err }, 'schema registry notifications lost; listening again');
        if (!stopped && !relisten) relisten = setTimeout(() => ((relisten = undefined), void listen()), 1000);
      };
      client.on('error', drop);
      client.on('end', () => drop());
      client.on('notification', () => void check());
      try {
        await client.connect();
        await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
        if (stopped) return void client.end().catch(() => {});
        listener = client;
        void check(); // anything published while not listening
      } catch (err) {
        drop(err);
      }
    };
    const tick = async () => {
      await check();
      if (!stopped) timer = setTimeout(tick, intervalMs);
    };
    void listen();
    timer = setTimeout(tick, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(relisten);
      listener?.end().catch(() => {});
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
