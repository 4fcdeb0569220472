// graphqlMiddleware writes a complete answer as its string: all-ASCII answers as latin1 (the
// same bytes, copied as they are), any other as UTF-8; the bytes and Content-Length must be the
// answer's UTF-8 either way.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { graphqlMiddleware, stringifyResult } from '../src/graphql-http.ts';

describe('graphqlMiddleware', () => {
  let server: ApolloServer;
  let http: Server;
  let url: string;

  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { echo(text: String!): String! }',
      resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } },
      stringifyResult,
    });
    await server.start();
    const app = express();
    app.use('/graphql', express.json(), graphqlMiddleware(server));
    http = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await server.stop();
    await new Promise((resolve) => http.close(resolve));
  });

  it.each([
    ['ASCII', 'plain text with "quotes" and \\ escapes'],
    ['Latin-1 beyond ASCII (a one-byte string that is not ASCII)', 'café crème ÿ'],
    ['beyond Latin-1', 'Parcels… ☃'],
    ['beyond the BMP', 'map 🗺️ tiles'],
  ])('sends the UTF-8 of the answer: %s', async (_name, text) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($t: String!) { echo(text: $t) }', variables: { t: text } }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const expected = Buffer.from(JSON.stringify({ data: { echo: text } }), 'utf8');
    expect(bytes.equals(expected)).toBe(true);
    expect(Number(response.headers.get('content-length'))).toBe(expected.length);
  });
});
