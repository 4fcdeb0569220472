// The network boundary, faked: a router answering by operation name over fetch, and a
// graphql-ws server (the graphql-transport-ws protocol) behind a WebSocket class.
import { createApi } from '../src/api/client';
import { memoryTokenStore, type Tokens } from '../src/api/tokens';

export interface Call {
  operation: string;
  variables: Record<string, any>;
  authorization: string | undefined;
}

type Handler = (variables: Record<string, any>, call: Call) => unknown;

/** A GraphQL error as the router sends it. */
export const gqlError = (code: string, extra: Record<string, unknown> = {}, message = `refused: ${code}`) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

export class FakeRouter {
  readonly calls: Call[] = [];
  private handlers = new Map<string, Handler>();

  /** Answers `operation` with `handler`'s value: `{ data }`/`{ errors }`, or data itself. */
  on(operation: string, handler: Handler | object): this {
    this.handlers.set(operation, typeof handler === 'function' ? (handler as Handler) : () => handler);
    return this;
  }

  callsOf(operation: string) {
    return this.calls.filter((c) => c.operation === operation);
  }

  fetch = async (_url: unknown, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body));
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?';
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call = { operation, variables: body.variables, authorization: headers.authorization };
    this.calls.push(call);
    const handler = this.handlers.get(operation);
    if (!handler) throw new Error(`FakeRouter: no handler for ${operation}`);
    const value = await handler(body.variables, call);
    const result = value && typeof value === 'object' && ('data' in value || 'errors' in value) ? value : { data: value };
    return { status: 200, json: async () => result } as Response;
  };
}

type Listener = ((event: any) => void) | null;

/** One fake graphql-ws server; `socketClass` is the WebSocket implementation the client uses. */
export class FakeLiveServer {
  readonly sockets: FakeSocket[] = [];
  readonly socketClass: unknown;

  constructor() {
    const server = this;
    this.socketClass = class extends FakeSocket {
      constructor(url: string, protocol: string) {
        super(url, protocol);
        server.sockets.push(this);
      }
    };
  }

  /** Subscriptions open now, with the connection_init payload of their socket. */
  get subscriptions() {
    return this.sockets.filter((s) => s.readyState === 1).flatMap((s) => [...s.subscriptions.entries()].map(([id, payload]) => ({ socket: s, id, payload })));
  }

  /** Sends `data` to every open subscription of `operation`. */
  push(operation: string, data: unknown) {
    for (const { socket, id, payload } of this.subscriptions) {
      if (new RegExp(`subscription\\s+${operation}\\b`).test(payload.query)) socket.deliver({ id, type: 'next', payload: { data } });
    }
  }
}

class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  readyState = 0;
  onopen: Listener = null;
  onclose: Listener = null;
  onerror: Listener = null;
  onmessage: Listener = null;
  initPayload: any;
  readonly subscriptions = new Map<string, any>();

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.({});
    });
  }

  send(raw: string) {
    const message = JSON.parse(raw);
    if (message.type === 'connection_init') {
      this.initPayload = message.payload;
      this.deliver({ type: 'connection_ack' });
    } else if (message.type === 'subscribe') this.subscriptions.set(message.id, message.payload);
    else if (message.type === 'complete') this.subscriptions.delete(message.id);
  }

  deliver(message: unknown) {
    setTimeout(() => this.onmessage?.({ data: JSON.stringify(message) }));
  }

  close(code = 1000, reason = '') {
    if (this.readyState === 3) return;
    this.readyState = 3;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
  }
}

export const TOKENS: Tokens = { accessToken: 'access-1', refreshToken: 'refresh-1' };

/** The API layer over the fakes, optionally signed in already. */
export function fakeApi(router: FakeRouter, live = new FakeLiveServer(), tokens: Tokens | null = TOKENS) {
  const store = memoryTokenStore(tokens);
  const api = createApi({ url: 'http://router.test/graphql', store, fetch: router.fetch, webSocketImpl: live.socketClass });
  return { api, store, live };
}

export const viewer = { id: 'u1', username: 'ada', displayName: null, email: 'ada@example.com', roles: ['user'], status: 'active' };
