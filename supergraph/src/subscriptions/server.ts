import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer } from '@apollo/server';
import { addressOf, AppError, type Logger, type Requirement, type Viewer } from '@worldgraph/kit';
import { getOperationAST, getVariableValues, GraphQLError, parse, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { Gauge } from 'prom-client';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkAuthorization } from '../authorization.ts';
import { checkSiteAccess, type FieldOwners } from '../site/site-access.ts';
import type { Site } from '../site/sites.ts';
import type { ApiKeyPrincipal, ClientClass } from '../client-class.ts';
import type { ClientCredentials, ClientIdentity } from '../client-identity.ts';
import type { RouterContext } from '../context.ts';
import { clientClassOf, RATE_LIMITED_CLOSE, type SocketGuard } from '../limits/edge.ts';
import type { Deliver, SubscriptionExecutor } from './executor.ts';
import { nextFrames } from './frames.ts';

/** Close codes a client can act on (4000-4399 are free of graphql-ws' own). */
export const CloseCode = {
  /** The access token expired or its session was revoked: refresh, then reconnect. */
  Unauthorized: 4401,
  /** The client read too slowly and its unsent events passed the bound. */
  SlowConsumer: 4008,
} as const;

const openConnections = new Gauge({ name: 'graphql_ws_connections', help: 'graphql-ws connections open on this router' });

/** A subscription's context: the router's, plus its plan, text (the sharing key) and where its events go. */
type PlannedContext = RouterContext & { plan?: ReturnType<SubscriptionExecutor['plan']>; queryText: string; deliver?: Deliver };

/** Per-connection state, kept on the socket's context. */
interface Connection {
  viewer: Viewer;
  authorization?: string;
  clientClass: ClientClass;
  apiKey?: ApiKeyPrincipal;
  sessionId?: string;
  clientAddress: string;
  userAgent?: string;
  site?: Site;
  expiry?: NodeJS.Timeout;
}

/** Options of the router's graphql-ws endpoint. */
export interface RouterSubscriptionOptions {
  server: http.Server;
  gateway: ApolloGateway;
  apollo: ApolloServer<RouterContext>;
  executor: SubscriptionExecutor;
  /** Who is calling, from `connection_init`'s authorization and apiKey (client-identity.ts). */
  identify(credentials: ClientCredentials): Promise<ClientIdentity>;
  rules: Map<string, Requirement>;
  /** The site of a connection (by its upgrade request's host) and the fields' owners: operations on contexts it does not serve are refused. Default: no site. */
  site?: { of(request: http.IncomingMessage): Site; owners: FieldOwners };
  logger: Logger;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** Unsent bytes a client may fall behind by before it is dropped. Default: 1 MiB. */
  maxBufferedBytes?: number;
  /** The edge's bounds (limits/edge.ts): frame size, sockets per user and address, messages per second, operations per socket and their limits. Default: none. */
  edge?: SocketGuard;
  /** A signed-in user opened or closed a connection (presence). */
  onUserConnected?(userId: string): void;
  onUserDisconnected?(userId: string): void;
}

/** What the endpoint can be told from outside: a revoked session's sockets are closed. */
export interface RouterSubscriptions {
  closeSession(sessionId: string): void;
  close(): Promise<void>;
}

/**
 * graphql-ws on the router's /graphql. The bearer token comes in `connection_init`
 * (`{ authorization: "Bearer …" }`); anonymous connections may use public fields only.
 * Subscriptions are planned and run by the SubscriptionExecutor; queries and mutations sent over
 * the socket go through Apollo Server like HTTP ones. The connection ends with 4401 when its
 * token expires or its session is revoked, and with 4008 when the client reads too slowly.
 */
export function serveRouterSubscriptions(options: RouterSubscriptionOptions): RouterSubscriptions {
  const { gateway, executor, logger } = options;
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const wss = new WebSocketServer({ server: options.server, path: '/graphql', maxPayload: options.edge?.maxPayloadBytes });
  // Before graphql-ws' own listener, so a socket's messages are counted before they are handled.
  if (options.edge) wss.on('connection', (socket) => options.edge!.opened(socket));
  const connections = new Map<WebSocket, Connection>();
  const bySession = new Map<string, Set<WebSocket>>();
  const schema = () => gateway.schema as GraphQLSchema;
  // Subscription events carry GraphQLErrors; queries and mutations come back from Apollo Server
  // already formatted (plain objects): each is formatted once, and neither may end the socket.
  const format = (errors: readonly (GraphQLError | GraphQLFormattedError)[]) =>
    errors.map((e) => (e instanceof GraphQLError ? options.formatError(e.toJSON(), e) : e));
  const refuse = (code: string, message: string) => [new GraphQLError(message, { extensions: { code } })];
  /** A result as a client is sent it: its errors formatted (subscription events and socket queries alike). */
  const formatted = (result: ExecutionResult) => (result.errors ? { ...result, errors: format(result.errors) } : result);
  const slow = (socket: WebSocket) => socket.close(CloseCode.SlowConsumer, 'Slow consumer: events were not read in time');
  // Subscription events go from the executor's hub straight to the sockets (frames.ts says why).
  const framesTo = nextFrames({ payload: formatted, maxBufferedBytes: maxBuffered, onSlow: slow });

  const disposable = useServer<{ authorization?: string; Authorization?: string; apiKey?: string; 'x-api-key'?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const params = ctx.connectionParams ?? {};
        const authorization = params.authorization ?? params.Authorization;
        const apiKey = params.apiKey ?? params['x-api-key'] ?? ctx.extra.request.headers['x-api-key'];
        let identity: ClientIdentity;
        try {
          identity = await options.identify({ authorization: typeof authorization === 'string' ? authorization : undefined, apiKey: typeof apiKey === 'string' ? apiKey : undefined });
        } catch (error) {
          socket.close(CloseCode.Unauthorized, error instanceof AppError ? error.message : 'Invalid access token');
          return false;
        }
        const { viewer } = identity;
        const connection: Connection = {
          viewer,
          clientClass: identity.clientClass,
          apiKey: identity.apiKey,
          // X-Forwarded-For only from a trusted proxy (TRUSTED_PROXIES), as over HTTP.
          clientAddress: addressOf(ctx.extra.request),
          userAgent: ctx.extra.request.headers['user-agent'],
          site: options.site?.of(ctx.extra.request),
        };
        const crowded = options.edge?.admit(socket, viewer.kind === 'user' ? viewer.userId : undefined, connection.clientAddress);
        if (crowded) {
          socket.close(RATE_LIMITED_CLOSE, crowded);
          return false;
        }
        if (viewer.kind === 'user') {
          connection.authorization = identity.authorization!;
          connection.sessionId = viewer.sessionId;
          const exp = decodeJwt(connection.authorization.replace(/^Bearer\s+/i, '')).exp;
          if (exp) {
            const ms = exp * 1000 - Date.now();
            connection.expiry = setTimeout(() => socket.close(CloseCode.Unauthorized, 'Access token expired'), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
          }
          const sockets = bySession.get(viewer.sessionId) ?? new Set();
          sockets.add(socket);
          bySession.set(viewer.sessionId, sockets);
          options.onUserConnected?.(viewer.userId);
        }
        connections.set(socket, connection);
        openConnections.inc();
        return true;
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return;
        connections.delete(ctx.extra.socket);
        openConnections.dec();
        options.edge?.released(ctx.extra.socket);
        clearTimeout(connection.expiry);
        if (connection.viewer.kind === 'user') {
          const sockets = bySession.get(connection.viewer.sessionId);
          sockets?.delete(ctx.extra.socket);
          if (!sockets?.size) bySession.delete(connection.viewer.sessionId);
          options.onUserDisconnected?.(connection.viewer.userId);
        }
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const connection = connections.get(ctx.extra.socket)!;
        // Limits before anything is parsed: tokens, size, estimated cost, operations on this socket.
        const limited = options.edge?.check(payload.query, payload.operationName, payload.variables, clientClassOf(connection), Object.keys(ctx.subscriptions).length);
        if (limited) return [limited];
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return refuse('GRAPHQL_PARSE_FAILED', (error as GraphQLError).message);
        }
        const validation = validate(schema(), document);
        if (validation.length) return validation.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operation = getOperationAST(document, payload.operationName);
        // As over HTTP (client-mistakes.ts): the client's mistake, BAD_USER_INPUT.
        if (!operation) return refuse('BAD_USER_INPUT', payload.operationName ? `Unknown operation named "${payload.operationName}".` : 'Must provide operation name if query contains multiple operations.');
        const coerced = getVariableValues(schema(), operation.variableDefinitions ?? [], payload.variables ?? {});
        if (coerced.errors) return coerced.errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } }));
        try {
          if (connection.site) checkSiteAccess(document, schema(), options.site!.owners.current, connection.site);
          checkAuthorization(document, schema(), options.rules, connection.viewer);
        } catch (error) {
          return [error as GraphQLError];
        }
        const requestId = randomUUID();
        const contextValue: PlannedContext = {
          queryText: payload.query,
          viewer: connection.viewer,
          authorization: connection.authorization,
          clientClass: connection.clientClass,
          apiKey: connection.apiKey,
          requestId,
          clientAddress: connection.clientAddress,
          userAgent: connection.userAgent,
          site: connection.site,
        };
        if (operation.operation === 'subscription') {
          contextValue.deliver = framesTo(ctx.extra.socket, id);
          try {
            contextValue.plan = executor.plan(document, payload.operationName, payload.query, contextValue);
          } catch (error) {
            if (error instanceof GraphQLError) return [error];
            logger.error({ err: error, requestId }, 'subscription planning failed');
            return refuse('INTERNAL_SERVER_ERROR', 'Internal server error');
          }
        }
        return { schema: schema(), document, operationName: payload.operationName, variableValues: payload.variables ?? {}, contextValue };
      },
      subscribe: (args) => {
        // The context without `deliver`: a hub keeps its first client's context, not its socket.
        const { deliver, ...context } = args.contextValue as PlannedContext;
        return executor.subscribe(
          { document: args.document, operationName: args.operationName, variables: (args.variableValues ?? {}) as Record<string, unknown>, context },
          context.plan!,
          context.queryText,
          deliver!,
        );
      },
      execute: async (args) => {
        const context = args.contextValue as RouterContext;
        const response = await options.apollo.executeOperation(
          { query: args.document, operationName: args.operationName ?? undefined, variables: (args.variableValues ?? {}) as Record<string, unknown> },
          { contextValue: context },
        );
        return response.body.kind === 'single' ? (response.body.singleResult as never) : { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
      },
      // Results of queries and mutations sent over the socket (subscription events bypass it).
      onNext: (ctx, _id, _payload, _args, result) => {
        const socket = ctx.extra.socket;
        // Bounded per connection: a client that stops reading is dropped before it costs memory.
        if (socket.bufferedAmount > maxBuffered) return void slow(socket);
        return formatted(result);
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );

  return {
    closeSession(sessionId) {
      for (const socket of bySession.get(sessionId) ?? []) socket.close(CloseCode.Unauthorized, 'Session revoked');
    },
    async close() {
      for (const socket of connections.keys()) socket.close(1001, 'Router shutting down');
      await disposable.dispose();
    },
  };
}
