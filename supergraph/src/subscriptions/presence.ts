import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger, Runtime } from '@worldgraph/kit';

const REPORT = 'mutation ($source: String!, $online: [ID!]!, $offline: [ID!]!) { internalReportPresence(source: $source, online: $online, offline: $offline) }';

/**
 * Tells accounts who holds a live connection to this router: a user's first connection and last
 * disconnection are reported within `flushMs`, and every `heartbeatMs` the whole list is sent again
 * (accounts' lease of this router's users). A failed report is repeated by the next heartbeat;
 * a user's "left" lost with it is caught by accounts when the lease goes stale.
 */
export class PresenceReporter {
  /** This router replica, as accounts knows it. */
  readonly source = `router:${hostname().slice(0, 32)}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly connections = new Map<string, number>();
  private readonly joined = new Set<string>();
  private readonly left = new Set<string>();
  private flushTimer?: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly call: Runtime['callSubgraph'],
    private readonly logger: Logger,
    /** Default: 20 s, a third of accounts' PRESENCE_TIMEOUT_MS default. */
    heartbeatMs = 20_000,
    private readonly flushMs = 100,
  ) {
    this.heartbeat = setInterval(() => void this.send([...this.connections.keys()], []), heartbeatMs);
    this.heartbeat.unref();
  }

  connected(userId: string): void {
    const n = (this.connections.get(userId) ?? 0) + 1;
    this.connections.set(userId, n);
    if (n === 1) this.change(userId, this.joined, this.left);
  }

  disconnected(userId: string): void {
    const n = (this.connections.get(userId) ?? 1) - 1;
    if (n > 0) return void this.connections.set(userId, n);
    this.connections.delete(userId);
    this.change(userId, this.left, this.joined);
  }

  private change(userId: string, add: Set<string>, remove: Set<string>) {
    remove.delete(userId);
    add.add(userId);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      const online = [...this.joined];
      const offline = [...this.left];
      this.joined.clear();
      this.left.clear();
      void this.send(online, offline);
    }, this.flushMs);
  }

  private async send(online: string[], offline: string[]): Promise<void> {
    // accounts takes at most 10,000 ids a call.
    for (let i = 0; i < Math.max(online.length, offline.length); i += 5_000) {
      try {
        await this.call('accounts', REPORT, { source: this.source, online: online.slice(i, i + 5_000), offline: offline.slice(i, i + 5_000) });
      } catch (error) {
        this.logger.warn({ err: error }, 'presence report failed; the next heartbeat repeats it');
      }
    }
  }

  /** Reports every user of this router as gone. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    clearTimeout(this.flushTimer);
    const all = [...new Set([...this.connections.keys(), ...this.left])];
    this.connections.clear();
    if (all.length) await this.send([], all);
  }
}
