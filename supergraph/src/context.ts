import type { Viewer } from '@worldgraph/kit';

/** The router's per-request context, read by the data sources. */
export interface RouterContext {
  viewer: Viewer;
  /** The client's Authorization header, already verified. */
  authorization?: string;
  requestId: string;
  clientAddress: string;
  /** The client's User-Agent, passed on to subgraphs (audit). */
  userAgent?: string;
}
