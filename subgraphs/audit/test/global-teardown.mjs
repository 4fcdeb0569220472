// jest globalTeardown: the stack's own teardown, then the OpenSearch indices and template the stack's
// audit subgraph created (named after its database prefix), which dropping databases does not reach.
import teardown from '../../../packages/testenv/src/global-teardown.mjs';

export default async function auditTeardown() {
  await teardown();
  const url = process.env.OPENSEARCH_URL;
  const raw = process.env.WORLDGRAPH_TEST_STACK;
  if (!url || !raw) return;
  const prefix = `${JSON.parse(raw).dbPrefix}audit`;
  await fetch(`${url}/${prefix}-*`, { method: 'DELETE' }).catch(() => {});
  await fetch(`${url}/_index_template/${prefix}-entries`, { method: 'DELETE' }).catch(() => {});
}
