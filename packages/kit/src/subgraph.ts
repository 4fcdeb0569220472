import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import express, { type Router } from 'express';
import { parse } from 'graphql';
import pg from 'pg';
import { enforceAuthDirectives } from './authz.ts';
import { createErrorFormatter } from './errors.ts';
import { graphqlMiddleware, stringifyResult } from './graphql-http.ts';
import { withOneByteNames } from './one-byte-names.ts';
import { clientAddressOf, createHttpApp, listen, type Listening } from './http.ts';
import { rejectNulPlugin } from './input-guard.ts';
import { metricsPlugin } from './metrics.ts';
import { requestLogPlugin } from './request-log.ts';
import { operationTraceScope, tracingPlugin } from './tracing.ts';
import { commandLogPlugin, type BatchedCommands } from './command-log.ts';
import { migrate } from './migrate.ts';
import { OutboxRelay } from './events/relay.ts';
import { serveSubscriptions } from './subscriptions.ts';
import type { Runtime } from './runtime.ts';
import type { BaseContext } from './context.ts';

/** A started subgraph's services: how to build a request context, and how to stop. */
export interface SubgraphInstance<Ctx extends BaseContext> {
  /** Adds this subgraph's per-request state (DataLoaders, services) to the base context. */
  context(base: BaseContext): Ctx;
  /** Readiness beyond "database reachable and migrated". */
  ready?(): Promise<void>;
  /**
   * Named checks of the datastores beyond Postgres and Redis (neo4j, opensearch, s3), each
   * reported with its latency by /health/ready (and so by the router's /health/site and systemHealth).
   */
  checks?: Record<string, () => Promise<void>>;
  /** Extra HTTP routes, e.g. a JWKS endpoint. */
  routes?(router: Router): void;
  close?(): Promise<void>;
}

/** A bounded context, as the kit runs it: its schema, resolvers and how to create its services. */
export interface SubgraphDefinition<Ctx extends BaseContext = BaseContext> {
  name: string;
  /** Path of schema.graphql (federation 2 SDL). */
  schemaPath: URL;
  /** Prisma migrations folder of this context's database, if it has one. */
  migrationsDir?: URL;
  /**
   * The context writes domain events to an `outbox_events` table (id BIGSERIAL, type,
   * aggregate_id, payload JSONB, created_at, published_at) in the transaction of each change;
   * the kit relays them to the event bus. Default: false.
   */
  outbox?: boolean;
  /** Batched mutation fields and the command each item is, for the command log (kit command-log.ts). */
  batchedCommands?: BatchedCommands;
  resolvers: GraphQLResolverMap<Ctx> | GraphQLResolverMap<Ctx>[];
  create(runtime: Runtime): Promise<SubgraphInstance<Ctx>>;
}

/** Declares a subgraph (identity function that fixes the context type). */
export const defineSubgraph = <Ctx extends BaseContext>(def: SubgraphDefinition<Ctx>) => def;

/** A running subgraph. */
export interface RunningSubgraph extends Listening {
  name: string;
  /** GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  graphqlUrl: string;
}

/**
 * Starts one subgraph on `port`: creates and migrates its database, builds the federated schema
 * with the auth directives enforced, and serves /graphql, /health/* and /metrics.
 */
export async function startSubgraph<Ctx extends BaseContext>(
  def: SubgraphDefinition<Ctx>,
  runtime: Runtime,
  port: number,
): Promise<RunningSubgraph> {
  const { logger } = runtime;
  // Migrated before it listens, so "ready" needs only the database to be reachable.
  if (def.migrationsDir) {
    await runtime.ensureDatabase();
    const applied = await migrate(runtime.databaseUrl, def.migrationsDir.pathname);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const instance = await def.create(runtime);
  const typeDefs = parse(withOneByteNames(readFileSync(def.schemaPath, 'utf8')));
  const schema = enforceAuthDirectives(buildSubgraphSchema({ typeDefs, resolvers: def.resolvers as GraphQLResolverMap<unknown> }));
  const relay = def.outbox ? new OutboxRelay(def.name, runtime.databaseUrl, runtime.events, logger) : undefined;
  relay?.start();

  // Readiness reports each datastore with its latency (the router's /health/site gathers them):
  // one small pool for the database check, so a probe never waits behind the context's own pool
  // (its connection closed a second after a probe: a dozen contexts share one server's connections).
  const probe = def.migrationsDir ? new pg.Pool({ connectionString: runtime.databaseUrl, max: 1, idleTimeoutMillis: 1_000 }) : undefined;
  probe?.on('error', () => {});
  const checks: Record<string, () => Promise<void>> = { redis: () => runtime.kv.ping() };
  if (probe) checks.postgres = async () => void (await probe.query('SELECT 1'));
  Object.assign(checks, instance.checks);
  const app = createHttpApp({ logger, ready: instance.ready, checks, serviceSecret: runtime.config.SERVICE_TOKEN_SECRET });
  const routes = express.Router();
  // A route that changed something may have committed events (a payment callback): relay them at once.
  // (/graphql passes here too: its mutations wake the relay through the command log, its queries need not.)
  if (relay) routes.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && !req.path.startsWith('/graphql')) res.once('finish', () => relay.wake());
    next();
  });
  instance.routes?.(routes);
  app.use(routes);

  const http = await listen(app, port);
  const formatError = createErrorFormatter(logger);
  if (schema.getSubscriptionType()) runtime.live.follow([def.name]);
  const stopSubscriptions = schema.getSubscriptionType()
    ? serveSubscriptions({
        server: http.server,
        schema,
        verify: (authorization) => runtime.verifier.verify(authorization),
        formatError,
        context: (viewer, auth, req) => {
          const requestId = auth.requestId ?? randomUUID();
          return instance.context({ viewer, requestId, clientAddress: req.socket.remoteAddress ?? 'unknown', logger: logger.child({ requestId }) });
        },
      })
    : undefined;
  const server = new ApolloServer<Ctx>({
    schema,
    formatError,
    stringifyResult,
    includeStacktraceInErrorResponses: false,
    // The process's own shutdown (kit onShutdown) stops the server in order; Apollo's handlers would
    // stop it on their own and re-raise the signal, which other handlers keep from ending the process.
    stopOnTerminationSignals: false,
    plugins: [
      metricsPlugin(def.name),
      tracingPlugin(def.name),
      rejectNulPlugin(),
      requestLogPlugin(logger, (c) => (c as BaseContext).requestId),
      commandLogPlugin(def.name, runtime, def.outbox ?? false, def.batchedCommands),
      ApolloServerPluginDrainHttpServer({ httpServer: http.server }),
      ApolloServerPluginInlineTraceDisabled(),
      // No field sets @cacheControl; left on, the plugin wraps every resolver call (tools/bench/README.md).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await server.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    operationTraceScope(),
    graphqlMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const viewer = await runtime.verifier.verify(req.header('authorization'));
        return instance.context({
          viewer,
          requestId,
          clientAddress: clientAddressOf(req),
          userAgent: req.header('user-agent'),
          logger: logger.child({ requestId }),
        });
      },
    }),
  );
  logger.info({ url: `${http.url}/graphql` }, 'subgraph listening');
  return {
    ...http,
    name: def.name,
    graphqlUrl: `${http.url}/graphql`,
    close: async () => {
      await stopSubscriptions?.();
      await server.stop();
      await http.close();
      await relay?.stop();
      await instance.close?.();
      await probe?.end();
    },
  };
}
