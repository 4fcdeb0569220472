// A stand-in subgraph that counts the GraphQL calls a router makes to it, for tests that a router
// refuses an operation before calling anything: every call is answered with an error (HTTP 500),
// and the router's site-health probes of /health/ready are no operation's calls, so not counted.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingSubgraph {
  /** Its GraphQL URL, to route a subgraph to (SUBGRAPH_URL_<NAME>). */
  url: string;
  /** GraphQL calls received so far. */
  calls(): number;
  close(): Promise<void>;
}

export async function startCountingSubgraph(): Promise<CountingSubgraph> {
  let calls = 0;
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) calls++;
    req.resume();
    res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"stub"}]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls: () => calls,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
