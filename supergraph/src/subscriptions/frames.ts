import type { Socket } from 'node:net';
import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import type { Deliver } from './executor.ts';

const END = Buffer.from('}');

/** Options of the `next` frames written for subscription events. */
export interface NextFrameOptions {
  /** The payload a client is sent for a result (errors formatted); called once per event. */
  payload(result: ExecutionResult): unknown;
  /** Unsent bytes a socket may hold before its client counts as too slow. */
  maxBufferedBytes: number;
  /** A client fell behind by more than that: it is dropped, and given nothing more. */
  onSlow(socket: WebSocket): void;
}

/**
 * graphql-ws `next` frames for subscription events, written straight to the clients' sockets.
 * graphql-ws would read each client subscription through an async iteration of its own, then
 * JSON.stringify the whole `{id, type, payload}` message and send it: with thousands of clients
 * sharing one upstream subscription (executor.ts) that is the same payload serialised thousands of
 * times per event, and thousands of promise chains. Here the payload is serialised once per event
 * (every client of a hub is handed the same result objects) and each client's message is its own
 * prefix (its id) + that payload: the same bytes graphql-ws sends. Everything else of the protocol
 * (subscribe, complete, error, ping/pong, the end of a subscription) stays with graphql-ws and ws.
 *
 * The WebSocket framing is written here too, and all of a delivery's frames go to the TCP socket
 * in one write (one buffer, one syscall). ws' `send` takes a header buffer, a cork and two writes
 * (a `writev` of two chunks) per message, and several events meant a cork around several of those;
 * with 10,000 sockets per event that per-message work was the router's fan-out cost after the
 * syscall itself, and the syscall is paid once per delivery now, not once per event. Safe beside
 * ws' own frames because the server negotiates no extension (no permessage-deflate: ws' default,
 * so ws' sender never queues), a server's frames are unmasked, and ws writes its frames to the
 * same socket synchronously, in call order; ws' `bufferedAmount` counts these bytes as its own.
 */
export function nextFrames(options: NextFrameOptions): (socket: WebSocket, id: string) => Deliver {
  const payloads = new WeakMap<ExecutionResult, Buffer>();
  const payloadOf = (result: ExecutionResult) => {
    let payload = payloads.get(result);
    if (!payload) payloads.set(result, (payload = Buffer.from(JSON.stringify(options.payload(result)))));
    return payload;
  };
  return (socket, id) => {
    const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
    const tcp = (socket as unknown as { _socket?: Socket })._socket;
    // An extension would change the frames (ws' own send is then the only safe way).
    const framed = !!tcp && !socket.extensions;
    return (results) => {
      if (socket.readyState !== socket.OPEN) return;
      // Bounded per connection: a client that stops reading is dropped before it costs memory.
      if (socket.bufferedAmount > options.maxBufferedBytes) return options.onSlow(socket);
      if (!framed) {
        for (const result of results) socket.send(Buffer.concat([prefix, payloadOf(result), END]), { binary: false });
        return;
      }
      let size = 0;
      for (const result of results) size += frameSize(prefix.length + payloadOf(result).length + END.length);
      const out = Buffer.allocUnsafe(size);
      let at = 0;
      for (const result of results) {
        const payload = payloadOf(result);
        at = writeHeader(out, at, prefix.length + payload.length + END.length);
        at += prefix.copy(out, at);
        at += payload.copy(out, at);
        at += END.copy(out, at);
      }
      tcp.write(out);
    };
  };
}

/** A final text frame's size with its header (RFC 6455 5.2: 7-bit, 16-bit or 64-bit length; a server's frames are unmasked). */
const frameSize = (length: number) => length + (length < 126 ? 2 : length < 65_536 ? 4 : 10);

/** Writes a final unmasked text frame's header for a message of `length` bytes at `at`; returns where the message goes. */
function writeHeader(out: Buffer, at: number, length: number): number {
  out[at] = 0x81; // FIN + opcode 1 (text)
  if (length < 126) {
    out[at + 1] = length;
    return at + 2;
  }
  if (length < 65_536) {
    out[at + 1] = 126;
    out.writeUInt16BE(length, at + 2);
    return at + 4;
  }
  out[at + 1] = 127;
  out.writeUInt32BE(Math.floor(length / 2 ** 32), at + 2);
  out.writeUInt32BE(length >>> 0, at + 6);
  return at + 10;
}
