import type { Viewer } from '@worldgraph/kit';
import type { ApiKeyPrincipal, ClientClass } from './client-class.ts';
import type { Site } from './site/sites.ts';

/** The router's per-request context, read by the data sources. */
export interface RouterContext {
  viewer: Viewer;
  /** The client's Authorization header, already verified. */
  authorization?: string;
  requestId: string;
  clientAddress: string;
  /** The client's User-Agent, passed on to subgraphs (audit). */
  userAgent?: string;
  /** Which client class the request belongs to (supergraph/src/client-class.ts). Default: `first-party` when signed in, else `anonymous`. */
  clientClass?: ClientClass;
  /** W3C traceparent of this operation's span (kit tracingPlugin), sent on each subgraph call. Unset when tracing is off. */
  traceparent?: string;
  /** The integrator's API key, when the request carried a valid one. */
  apiKey?: ApiKeyPrincipal;
  /** The site the request came in on (its host, or the router's SITE setting; site/sites.ts). */
  site?: Site;
}
