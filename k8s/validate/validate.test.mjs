// The check checks: each kind of object k8s:check validates is refused when wrong (and accepted when
// right, so a refusal is the schema's and not a check that refuses everything), and the alerts'
// and dashboards' PromQL is held to Prometheus' grammar and to the metrics the code exports.
// Run by k8s/check.sh: node --test k8s/validate/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { exportedMetrics, houseRules, overlayRules, promqlMetrics, promqlProblems, schemaProblems } from './lib.mjs';

const meta = (name = 'x') => ({ name, namespace: 'worldgraph-test' });
/** Pairs of a valid object and a deliberately wrong variant of it, one per CRD-based kind we ship. */
const cases = {
  'Traefik IngressRoute': [
    { apiVersion: 'traefik.io/v1alpha1', kind: 'IngressRoute', metadata: meta(), spec: { entryPoints: ['websecure'], routes: [{ kind: 'Rule', match: 'Host(`a.example`)', services: [{ name: 'router', port: 4000 }] }], tls: { secretName: 't' } } },
    (o) => (o.spec.routes[0].kind = 'Rules'),
  ],
  'Traefik Middleware': [
    { apiVersion: 'traefik.io/v1alpha1', kind: 'Middleware', metadata: meta(), spec: { headers: { stsSeconds: 31536000 } } },
    (o) => (o.spec.headers.stsSeconds = 'a year'),
  ],
  'cert-manager Certificate': [
    { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: meta(), spec: { secretName: 't', dnsNames: ['a.example'], issuerRef: { name: 'letsencrypt', kind: 'Issuer' } } },
    (o) => delete o.spec.issuerRef,
  ],
  'cert-manager Issuer': [
    { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: meta(), spec: { acme: { server: 'https://acme.example/directory', privateKeySecretRef: { name: 'k' }, solvers: [{ http01: { ingress: { ingressClassName: 'traefik' } } }] } } },
    (o) => delete o.spec.acme.privateKeySecretRef,
  ],
  'ServiceMonitor': [
    { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: meta(), spec: { selector: {}, endpoints: [{ port: 'metrics', interval: '30s' }] } },
    (o) => (o.spec.endpoints[0].interval = 'half a minute'),
  ],
  'PrometheusRule': [
    { apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: meta(), spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'up == 0', for: '5m' }] }] } },
    (o) => (o.spec.groups[0].rules[0].for = 'five minutes'),
  ],
  'CloudNativePG Cluster (vendored CRD schema)': [
    { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta(), spec: { instances: 3, storage: { size: '1Gi' }, postgresql: { synchronous: { method: 'any', number: 1 } } } },
    (o) => (o.spec.postgresql.synchronous.method = 'all'),
  ],
  'CloudNativePG Cluster, an unknown field (strict validation)': [
    { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta(), spec: { instances: 3, storage: { size: '1Gi' } } },
    (o) => (o.spec.replicas = 3),
  ],
};

describe('CRD-based objects against their CRD schemas', () => {
  for (const [name, [valid, spoil]] of Object.entries(cases)) {
    it(`${name}: the valid one passes, the wrong one fails`, async () => {
      assert.deepEqual(await schemaProblems(structuredClone(valid)), []);
      const wrong = structuredClone(valid);
      spoil(wrong);
      assert.notDeepEqual(await schemaProblems(wrong), []);
    });
  }
  it('refuses a kind nobody defines', async () => {
    assert.match((await schemaProblems({ apiVersion: 'traefik.io/v1alpha1', kind: 'IngressRouteX', metadata: meta() }))[0], /unknown apiVersion\/kind/);
  });
});

describe('PromQL of alerts and dashboards', () => {
  const known = exportedMetrics();
  const rule = (expr) => ({ apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: meta('r'), spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expr }] }] } });

  it('knows the metrics the code exports, prom-client defaults included', () => {
    for (const name of ['graphql_operation_duration_seconds_bucket', 'graphql_errors_total', 'router_subgraph_fetch_errors_total', 'outbox_oldest_unpublished_age_seconds', 'event_consumer_last_event_timestamp_seconds', 'audit_chain_verification_ok', 'process_resident_memory_bytes']) {
      assert.ok(known.has(name), name);
    }
    assert.ok(!known.has('graphql_operation_duration_seconds_total'));
  });
  it('reads metric names out of an expression, not functions, labels or keywords', () => {
    assert.deepEqual(promqlMetrics('sum by (le, operation) (rate(a_bucket{service="router"}[$__rate_interval])) / on (namespace) group_left max(b)').metrics, ['a_bucket', 'b']);
  });
  it('refuses an expression that does not parse', () => {
    assert.match(promqlProblems([rule('sum(rate(graphql_errors_total[5m]) by')], known).join('\n'), /syntax error/);
  });
  it('refuses a metric no process exports', () => {
    assert.match(promqlProblems([rule('rate(graphql_requests_total[5m]) > 0')], known).join('\n'), /graphql_requests_total is exported by no process/);
  });
  it("accepts the shipped alerts and dashboards (every metric is the code's, or a recording rule's)", () => {
    const rules = parse(readFileSync(new URL('../monitoring/rules.yaml', import.meta.url), 'utf8'));
    const dashboards = ['operations', 'events', 'datastores'].map((name) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, labels: { grafana_dashboard: '1' } },
      data: { [`${name}.json`]: readFileSync(new URL(`../monitoring/dashboards/${name}.json`, import.meta.url), 'utf8') },
    }));
    assert.deepEqual(promqlProblems([rules, ...dashboards], known), []);
    const alerts = rules.spec.groups.flatMap((g) => g.rules.map((r) => r.alert)).filter(Boolean);
    for (const a of ['SLALatencyP95BudgetBurn', 'SLALatencyP99BudgetBurn', 'SLAErrorRateBudgetBurn', 'SubgraphDown', 'OutboxLag', 'StreamConsumerLag', 'AuditChainBroken']) assert.ok(alerts.includes(a), a);
  });
});

describe('house rules', () => {
  it('refuses a process whose metrics port no ServiceMonitor scrapes', () => {
    const service = (name, component) => ({ kind: 'Service', metadata: { name, labels: { 'app.kubernetes.io/component': component } }, spec: { ports: [{ name: 'http', port: 4000 }, { name: 'metrics', port: 9464 }] } });
    const monitor = { kind: 'ServiceMonitor', metadata: { name: 'worldgraph' }, spec: { selector: { matchExpressions: [{ key: 'app.kubernetes.io/component', operator: 'In', values: ['router', 'subgraph'] }] }, endpoints: [{ port: 'metrics' }] } };
    assert.deepEqual(overlayRules([monitor, service('router', 'router'), service('wallet', 'subgraph')]), []);
    assert.deepEqual(overlayRules([monitor, service('router', 'router'), service('batch', 'worker')]), ['Service/batch: its metrics port is scraped by no ServiceMonitor']);
  });

  it('refuses a NetworkPolicy whose pod selector uses matchLabels (kustomize would rewrite it)', () => {
    const policy = (selector) => ({ kind: 'NetworkPolicy', spec: { podSelector: {}, ingress: [{ from: [{ podSelector: selector }] }] } });
    assert.deepEqual(houseRules(policy({ matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['router'] }] })), []);
    assert.match(houseRules(policy({ matchLabels: { 'app.kubernetes.io/name': 'router' } }))[0], /matchLabels/);
  });
});
