import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/**
 * The interactive explorer (GraphiQL): its scripts from node_modules under /explorer, so it works
 * with no internet, and the page (`explorerPage`) on GET /graphql.
 */
export function explorerAssets(): Router {
  const assets = express.Router();
  assets.use('/react', express.static(path.join(dirOf('react'), 'umd'), { immutable: true, maxAge: '1d' }));
  assets.use('/react-dom', express.static(path.join(dirOf('react-dom'), 'umd'), { immutable: true, maxAge: '1d' }));
  assets.use('/graphiql', express.static(dirOf('graphiql'), { immutable: true, maxAge: '1d' }));
  assets.use('/graphql-ws', express.static(path.join(dirOf('graphql-ws'), 'umd'), { immutable: true, maxAge: '1d' }));
  return assets;
}

/**
 * Middleware of the GraphQL endpoint, mounted at `graphqlPath`: a GET of the endpoint itself
 * without a query, from a client that prefers HTML (a browser), gets the explorer's page;
 * anything else goes on.
 */
export function explorerPage(graphqlPath = '/graphql'): RequestHandler {
  const page = PAGE(graphqlPath);
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    if (req.query.query || req.accepts(['json', 'html']) !== 'html') return next();
    res.type('html').send(page);
  };
}

const PAGE = (endpoint: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Worldgraph explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/explorer/graphiql/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react/react.production.min.js"></script>
  <script src="/explorer/react-dom/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql/graphiql.min.js"></script>
  <script src="/explorer/graphql-ws/graphql-ws.min.js"></script>
  <script>
    // Queries and mutations over HTTP; subscriptions over graphql-ws on the same path, signed in
    // with the Authorization or X-Api-Key header from the Headers tab (one socket per credential).
    // Integrators with an API key may run any operation, on production routers too.
    const http = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const wsUrl = location.origin.replace(/^http/, 'ws') + ${JSON.stringify(endpoint)};
    const sockets = new Map();
    const socketFor = (authorization, apiKey) => {
      const key = authorization + '\n' + apiKey;
      if (!sockets.has(key)) {
        const connectionParams = apiKey ? { apiKey } : authorization ? { authorization } : {};
        sockets.set(key, graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams }));
      }
      return sockets.get(key);
    };
    const isSubscription = (params, opts) => (opts?.documentAST?.definitions ?? []).some((d) =>
      d.kind === 'OperationDefinition' && d.operation === 'subscription' && (!params.operationName || d.name?.value === params.operationName));
    const fetcher = (params, opts) => {
      if (!isSubscription(params, opts)) return http(params, opts);
      const headers = opts?.headers ?? {};
      const authorization = headers.Authorization ?? headers.authorization ?? '';
      const apiKey = headers['X-Api-Key'] ?? headers['x-api-key'] ?? '';
      return { [Symbol.asyncIterator]: () => socketFor(authorization, apiKey).iterate(params) };
    };
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: true,
        defaultQuery: '# Welcome to Worldgraph. Integrators: put {"X-Api-Key": "<your key>"} in Headers below\\n' +
          '# (any operation, within your limits). Players: log in (mutation login) or register, then put\\n# {"Authorization": "Bearer <accessToken>"} there. Press the run button to see parcels of the map:\\n' +
          'query Parcels {\\n  features(bbox: { minLng: 51.385, minLat: 35.686, maxLng: 51.393, maxLat: 35.692 }, first: 5) {\\n    edges { node { id landUse status price { asset amount } owner { username } } }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;
