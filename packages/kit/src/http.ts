import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express, { type Express, type Request } from 'express';
import type { Logger } from './logger.ts';
import { metricsContentType, metricsText } from './metrics.ts';

/** The request id header, carried from the router to every subgraph and into every log line. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Options of the one HTTP bootstrap shared by the router and every subgraph. */
export interface HttpAppOptions {
  logger: Logger;
  /** Throws when the process cannot serve yet (database down, not migrated). Default: always ready. */
  ready?: () => Promise<void>;
}

/** The request id the caller sent, or a new one. */
export function requestIdOf(req: Request): string {
  const sent = req.header(REQUEST_ID_HEADER);
  return sent && /^[\w.:-]{1,128}$/.test(sent) ? sent : randomUUID();
}

/**
 * The client's address: the first X-Forwarded-For hop when present (the router sets it; subgraphs
 * are reachable only inside the cluster), else the socket's peer.
 */
export function clientAddressOf(req: Request): string {
  const forwarded = req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || req.socket.remoteAddress || 'unknown';
}

/** An express app with request ids, /health/live, /health/ready and /metrics. */
export function createHttpApp({ logger, ready }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers: GraphQL POSTs are never revalidated, and hashing every answer cost the
  // router 4% of its CPU under load (tools/bench/README.md, gateways). Static files keep theirs.
  app.disable('etag');
  app.use((req, res, next) => {
    const id = requestIdOf(req);
    res.locals.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  });
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await ready?.();
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metricsContentType).send(await metricsText());
  });
  return app;
}

/** A listening server and how to stop it. */
export interface Listening {
  server: http.Server;
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  close(): Promise<void>;
}

/** Starts `app` on `port` (0: any free port) and resolves once it listens. */
export async function listen(app: Express | http.RequestListener, port: number, host = '0.0.0.0'): Promise<Listening> {
  const server = http.createServer(app);
  // Upstream keep-alive: outlive the router's pooled connections so they are not cut mid-request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, host);
  await once(server, 'listening');
  const { port: actual } = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
