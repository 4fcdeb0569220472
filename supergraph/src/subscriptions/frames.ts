import type { Duplex } from 'node:stream';
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
 * (every client of a hub is handed the same result object) and each client's frame is its own
 * prefix (its id) + that payload: the same bytes graphql-ws sends. Everything else of the protocol
 * (subscribe, complete, error, the end of a subscription) stays with graphql-ws.
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
    // Several events for one client go out in one write: ws sends a frame per call and has no
    // cork of its own, so its TCP socket is corked around them.
    const stream = (socket as unknown as { _socket?: Duplex })._socket;
    return (results) => {
      if (socket.readyState !== socket.OPEN) return;
      // Bounded per connection: a client that stops reading is dropped before it costs memory.
      if (socket.bufferedAmount > options.maxBufferedBytes) return options.onSlow(socket);
      const batched = results.length > 1 && stream;
      if (batched) stream.cork();
      for (const result of results) socket.send(Buffer.concat([prefix, payloadOf(result), END]), { binary: false });
      if (batched) stream.uncork();
    };
  };
}
