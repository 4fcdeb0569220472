import cluster from 'node:cluster';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import http, { STATUS_CODES } from 'node:http';
import express, { type Express, type Request } from 'express';
import { AggregatorRegistry, type RegistryContentType } from 'prom-client';
import proxyaddr from 'proxy-addr';
import { httpConfigSchema, loadConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { metricsContentType, metricsText } from './metrics.ts';

/** The request id header, carried from the router to every subgraph and into every log line. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The router's signature of the client address it sends a subgraph in X-Forwarded-For (`signClientAddress`). */
export const CLIENT_ADDRESS_SIGNATURE_HEADER = 'x-client-address-signature';

/** Options of the one HTTP bootstrap shared by the router and every subgraph. */
export interface HttpAppOptions {
  logger: Logger;
  /** Throws when the process cannot serve yet (database down, not migrated). Default: always ready. */
  ready?: () => Promise<void>;
  /**
   * Named readiness checks of the datastores the process needs (postgres, redis…): each is run on
   * /health/ready with its latency reported, and any failing makes the process unready. Default: none.
   */
  checks?: Record<string, () => Promise<void>>;
  /**
   * More facts for /health/ready that do not make the process unready (the router's degraded
   * subgraphs). Default: none.
   */
  report?: () => Promise<Record<string, unknown>>;
  /**
   * The service-credential secret: a client address the router signed with it (`signClientAddress`)
   * is believed. Subgraphs set it; the router, facing the internet, does not. Default: none.
   */
  serviceSecret?: string;
}

/** The HTTP settings of this process (TRUSTED_PROXIES, timeouts), read once from the environment. */
let settings: ReturnType<typeof readSettings> | undefined;
function readSettings() {
  const config = loadConfig(httpConfigSchema);
  const proxies = config.TRUSTED_PROXIES.split(',').map((s) => s.trim()).filter(Boolean);
  const host = config.HOST ?? (process.env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const metricsPort = config.METRICS_PORT ?? (process.env.NODE_ENV === 'production' ? 9464 : undefined);
  return { ...config, host, metricsPort, trust: proxyaddr.compile(proxies) };
}
const httpSettings = () => (settings ??= readSettings());

/** The request id the caller sent, or a new one. */
export function requestIdOf(req: Request): string {
  const sent = req.header(REQUEST_ID_HEADER);
  return sent && /^[\w.:-]{1,128}$/.test(sent) ? sent : randomUUID();
}

/**
 * The address of the client behind a request: the socket's peer, or the nearest X-Forwarded-For
 * hop not sent by a trusted proxy (TRUSTED_PROXIES; default none). Works on a WebSocket upgrade too.
 */
export function addressOf(req: http.IncomingMessage): string {
  return proxyaddr(req, httpSettings().trust) || 'unknown';
}

/** The signature the router sends beside a client address (HMAC of request id and address with the service secret). */
export function signClientAddress(secret: string, requestId: string, address: string): string {
  return createHmac('sha256', secret).update(`${requestId}\n${address}`).digest('base64url');
}

/** The address the router signed for this request, if the signature holds. */
function signedAddressOf(req: Request, secret: string, requestId: string): string | undefined {
  const signature = req.header(CLIENT_ADDRESS_SIGNATURE_HEADER);
  const address = req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (!signature || !address) return undefined;
  const expected = Buffer.from(signClientAddress(secret, requestId, address));
  const sent = Buffer.from(signature);
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? address : undefined;
}

/**
 * The client's address (audit, rate limits): in a subgraph, the one the router signed; else the
 * socket's peer or what a trusted proxy forwarded (`addressOf`). A client's own X-Forwarded-For
 * is never believed.
 */
export function clientAddressOf(req: Request): string {
  return (req.res?.locals.clientAddress as string | undefined) ?? addressOf(req);
}

let answerPrimaryMetrics: AggregatorRegistry<RegistryContentType> | undefined;

/** An express app with request ids, /health/live, /health/ready and /metrics. */
export function createHttpApp({ logger, ready, checks, report, serviceSecret }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', httpSettings().trust);
  app.locals.logger = logger;
  // No ETag on answers: GraphQL POSTs are never revalidated, and hashing every answer cost the
  // router 4% of its CPU under load (tools/bench/README.md, gateways). Static files keep theirs.
  app.disable('etag');
  app.use((req, res, next) => {
    const id = requestIdOf(req);
    res.locals.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    res.locals.clientAddress = (serviceSecret && signedAddressOf(req, serviceSecret, id)) || addressOf(req);
    next();
  });
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const [readiness, results, extra] = await Promise.all([
      timedCheck(async () => ready?.()),
      Promise.all(Object.entries(checks ?? {}).map(async ([name, check]) => [name, await timedCheck(check)] as const)),
      report ? report().catch((error: Error) => ({ reportError: error.message })) : Promise.resolve({}),
    ]);
    const failed = [...(readiness.status === 'down' ? [readiness.error!] : []), ...results.filter(([, r]) => r.status === 'down').map(([name, r]) => `${name}: ${r.error}`)];
    const body = { ...extra, checks: Object.fromEntries(results) };
    if (!failed.length) {
      res.json({ status: 'ready', latencyMs: readiness.latencyMs, ...body });
      return;
    }
    logger.warn({ failed }, 'not ready');
    res.status(503).json({ status: 'unavailable', reason: failed.join('; '), ...body });
  });
  const { metricsPort, host } = httpSettings();
  if (metricsPort === undefined) {
    app.get('/metrics', async (_req, res) => {
      res.type(metricsContentType).send(await metricsText());
    });
  } else if (!cluster.isWorker) serveMetrics(metricsPort, host, metricsText, logger);
  // A cluster worker answers its primary's requests for its metrics (prom-client adds that
  // listener only when an AggregatorRegistry is made in the worker; without it every scrape of the
  // primary timed out).
  else answerPrimaryMetrics ??= new AggregatorRegistry();
  return app;
}

/** How one readiness check went: `up` or `down` (with why), and how long it took. */
export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

/** How long a readiness check may take before it counts as down (a probe must answer in time). */
export const READINESS_CHECK_TIMEOUT_MS = 3_000;

/** Runs one readiness check with a timeout and measures it. */
export async function timedCheck(check: () => Promise<unknown>, timeoutMs = READINESS_CHECK_TIMEOUT_MS): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

let metricsServer: http.Server | undefined;
/**
 * The process's one /metrics server on `port` (METRICS_PORT), started once: not kept alive for
 * its own sake, so it never holds up a shutdown. A router cluster's primary serves its workers'
 * metrics together (`text`: prom-client's AggregatorRegistry).
 */
export function serveMetrics(port: number, host: string, text: () => Promise<string>, logger?: Logger): void {
  if (metricsServer) return;
  metricsServer = http.createServer(async (req, res) => {
    if (req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: this port serves /metrics');
      return;
    }
    try {
      // The text first: the status goes out only once it is known (a failed scrape answers 500 instead of throwing after a 200).
      const body = await text();
      res.writeHead(200, { 'content-type': metricsContentType }).end(body);
    } catch (error) {
      logger?.error({ err: error }, 'metrics failed');
      res.writeHead(500).end();
    }
  });
  metricsServer.on('error', (error) => logger?.error({ err: error, port }, 'metrics server failed'));
  metricsServer.listen(port, host);
  metricsServer.unref();
}

/** A listening server and how to stop it. */
export interface Listening {
  server: http.Server;
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  close(): Promise<void>;
}

/** Starts `app` on `port` (0: any free port) at `host` (default: HOST, see httpConfigSchema) and resolves once it listens. */
export async function listen(app: Express | http.RequestListener, port: number, host = httpSettings().host): Promise<Listening> {
  const logger = (app as Partial<Express>).locals?.logger as Logger | undefined;
  const { HTTP_REQUEST_TIMEOUT_MS, HTTP_HEADERS_TIMEOUT_MS } = httpSettings();
  const server = http.createServer(
    {
      // A client trickling its headers or body is answered 408 and cut (checked this often).
      requestTimeout: HTTP_REQUEST_TIMEOUT_MS,
      headersTimeout: Math.min(HTTP_HEADERS_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(5_000, Math.ceil(HTTP_REQUEST_TIMEOUT_MS / 4)),
    },
    // Express's final handler answers HTML pages (with stack traces outside production): ours answers GraphQL errors in JSON.
    (req, res) => (app as (req: http.IncomingMessage, res: http.ServerResponse, done: (error?: unknown) => void) => void)(req, res, (error) => answerUnhandled(error, req, res, logger)),
  );
  // Upstream keep-alive: outlive the router's pooled connections so they are not cut mid-request.
  // (Idle keep-alive connections are not subject to the headers timeout.)
  server.keepAliveTimeout = 65_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerClientError(server, error, socket));
  server.listen(port, host);
  await once(server, 'listening');
  const { port: actual } = server.address() as AddressInfo;
  // A wildcard address is reached through loopback; an IPv6 address goes in brackets.
  const reach = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const url = `http://${reach.includes(':') ? `[${reach}]` : reach}:${actual}`;
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

/** Node's own answers to a client error (lib/_http_server.js), by the error's code; anything else is a 400. */
const CLIENT_ERROR_ANSWERS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const BAD_REQUEST_ANSWER = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

/**
 * A client error on a connection (Node's 'clientError'): answered and cut as Node does, but for one
 * case. Node counts a new connection's headers timeout from its accept, not from its request's first
 * byte, so a connection that has sent nothing yet is answered 408 and cut once HTTP_HEADERS_TIMEOUT_MS
 * have passed: a proxy's or a client's connection opened ahead of its first request, or one whose
 * request this process had not read yet when it was busy. A request written then meets an unasked
 * 408 (a test run once got one). Such a connection is idle, not slow: it is left open, and closed
 * without an answer if it is still silent `keepAliveTimeout` after its accept, as an idle keep-alive
 * connection is. Once a request starts, Node times its headers and body from its first byte.
 */
function answerClientError(server: http.Server, error: NodeJS.ErrnoException, socket: Duplex): void {
  const silent = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' && (socket as Socket).bytesRead === 0 && !socket.destroyed;
  if (silent) {
    // Found silent at least headersTimeout after its accept: closed once keepAliveTimeout has passed since then.
    setTimeout(() => {
      if ((socket as Socket).bytesRead === 0) socket.destroy();
    }, Math.max(0, server.keepAliveTimeout - server.headersTimeout)).unref();
    return;
  }
  // As Node: an answer only where no response of this connection has begun to be written.
  const message = (socket as Duplex & { _httpMessage?: { _headerSent?: boolean } })._httpMessage;
  if (socket.writable && !message?._headerSent) socket.write(CLIENT_ERROR_ANSWERS[error.code ?? ''] ?? BAD_REQUEST_ANSWER);
  socket.destroy(error);
}

/**
 * What no route answered or an error a middleware passed on (a malformed or oversize JSON body):
 * a GraphQL error in JSON with its status (400, 404, 413…); anything else is logged and a bare 500.
 */
function answerUnhandled(error: unknown, req: http.IncomingMessage, res: http.ServerResponse, logger: Logger | undefined): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const e = error as { status?: number; statusCode?: number; type?: string; expose?: boolean; message?: string } | undefined;
  let status = error === undefined ? 404 : (e?.status ?? e?.statusCode ?? 500);
  if (status < 400 || status > 599) status = 500;
  let message: string;
  let code = 'BAD_REQUEST';
  if (error === undefined) [message, code] = [`Cannot ${req.method} ${req.url?.split('?')[0]}`, 'NOT_FOUND'];
  else if (e?.type === 'entity.parse.failed') message = 'The request body is not valid JSON';
  else if (e?.type === 'entity.too.large') message = 'The request body is larger than this endpoint accepts';
  else if (status < 500 && e?.expose) message = e.message ?? STATUS_CODES[status]!;
  else if (status < 500) message = STATUS_CODES[status]!;
  else {
    logger?.error({ err: error, url: req.url }, 'unhandled error');
    [message, code] = ['Internal server error', 'INTERNAL_SERVER_ERROR'];
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
