import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DateTimeScalar, enforceAuthDirectives, withOneByteNames, type TokenVerifier, type Viewer } from '@worldgraph/kit';
import { execute, GraphQLError, parse, type DocumentNode } from 'graphql';
import type { SubgraphResponse } from '../data-source.ts';
import type { SiteHealthMonitor } from '../site-health.ts';
import type { Resolvers } from './generated/graphql.ts';
import { contextsOf, SITE_HEADER, type Site, type Sites } from './sites.ts';

/*
 * Why the router answers `site` and `systemHealth` itself, as a subgraph of its own composed from
 * supergraph/router.graphql and executed in process: both are facts only the router knows (which
 * site a request came in on, by its host or SITE; every subgraph's health, which it already
 * gathers for /health/site). Serving them from a context would mean telling that context the
 * host and making it poll its peers. Composed like any subgraph, the fields keep everything the
 * supergraph gives the others: query planning, the SDK's types, @requiresScopes at the router,
 * @cost in demand control, schema checks. Patching the API schema at the router would bypass all
 * of that; an HTTP subgraph of its own would be one more process for two fields.
 */

/** Where the router subgraph's SDL is. */
export const ROUTER_SCHEMA_URL = new URL('../../router.graphql', import.meta.url);

/** What the router subgraph's resolvers see. */
export interface RouterSubgraphContext {
  viewer: Viewer;
  site: Site;
  /** The contexts of the supergraph being served. */
  contexts(): Iterable<string>;
  health: SiteHealthMonitor;
}

const status = (s: 'up' | 'down') => (s === 'up' ? 'UP' : 'DOWN');

const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    site: (_parent, _args, ctx) => ctx.site,
    systemHealth: (_parent, _args, ctx) => ctx.health.check(),
  },
  Site: {
    features: (site, _args, ctx) => ({ contexts: contextsOf(site, ctx.contexts()), title: site.title, logoUrl: site.logoUrl ?? null, colors: site.colors }),
  },
  SystemHealth: {
    status: (health) => (health.status === 'ok' ? 'OK' : 'DEGRADED'),
    checkedAt: (health) => health.checkedAt,
    router: (health) => Object.entries(health.router.checks).map(([name, c]) => ({ name, status: status(c.status), latencyMs: c.latencyMs, error: c.error ?? null })),
    subgraphs: (health) =>
      Object.entries(health.subgraphs)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, s]) => ({
          name,
          status: status(s.status),
          latencyMs: s.latencyMs,
          error: s.error ?? null,
          datastores: Object.entries(s.checks).map(([store, c]) => ({ name: store, status: status(c.status), latencyMs: c.latencyMs, error: c.error ?? null })),
        })),
  },
};

/**
 * The router's own subgraph as the plan executor and the gateway call any other (`post`, as
 * data-source.ts's SubgraphClient), executed in process: the site from SITE_HEADER, the viewer
 * from the forwarded bearer token, verified again as every subgraph does.
 */
export class RouterSubgraph {
  private readonly schema = enforceAuthDirectives(
    buildSubgraphSchema({ typeDefs: parse(withOneByteNames(readFileSync(ROUTER_SCHEMA_URL, 'utf8'))), resolvers: resolvers as GraphQLResolverMap<unknown> }),
  );
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly sites: Sites,
    private readonly verifier: TokenVerifier,
    private readonly health: SiteHealthMonitor,
    private readonly contexts: () => Iterable<string>,
  ) {}

  async post(headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    const request = JSON.parse(body) as { query: string; variables?: Record<string, unknown>; operationName?: string };
    let result;
    try {
      const viewer = await this.verifier.verify(headers.authorization);
      const site = this.sites.get(headers[SITE_HEADER]) ?? this.sites.forHost(undefined);
      const contextValue: RouterSubgraphContext = { viewer, site, contexts: this.contexts, health: this.health };
      result = await execute({ schema: this.schema, document: this.documentOf(request.query), variableValues: request.variables, operationName: request.operationName, contextValue });
    } catch (error) {
      result = { errors: [error instanceof GraphQLError ? error : new GraphQLError('Internal server error')] };
    }
    const text = JSON.stringify(result);
    return {
      ok: true,
      status: 200,
      statusText: 'OK',
      url: ROUTER_SCHEMA_URL.href,
      headers: { get: (name) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      json: async () => JSON.parse(text),
      text: async () => text,
    };
  }

  async close(): Promise<void> {}

  /** The planner sends a handful of distinct queries: each parsed once. */
  private documentOf(query: string): DocumentNode {
    let document = this.documents.get(query);
    if (!document) {
      document = parse(query);
      if (this.documents.size < 100) this.documents.set(query, document);
    }
    return document;
  }
}
