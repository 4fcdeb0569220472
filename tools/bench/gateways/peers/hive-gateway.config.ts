// Hive Gateway's settings for Scenario B: pass the client's Authorization header on, the one
// setting our subgraphs need to know the viewer. Scenario A runs Hive Gateway without a config.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
  },
});
