// The router as its pod runs it (k8s/base/router): cluster.ts, a worker per core on one port.
import { freePort, gql, stack, startStackProcess } from '@worldgraph/testenv';

const OPERATIONS = 4;

test("the primary serves its workers' metrics, summed, on METRICS_PORT", async () => {
  const metricsPort = await freePort();
  const router = await startStackProcess(stack(), 'supergraph/src/cluster.ts', { ROUTER_WORKERS: '2', METRICS_PORT: String(metricsPort) });
  try {
    for (let i = 0; i < OPERATIONS; i++) expect((await gql('query ClusterProbe { __typename }', {}, { url: `${router.origin}/graphql` })).status).toBe(200);
    // Twice: a scrape leaves the primary serving the next one.
    for (let scrape = 0; scrape < 2; scrape++) {
      const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      const counts = [...text.matchAll(/^graphql_operation_duration_seconds_count\{[^}]*operation="ClusterProbe"[^}]*\} (\d+)$/gm)].map((m) => Number(m[1]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(OPERATIONS);
    }
  } finally {
    await router.stop();
  }
});
