// The kit's HTTP server (listen): slow clients are cut with a 408, idle connections are not.
import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';
import { listen, type Listening } from '../src/http.ts';

// Read once, at the first listen: a short headers timeout, checked every 500 ms (a quarter of the request timeout).
process.env.HTTP_HEADERS_TIMEOUT_MS = '400';
process.env.HTTP_REQUEST_TIMEOUT_MS = '2000';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A raw connection to the server: what it received, and a promise of its close. */
function connect(server: Listening) {
  const { hostname, port } = new URL(server.url);
  const socket = net.connect(Number(port), hostname);
  const state = { received: '', closed: false };
  socket.on('data', (chunk) => (state.received += chunk.toString('latin1')));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.on('close', () => ((state.closed = true), resolve())));
  /** Resolves once closed; fails after `ms` (generous: the server checks its connections every 500 ms). */
  const closedWithin = async (ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still open after ${ms} ms; received ${JSON.stringify(state.received)}`)), ms)));
    await Promise.race([closed, late]).finally(() => clearTimeout(timer));
  };
  return { socket, state, closedWithin };
}

describe('listen: timeouts of slow and idle clients', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen((req: IncomingMessage, res: ServerResponse) => res.end(`served ${req.url}`), 0, '127.0.0.1');
  });
  afterAll(() => server.close());

  it('leaves a connection that has sent nothing past the headers timeout open, and serves its request when it comes', async () => {
    const { socket, state } = connect(server);
    // Three headers timeouts: Node's own check would have answered 408 and closed it by now.
    await sleep(1_500);
    expect(state).toEqual({ received: '', closed: false });
    socket.write('GET /late HTTP/1.1\r\nHost: localhost\r\n\r\n');
    for (let i = 0; i < 200 && !state.received.includes('served /late'); i++) await sleep(50);
    expect(state.received).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*served \/late$/);
    socket.destroy();
  });

  it('answers 408 and closes a connection whose headers started and never finished', async () => {
    const { socket, state, closedWithin } = connect(server);
    socket.write('GET /slow HTTP/1.1\r\nHost: localhost\r\n');
    await closedWithin(20_000);
    expect(state.received).toBe('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  });

  it('closes a connection that stays silent, without an answer, once it has been idle as long as a kept-alive one may be', async () => {
    const keepAlive = server.server.keepAliveTimeout;
    server.server.keepAliveTimeout = 300;
    try {
      const { state, closedWithin } = connect(server);
      await closedWithin(20_000);
      expect(state.received).toBe('');
    } finally {
      server.server.keepAliveTimeout = keepAlive;
    }
  });

  it("answers a malformed request with Node's own 400 and closes it", async () => {
    const { socket, state, closedWithin } = connect(server);
    socket.write('NOT HTTP AT ALL\r\n\r\n');
    await closedWithin(20_000);
    expect(state.received).toBe('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
});
