import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/**
 * The interactive explorer (GraphiQL) on GET /graphql, served with its scripts from
 * node_modules so it works with no internet.
 */
export function explorer(graphqlPath = '/graphql'): Router {
  const router = express.Router();
  const assets = express.Router();
  assets.use('/react', express.static(path.join(dirOf('react'), 'umd'), { immutable: true, maxAge: '1d' }));
  assets.use('/react-dom', express.static(path.join(dirOf('react-dom'), 'umd'), { immutable: true, maxAge: '1d' }));
  assets.use('/graphiql', express.static(dirOf('graphiql'), { immutable: true, maxAge: '1d' }));
  router.use('/explorer', assets);
  router.get(graphqlPath, (req, res, next) => {
    // Browsers get the explorer; GET queries (?query=...) and API clients go on to GraphQL.
    if (req.query.query || req.accepts(['json', 'html']) !== 'html') return next();
    res.type('html').send(PAGE(graphqlPath));
  });
  return router;
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
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: true,
        defaultQuery: '# Welcome to Worldgraph. Register (or log in), then put\\n# {"Authorization": "Bearer <accessToken>"} in Headers below.\\n' +
          'mutation Register {\\n  register(input: { username: "ada", email: "ada@example.com", password: "correct-horse-1" }) {\\n    accessToken\\n    user { id username }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;
