import { Pool } from 'undici';

/**
 * A keep-alive connection pool (undici, its request API rather than fetch) to the origin of a peer's
 * URL, and the URL's request path: the router's subgraph calls and a context's internal calls alike.
 * Idle connections close before the peer's own keep-alive timeout (5 s in Node); up to 256 at once
 * (a peer's group commit, wallet's debits of one payer, wants the concurrency).
 */
export function peerPool(url: string): { pool: Pool; path: string } {
  const parsed = new URL(url);
  return {
    pool: new Pool(parsed.origin, { connections: 256, keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000 }),
    path: `${parsed.pathname}${parsed.search}`,
  };
}
