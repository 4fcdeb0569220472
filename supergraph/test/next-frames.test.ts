import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import WebSocket, { WebSocketServer } from 'ws';
import { nextFrames } from '../src/subscriptions/frames.ts';

/** A client socket's frames, and how it closed. */
function collect(socket: WebSocket) {
  const seen = { frames: [] as { id: string; type: string; payload: unknown }[], closed: undefined as { code: number; reason: string } | undefined };
  socket.on('message', (data) => seen.frames.push(JSON.parse(String(data))));
  socket.on('close', (code, reason) => (seen.closed = { code, reason: String(reason) }));
  return seen;
}

const until = async (ok: () => boolean, what: string) => {
  const end = Date.now() + 20_000;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('next frames written straight to the sockets', () => {
  let server: WebSocketServer;
  const accepted: WebSocket[] = [];
  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    server.on('connection', (socket) => accepted.push(socket));
    await new Promise((r) => server.once('listening', r));
  });
  afterAll(() => new Promise((r) => server.close(r)));

  async function connect() {
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await new Promise((r) => client.once('open', r));
    await until(() => accepted.length > 0, 'the server side');
    return { client, serverSide: accepted.shift()! };
  }

  it('gives each client the shared payload under its own id, and drops a slow one without holding up the other', async () => {
    const maxBufferedBytes = 256 * 1024;
    const slowOnes: WebSocket[] = [];
    const framesTo = nextFrames({ payload: (r) => r, maxBufferedBytes, onSlow: (socket) => (slowOnes.push(socket), socket.close(4008, 'Slow consumer')) });
    const fast = await connect();
    const slow = await connect();
    const fastSeen = collect(fast.client);
    const slowSeen = collect(slow.client);
    const toFast = framesTo(fast.serverSide, 'a"1');
    const toSlow = framesTo(slow.serverSide, '2');
    // The slow client stops reading; the fast one reads each event before the next is sent.
    (slow.client as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    const big = 'x'.repeat(64 * 1024);
    let sent = 0;
    while (slow.serverSide.readyState === WebSocket.OPEN) {
      if (sent === 4_000) throw new Error('the slow client was never dropped');
      const result = { data: { n: sent, big } };
      toFast([result]);
      toSlow([result]);
      sent++;
      await until(() => fastSeen.frames.length === sent, `event ${sent} at the fast client`);
    }
    expect(slowOnes).toEqual([slow.serverSide]);
    expect(fast.serverSide.readyState).toBe(WebSocket.OPEN);
    expect(fastSeen.frames).toEqual(Array.from({ length: sent }, (_, n) => ({ id: 'a"1', type: 'next', payload: { data: { n, big } } })));

    // Once it reads again, the slow client finds what was sent before the bound was passed, then 4008.
    (slow.client as unknown as { _socket: { resume(): void } })._socket.resume();
    await until(() => slowSeen.closed !== undefined, 'the slow client to be closed');
    expect(slowSeen.closed).toEqual({ code: 4008, reason: 'Slow consumer' });
    expect(slowSeen.frames.length).toBeGreaterThan(0);
    expect(slowSeen.frames.length).toBeLessThan(sent);
    expect(slowSeen.frames).toEqual(Array.from({ length: slowSeen.frames.length }, (_, n) => ({ id: '2', type: 'next', payload: { data: { n, big } } })));
    // Nothing is written to a socket once it is closing.
    toSlow([{ data: { n: -1, big } }]);
    fast.client.close();
  });

  it('sends events that queued up for a client in order, one frame each', async () => {
    const framesTo = nextFrames({ payload: (r) => r, maxBufferedBytes: 1024 * 1024, onSlow: () => {} });
    const { client, serverSide } = await connect();
    const seen = collect(client);
    framesTo(serverSide, '7')([{ data: { n: 1 } }, { data: { n: 2 } }, { errors: [new GraphQLError('three')] }]);
    await until(() => seen.frames.length === 3, 'three frames');
    expect(seen.frames).toEqual([
      { id: '7', type: 'next', payload: { data: { n: 1 } } },
      { id: '7', type: 'next', payload: { data: { n: 2 } } },
      { id: '7', type: 'next', payload: { errors: [{ message: 'three' }] } },
    ]);
    client.close();
  });

  it('frames messages of every length class in order with ws\' own frames on the same socket', async () => {
    const framesTo = nextFrames({ payload: (r) => r, maxBufferedBytes: 64 * 1024 * 1024, onSlow: () => {} });
    const { client, serverSide } = await connect();
    const seen = collect(client);
    const deliver = framesTo(serverSide, 'k');
    // Message lengths around the 7-bit, 16-bit and 64-bit length encodings (125/126, 65,535/65,536 bytes).
    const overhead = JSON.stringify({ id: 'k', type: 'next', payload: { data: { s: '' } } }).length;
    const sizes = [0, 125 - overhead, 126 - overhead, 65_535 - overhead, 65_536 - overhead, 70_000];
    serverSide.send(JSON.stringify({ id: 'k', type: 'ping-before' }));
    deliver(sizes.slice(0, 3).map((n) => ({ data: { s: 'y'.repeat(n) } })));
    serverSide.send(JSON.stringify({ id: 'k', type: 'between' }));
    deliver(sizes.slice(3).map((n) => ({ data: { s: 'z'.repeat(n) } })));
    serverSide.send(JSON.stringify({ id: 'k', type: 'complete' }));
    await until(() => seen.frames.length === 9, 'nine frames');
    expect(seen.frames).toEqual([
      { id: 'k', type: 'ping-before' },
      ...sizes.slice(0, 3).map((n) => ({ id: 'k', type: 'next', payload: { data: { s: 'y'.repeat(n) } } })),
      { id: 'k', type: 'between' },
      ...sizes.slice(3).map((n) => ({ id: 'k', type: 'next', payload: { data: { s: 'z'.repeat(n) } } })),
      { id: 'k', type: 'complete' },
    ]);
    client.close();
  });

  it('leaves the frames to ws on a socket with an extension (permessage-deflate)', async () => {
    const deflating = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: true });
    const sides: WebSocket[] = [];
    deflating.on('connection', (socket) => sides.push(socket));
    await new Promise((r) => deflating.once('listening', r));
    const client = new WebSocket(`ws://127.0.0.1:${(deflating.address() as AddressInfo).port}`, { perMessageDeflate: true });
    await new Promise((r) => client.once('open', r));
    await until(() => sides.length > 0, 'the server side');
    const seen = collect(client);
    expect(sides[0]!.extensions).toContain('permessage-deflate');
    const framesTo = nextFrames({ payload: (r) => r, maxBufferedBytes: 1024 * 1024, onSlow: () => {} });
    framesTo(sides[0]!, 'd')([{ data: { n: 1 } }, { data: { n: 2 } }]);
    await until(() => seen.frames.length === 2, 'two frames');
    expect(seen.frames).toEqual([
      { id: 'd', type: 'next', payload: { data: { n: 1 } } },
      { id: 'd', type: 'next', payload: { data: { n: 2 } } },
    ]);
    client.close();
    await new Promise((r) => deflating.close(r));
  });
});
