import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import {
  clientAddressOf,
  createErrorFormatter,
  createHttpApp,
  graphqlMiddleware,
  listen,
  metricsPlugin,
  requestLogPlugin,
  ROUTER_SUBGRAPH,
  stringifyResult,
  subgraphCaller,
  withOneByteNames,
  tracingPlugin,
  type KeyValueStore,
  type Listening,
  type LiveEvents,
  type Logger,
  type TokenVerifier,
} from '@worldgraph/kit';
import { authorizationPlugin, prepareSupergraphForGateway, requirementsOf } from './authorization.ts';
import { ApiKeyVerifier, ClientIdentifier, clientIdentityMiddleware, clientOf } from './client-identity.ts';
import type { RouterContext } from './context.ts';
import { operationResolutionPlugin } from './client-mistakes.ts';
import { ForwardingDataSource } from './data-source.ts';
import { answerString, stringifyAnswers } from './execution/answer-json.ts';
import { withPlanExecutor } from './execution/gateway.ts';
import type { QueryPlannerChoice } from './execution/second-planner.ts';
import { stringifySharedOnce } from './execution/plan-executor.ts';
import { explorerAssets, explorerPage } from './explorer.ts';
import { getQueriesWithoutPreflight, legacyJsonStatusPlugin } from './http-spec.ts';
import { DEFAULT_EDGE_SETTINGS, Edge, type EdgeSettings } from './limits/edge.ts';
import { liveSupergraph, replanOnSupergraphChange, type SupergraphUpdates } from './live-supergraph.ts';
import { KnownOperations } from './known-operations.ts';
import { oneLayer } from './one-layer.ts';
import { notListed, safelistMiddleware, safelistPlugin, type PersistedOperations } from './safelist.ts';
import { SiteHealthMonitor, subgraphsOf } from './site-health.ts';
import { RouterSubgraph } from './site/router-subgraph.ts';
import { FieldOwners, siteAccessPlugin } from './site/site-access.ts';
import { loadSites, Sites, type Site } from './site/sites.ts';
import { SubscriptionExecutor } from './subscriptions/executor.ts';
import { PresenceReporter } from './subscriptions/presence.ts';
import { serveRouterSubscriptions, type RouterSubscriptions } from './subscriptions/server.ts';
import { UpstreamSubscriptions } from './subscriptions/upstream.ts';

/** What the router needs to start. */
export interface RouterOptions {
  /** 0 picks a free port. */
  port: number;
  supergraphSdl: string;
  /** GraphQL URL per subgraph name; overrides the supergraph's routing URLs. */
  subgraphUrls: Map<string, string>;
  /** Verifies client tokens; must not accept service credentials. */
  verifier: TokenVerifier;
  logger: Logger;
  /** `cors` origin option: true for any, or a list. */
  corsOrigin: boolean | string[];
  /**
   * Secret of service credentials: with it the router reports who is connected (presence) to
   * accounts. Default: no presence reports.
   */
  serviceSecret?: string;
  /** Live domain events: a revoked session's sockets are closed when its event arrives. */
  live?: LiveEvents;
  /** Newer supergraphs (the schema registry), swapped in without a restart. Default: `supergraphSdl` for good. */
  supergraphUpdates?: SupergraphUpdates;
  /**
   * The clients' persisted operations: found by hash (automatic persisted queries) and, with
   * `safelist`, the only operations accepted. Default: APQ learns any operation, no safelist.
   */
  persistedOperations?: { operations: PersistedOperations; safelist: boolean };
  /**
   * Who runs query plans: `router` (supergraph/src/execution: plan and answer shape compiled once
   * per operation) or `gateway` (@apollo/gateway's own executor). Default: router.
   */
  executor?: 'router' | 'gateway';
  /**
   * With the router's executor: identical query operations in flight (same text, operation name,
   * variables, credentials, client and site, same supergraph) share one execution, each request
   * still passing the edge, authorization and the rest on its own (QUERY_SHARING). Default: true.
   */
  shareQueries?: boolean;
  /**
   * With the router's executor: whose plans queries run (QUERY_PLANNER). `hive`: Hive's planner's
   * where it can plan them (entity fetches to one subgraph batched into one request), Apollo's
   * otherwise; `apollo`: Apollo's, with Hive's only where Apollo's is known to be wrong
   * (execution/second-planner.ts). Mutations and subscriptions are planned by Apollo's. Default: hive.
   */
  planner?: QueryPlannerChoice;
  /** Operation limits, demand control and rate limits (limits/edge.ts; `edgeSettingsOf` in config.ts) and the store rate limits count in. Default: limits on, no rate limits. */
  edge?: { settings: EdgeSettings; kv?: KeyValueStore };
  /**
   * The sites served (site/sites.ts): `dir` holds one folder per site; `fixed` (the SITE setting)
   * serves that one site whatever the host. Default: the repository's sites/, chosen by host,
   * else the site serving every context.
   */
  sites?: { dir?: string; fixed?: string };
}

/** A running router. */
export interface RunningRouter extends Listening {
  graphqlUrl: string;
  subscriptions: RouterSubscriptions;
}

/** Starts the gateway inside Apollo Server, with the explorer on GET /graphql. */
export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const { logger } = options;
  // Before anything parses the supergraph: its names as one-byte strings (kit one-byte-names.ts).
  withOneByteNames(options.supergraphSdl);
  // One map of authorization rules, rebuilt in place when the supergraph changes.
  const rules = requirementsOf(options.supergraphSdl);
  const persisted = options.persistedOperations;
  const safelist = persisted?.safelist ? persisted.operations : undefined;
  // Which contexts each field needs, following the supergraph served (site/site-access.ts).
  const owners = new FieldOwners(options.supergraphSdl);
  const sites = new Sites(loadSites(options.sites?.dir), options.sites?.fixed, owners.contexts);
  // Every subgraph's and datastore's readiness (site-health.ts): /health/site, and the router's
  // readiness names degraded subgraphs without leaving rotation (it still serves the others).
  const site = new SiteHealthMonitor(() => {
    const graphs = new Map([...subgraphsOf(options.supergraphSdl), ...options.subgraphUrls]);
    graphs.delete(ROUTER_SUBGRAPH);
    return graphs;
  }, options.edge?.kv);
  const routerSubgraph = new RouterSubgraph(sites, options.verifier, site, () => owners.contexts);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphUpdates
      ? liveSupergraph(options.supergraphSdl, rules, options.supergraphUpdates, logger)
      : prepareSupergraphForGateway(options.supergraphSdl),
    buildService: ({ name, url }) =>
      name === ROUTER_SUBGRAPH
        ? new ForwardingDataSource(url!, name, undefined, routerSubgraph)
        : new ForwardingDataSource(options.subgraphUrls.get(name) ?? url!, name, options.serviceSecret),
    logger,
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => owners.update(coreSupergraphSdl));
  // Ready once /graphql is mounted (the server listens earlier: the drain plugin and graphql-ws need it): a
  // Kubernetes readiness probe or a test must not send operations to a router still loading.
  let serving = false;
  const app = createHttpApp({
    logger,
    ready: async () => {
      if (!serving) throw new Error('the router is starting');
    },
    // The last site check, at once (a probe times out in a second); nothing until the first is done.
    report: async () => {
      const last = serving ? site.latest() : undefined;
      return last ? { degraded: last.degraded } : {};
    },
  });
  app.get('/health/site', site.handler());
  const http = await listen(app, options.port);
  const formatError = createErrorFormatter(logger);
  const edge = new Edge(options.edge?.settings ?? DEFAULT_EDGE_SETTINGS, options.edge?.kv, logger);
  edge.watch(gateway);
  const served = options.executor === 'gateway' ? gateway : withPlanExecutor(gateway, options.shareQueries ?? true, options.planner ?? 'hive');
  // POSTs of operations Apollo Server already resolved skip its HTTP layer and pipeline, not its plugins (known-operations.ts).
  // A shared execution's answer (plan-executor.ts), when it is its data alone, is serialised once;
  // data the compiled shaper made is written by code compiled for its operation (answer-json.ts), as
  // bytes: the known operations' answers go to the socket as they are, Apollo Server's as text.
  const serialise = stringifySharedOnce(stringifyAnswers(stringifyResult));
  const known = new KnownOperations(served, serialise);
  const server = new ApolloServer<RouterContext>({
    gateway: served,
    formatError,
    stringifyResult: (value) => answerString(serialise(value)),
    includeStacktraceInErrorResponses: false,
    // The process's own shutdown (kit onShutdown) stops the server in order; Apollo's handlers would
    // stop it on their own and re-raise the signal, which other handlers keep from ending the process.
    stopOnTerminationSignals: false,
    // The explorer needs it; in production the safelist leaves it to integrators (API keys).
    introspection: true,
    persistedQueries: persisted ? { cache: persisted.operations.apqCache(!persisted.safelist) } : undefined,
    plugins: [
      ...(safelist ? [safelistPlugin(safelist)] : []),
      metricsPlugin('router'),
      legacyJsonStatusPlugin(),
      operationResolutionPlugin(),
      tracingPlugin('router'),
      requestLogPlugin(logger, (c) => (c as RouterContext).requestId),
      // A context the site does not serve is not there, whoever asks: refused before authorization.
      siteAccessPlugin(owners),
      authorizationPlugin(rules),
      edge.plugin(),
      ApolloServerPluginDrainHttpServer({ httpServer: http.server }),
      ApolloServerPluginLandingPageDisabled(),
      known.plugin(),
    ],
  });
  await server.start();
  const upstream = new UpstreamSubscriptions((name) => options.subgraphUrls.get(name));
  const presence = options.serviceSecret ? new PresenceReporter(subgraphCaller('router', options.serviceSecret, options.subgraphUrls), logger) : undefined;
  // Client classes (client-identity.ts): API keys are verified with accounts, so only with a service secret.
  const identifier = new ClientIdentifier(options.verifier, options.serviceSecret ? new ApiKeyVerifier(subgraphCaller('router', options.serviceSecret, options.subgraphUrls)) : undefined);
  const executor = new SubscriptionExecutor(gateway, upstream);
  if (options.supergraphUpdates) replanOnSupergraphChange(executor, gateway);
  const subscriptions = serveRouterSubscriptions({
    server: http.server,
    gateway,
    apollo: server,
    executor: withSafelist(executor, safelist),
    identify: (credentials) => identifier.identify(credentials),
    rules,
    site: { of: (request) => sites.forHost(request.headers.host), owners },
    edge: edge.sockets,
    logger,
    formatError,
    onUserConnected: (userId) => presence?.connected(userId),
    onUserDisconnected: (userId) => presence?.disconnected(userId),
  });
  const revocations = options.live?.subscribe(['accounts'], { filter: (e) => e.type === 'SessionRevoked', maxBuffered: 10_000 });
  void (async () => {
    for await (const event of revocations ?? []) subscriptions.closeSession(String(event.payload.sessionId));
  })().catch((err) => logger.error({ err }, 'session revocation listener stopped'));

  const context = async ({ req, res }: { req: express.Request; res: express.Response }): Promise<RouterContext> => ({
    ...clientOf(res.locals),
    requestId: res.locals.requestId as string,
    clientAddress: clientAddressOf(req),
    userAgent: req.header('user-agent'),
    site: res.locals.site as Site,
  });
  // The explorer's scripts; its page is the GraphQL endpoint's answer to a browser's GET.
  app.use('/explorer', explorerAssets());
  // The GraphQL endpoint's middlewares as one express layer (one-layer.ts), in this order.
  app.use(
    '/graphql',
    oneLayer(
      // The request's site, by its host (or SITE): refused contexts, and the `site` field (site/).
      (req, res, next) => {
        res.locals.site = sites.forHost(req.headers.host);
        next();
      },
      // CORS first: it answers every preflight itself.
      cors({ origin: options.corsOrigin, exposedHeaders: ['x-request-id'] }),
      explorerPage('/graphql'),
      express.json({ limit: '1mb' }),
      getQueriesWithoutPreflight(),
      // Tokens and API keys are verified here, before any planning: a bad one never reaches a subgraph.
      clientIdentityMiddleware(identifier),
      ...(safelist ? [safelistMiddleware(safelist)] : []),
      // Rate limits, then each operation's size and estimated cost for its client class (limits/edge.ts).
      edge.middleware(clientAddressOf, persisted?.operations),
      known.middleware(server, context, graphqlMiddleware(server, { context })),
    ),
  );
  serving = true;
  logger.info({ url: `${http.url}/graphql` }, 'router listening');
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    subscriptions,
    close: async () => {
      await revocations?.return?.();
      await subscriptions.close();
      await edge.close();
      await presence?.close();
      await upstream.close();
      await server.stop();
      await http.close();
    },
  };
}

/** Subscriptions must be persisted operations too: the text is checked before planning. */
function withSafelist(executor: SubscriptionExecutor, operations: PersistedOperations | undefined): SubscriptionExecutor {
  if (!operations) return executor;
  const plan = executor.plan.bind(executor);
  executor.plan = (document, operationName, text, context) => {
    if (context?.clientClass !== 'integrator' && !operations.isListed(text)) throw notListed();
    return plan(document, operationName, text, context);
  };
  return executor;
}
