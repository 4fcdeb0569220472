import type http from 'node:http';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from './auth.ts';
import { AppError } from './errors.ts';
import { REQUEST_ID_HEADER } from './http.ts';

/**
 * Where a subscriber's credential travels. The router multiplexes many clients over one socket,
 * so it sends each client's Authorization with the operation (`extensions.authorization`); a
 * direct client may send it once in `connection_init` (`{ authorization }`).
 */
export interface SubscribeAuth {
  authorization?: string;
  requestId?: string;
}

/** Options of a subgraph's graphql-ws endpoint. */
export interface SubscriptionServerOptions<Ctx> {
  server: http.Server;
  /** Default: /graphql, the same path as HTTP. */
  path?: string;
  schema: GraphQLSchema;
  verify(authorization: string | undefined): Promise<Viewer>;
  /** Builds an operation's context once the caller is known. */
  context(viewer: Viewer, auth: SubscribeAuth, request: http.IncomingMessage): Ctx;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

/** Serves `Subscription` fields over graphql-ws on the HTTP server's port; returns how to stop. */
export function serveSubscriptions<Ctx>(options: SubscriptionServerOptions<Ctx>): () => Promise<void> {
  const wss = new WebSocketServer({ server: options.server, path: options.path ?? '/graphql' });
  const viewers = new WeakMap<object, Map<string, { viewer: Viewer; auth: SubscribeAuth }>>();
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => options.formatError(e.toJSON(), e));
  const disposable = useServer<{ authorization?: string }>(
    {
      schema: options.schema,
      onSubscribe: async (ctx, id, payload) => {
        const extensions = (payload.extensions ?? {}) as { authorization?: unknown; requestId?: unknown };
        const auth: SubscribeAuth = {
          authorization: typeof extensions.authorization === 'string' ? extensions.authorization : ctx.connectionParams?.authorization,
          requestId: typeof extensions.requestId === 'string' ? extensions.requestId : ctx.extra.request.headers[REQUEST_ID_HEADER]?.toString(),
        };
        try {
          const viewer = await options.verify(auth.authorization);
          const perSocket = viewers.get(ctx.extra.socket) ?? new Map();
          perSocket.set(id, { viewer, auth });
          viewers.set(ctx.extra.socket, perSocket);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new AppError('UNAUTHENTICATED', 'Invalid credentials')];
        }
      },
      context: (ctx, id) => {
        const known = viewers.get(ctx.extra.socket)?.get(id);
        return options.context(known!.viewer, known!.auth, ctx.extra.request) as object;
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (ctx, id) => {
        viewers.get(ctx.extra.socket)?.delete(id);
      },
    },
    wss,
  );
  return async () => {
    await disposable.dispose();
  };
}
