// Apollo Server on express: what @as-integrations/express5 does, but a complete answer is written
// as the string it is (its byte length, then the text), not through express's `res.send`, which
// turns every string over 1,000 characters into a new Buffer first: for a 90 KB answer an
// allocation outside the heap (zeroed pages) per request, the largest single allocation of the
// router's request (tools/bench/README.md, gateways).
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server's `stringifyResult` for every server of ours: the answer's JSON as it is. Apollo's
 * default appends a newline, and that `json + '\n'` is a rope that `Buffer.byteLength` (the
 * Content-Length below) first flattens into a copy of the whole answer.
 */
export const stringifyResult = (value: unknown): string => JSON.stringify(value);

export interface GraphQLMiddlewareOptions<TContext extends BaseContext> {
  context?: ContextFunction<[{ req: Request; res: Response }], TContext>;
}

/** Apollo Server's request handler for express (the body parsed by `express.json()` before it). */
export function graphqlMiddleware<TContext extends BaseContext>(server: ApolloServer<TContext>, options?: GraphQLMiddlewareOptions<TContext>): RequestHandler {
  server.assertStarted('graphqlMiddleware()');
  const context = options?.context ?? (async () => ({}) as TContext);
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500).send('`req.body` is not set: the json middleware must come before the GraphQL one');
      return;
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: graphqlRequestHead(req),
      context: () => context({ req, res }),
    });
    await writeGraphQLResponse(res, response);
  };
}

/** An express request as Apollo Server's HTTP request: method, headers, query string and parsed body. */
export function graphqlRequestHead(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const query = req.url.indexOf('?');
  return { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body };
}

/**
 * Apollo Server's HTTP response, or one whose complete body is UTF-8 bytes already (the router's
 * answers written by code compiled for their operation: no string to measure, flatten or encode).
 */
export type GraphQLHTTPResponse = HTTPGraphQLResponse | (Omit<HTTPGraphQLResponse, 'body'> & { body: { kind: 'bytes'; bytes: Buffer } });

/** Writes Apollo Server's HTTP response: status, headers, then the body (complete, or chunk by chunk). */
export async function writeGraphQLResponse(res: Response, response: GraphQLHTTPResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind !== 'chunked') {
    const body = response.body.kind === 'bytes' ? response.body.bytes : response.body.string;
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    res.setHeader('content-length', length);
    // Head and body as two chunks of one write: http would otherwise prepend the head to the
    // body, a second copy of the whole answer.
    const socket = res.socket;
    socket?.cork();
    res.flushHeaders();
    // Bytes as they are. A string with as many UTF-8 bytes as characters is all ASCII, whose latin1
    // bytes are its UTF-8 ones: the socket copies a one-byte string's latin1 as it is instead of
    // encoding it as UTF-8.
    if (typeof body === 'string') res.end(body, length === body.length ? 'latin1' : 'utf8');
    else res.end(body);
    socket?.uncork();
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    res.write(chunk);
    if (typeof (res as { flush?: () => void }).flush === 'function') (res as unknown as { flush: () => void }).flush();
  }
  res.end();
}
