// The checks of k8s/check.sh, on parsed manifests: each object against its API schema (Kubernetes',
// or its CRD's), house rules the schemas cannot express, and the PromQL of alerts and dashboards
// (it must parse, and every metric it reads must be one the code exports). Offline throughout.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import Ajv from 'ajv';

const here = new URL('.', import.meta.url).pathname;
const repo = new URL('../../', import.meta.url).pathname;

/**
 * Where the schema of an apiVersion and kind comes from: Kubernetes' own kinds from kubernetes-models,
 * CRD kinds from the @kubernetes-models package of their project (generated from its CRDs), or from a
 * CRD schema vendored in crds/ (projects that no registry packages: CloudNativePG).
 */
const crdPackages = {
  'traefik.io': '@kubernetes-models/traefik',
  'cert-manager.io': '@kubernetes-models/cert-manager',
  'acme.cert-manager.io': '@kubernetes-models/cert-manager',
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
};

/** Vendored CRD schemas (crds/<group>_<version>_<Kind>.json), compiled once with ajv. */
const vendored = new Map();
// Formats (int32, date-time...) are left to the API server: the CRDs' types and structure are checked here.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
for (const file of readdirSync(`${here}crds`).filter((f) => f.endsWith('.json'))) {
  const crd = JSON.parse(readFileSync(`${here}crds/${file}`, 'utf8'));
  vendored.set(`${crd.apiVersion}/${crd.kind}`, ajv.compile(strictSchema(crd.schema)));
}

/**
 * A CRD's openAPIV3Schema as the API server applies it with kubectl's strict field validation: an
 * object's unknown fields are refused unless the schema keeps them (x-kubernetes-preserve-unknown-fields),
 * and x-kubernetes-int-or-string admits both.
 */
function strictSchema(schema) {
  if (Array.isArray(schema)) return schema.map(strictSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'enum' || key === 'default' || key === 'example' ? value : strictSchema(value);
  if (out['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.type === 'object' && out.properties && !out['x-kubernetes-preserve-unknown-fields'] && out.additionalProperties === undefined) {
    // metadata is the API server's, checked by Kubernetes' own schema rules.
    out.additionalProperties = false;
    if (out.properties.metadata && out.properties.apiVersion) out.properties.metadata = { type: 'object' };
  }
  return out;
}

/** Validates one object against its schema; returns the problems (empty when valid). */
export async function schemaProblems(doc) {
  const [group, version] = doc.apiVersion?.includes('/') ? doc.apiVersion.split('/') : ['', doc.apiVersion];
  const validate = vendored.get(`${doc.apiVersion}/${doc.kind}`);
  if (validate) return validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`);
  const module = crdPackages[group]
    ? `${crdPackages[group]}/${group}/${version}/${doc.kind}`
    : `kubernetes-models/${doc.apiVersion}/${doc.kind}`;
  let Model;
  try {
    Model = (await import(module))[doc.kind];
  } catch {
    return [`unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`];
  }
  if (!Model) return [`unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`];
  try {
    new Model(doc).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

// ---- metrics: what the code exports, and what PromQL reads ----

/**
 * Every metric name the code exports: each prom-client metric constructed in packages/, supergraph/
 * and subgraphs/ (a histogram's _bucket, _sum and _count series), prom-client's default metrics as
 * collectDefaultMetrics registers them, and the few from elsewhere that alerts and dashboards read.
 */
export function exportedMetrics() {
  const names = new Set();
  const add = (name, type) => {
    names.add(name);
    if (type === 'Histogram' || type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(name + s);
    if (type === 'Summary' || type === 'summary') for (const s of ['_sum', '_count']) names.add(name + s);
  };
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new (Counter|Gauge|Histogram|Summary)\(\{\s*name:\s*'([a-zA-Z_:][a-zA-Z0-9_:]*)'/g)) add(m[2], m[1]);
  }
  const promClient = createRequire(`${repo}packages/kit/package.json`)('prom-client');
  const registry = new promClient.Registry();
  promClient.collectDefaultMetrics({ register: registry });
  for (const metric of registry.getMetricsAsArray()) add(metric.name, metric.type);
  for (const name of EXTERNAL_METRICS) names.add(name);
  return names;
}

/**
 * Metrics that are not the code's: Prometheus' own `up` per target, and CloudNativePG's exporter
 * (cnpg_collector_* built in, cnpg_<query>_<column> from its default monitoring queries).
 */
export const EXTERNAL_METRICS = ['up', 'cnpg_collector_up', 'cnpg_collector_sync_replicas', 'cnpg_pg_replication_lag', 'cnpg_backends_total', 'cnpg_pg_database_size_bytes'];

function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'generated' || entry.name === 'test') continue;
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|js)$/.test(entry.name)) files.push(path);
    }
  };
  for (const root of ['packages', 'supergraph/src', 'subgraphs']) walk(`${repo}${root}`);
  return files;
}

/**
 * Parses a PromQL expression with Prometheus' grammar; returns the metric names it selects, or the
 * syntax error. Grafana's variables are replaced first: $__rate_interval and friends by a duration,
 * $name inside label values stays (it is a string there).
 */
export function promqlMetrics(expr) {
  const text = expr.replace(/\$__(rate_interval|interval|range)/g, '5m');
  const tree = promqlParser.parse(text);
  const metrics = [];
  let error;
  tree.iterate({
    enter(node) {
      if (node.type.isError && error === undefined) error = `syntax error at ${node.from}: …${text.slice(Math.max(0, node.from - 20), node.from + 20)}…`;
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) metrics.push(text.slice(id.from, id.to));
      }
    },
  });
  return { metrics, error };
}

/** The PromQL of a rendered overlay: alert and recording rules, and the dashboards' queries. */
function promqlOf(doc) {
  const exprs = [];
  if (doc.kind === 'PrometheusRule') {
    for (const group of doc.spec?.groups ?? []) for (const rule of group.rules ?? []) exprs.push({ where: `rule ${rule.alert ?? rule.record}`, expr: String(rule.expr) });
  }
  if (doc.kind === 'ConfigMap' && doc.metadata?.labels?.grafana_dashboard) {
    for (const [file, text] of Object.entries(doc.data ?? {})) {
      let dashboard;
      try {
        dashboard = JSON.parse(text);
      } catch (error) {
        exprs.push({ where: file, error: `not JSON: ${error.message}` });
        continue;
      }
      for (const panel of dashboard.panels ?? []) for (const target of panel.targets ?? []) exprs.push({ where: `${file} panel "${panel.title}"`, expr: target.expr });
      for (const variable of dashboard.templating?.list ?? []) {
        const query = typeof variable.query === 'string' ? variable.query : variable.query?.query;
        const m = /^label_values\(([a-zA-Z_:][a-zA-Z0-9_:]*)\s*,/.exec(query ?? '');
        if (m) exprs.push({ where: `${file} variable ${variable.name}`, metricsOnly: [m[1]] });
      }
    }
  }
  return exprs;
}

/** Problems of every alert's and dashboard's PromQL in `docs`: syntax, and metrics nobody exports. */
export function promqlProblems(docs, known = exportedMetrics()) {
  const recorded = new Set(docs.flatMap((d) => (d.kind === 'PrometheusRule' ? d.spec.groups.flatMap((g) => g.rules.map((r) => r.record).filter(Boolean)) : [])));
  const problems = [];
  for (const doc of docs) {
    for (const { where, expr, error, metricsOnly } of promqlOf(doc)) {
      if (error) {
        problems.push(`${doc.kind}/${doc.metadata.name}: ${where}: ${error}`);
        continue;
      }
      const parsed = metricsOnly ? { metrics: metricsOnly } : promqlMetrics(expr);
      if (parsed.error) problems.push(`${doc.kind}/${doc.metadata.name}: ${where}: ${parsed.error}`);
      for (const name of parsed.metrics) {
        if (!known.has(name) && !recorded.has(name)) problems.push(`${doc.kind}/${doc.metadata.name}: ${where}: metric ${name} is exported by no process`);
      }
    }
  }
  return problems;
}

// ---- house rules ----

/** Checks the schemas cannot express, on one object. */
export function houseRules(doc) {
  const problems = [];
  if (doc.kind === 'Deployment') {
    for (const c of doc.spec?.template?.spec?.containers ?? []) {
      if (c.livenessProbe?.httpGet?.path !== '/health/live') problems.push(`container ${c.name}: liveness probe is not /health/live`);
      if (c.readinessProbe?.httpGet?.path !== '/health/ready') problems.push(`container ${c.name}: readiness probe is not /health/ready`);
      if (!c.resources?.requests?.cpu || !c.resources?.limits?.memory) problems.push(`container ${c.name}: no cpu request or memory limit`);
    }
  }
  if (doc.kind === 'NetworkPolicy') {
    // kustomize's commonLabels adds the overlay's labels to matchLabels selectors (not to
    // matchExpressions): a policy would then miss pods that lack them (an operator's, another base's).
    const selectors = [doc.spec?.podSelector, ...[...(doc.spec?.ingress ?? []).flatMap((r) => r.from ?? []), ...(doc.spec?.egress ?? []).flatMap((r) => r.to ?? [])].map((peer) => peer.podSelector)];
    if (selectors.some((s) => s?.matchLabels)) problems.push('a podSelector uses matchLabels (kustomize rewrites them): use matchExpressions');
  }
  return problems;
}

/** Checks across the objects of one rendered overlay. */
export function overlayRules(docs) {
  const problems = [];
  for (const deployment of docs.filter((d) => d.kind === 'Deployment')) {
    const name = deployment.metadata.name;
    for (const kind of ['Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      if (!docs.some((d) => d.kind === kind && d.metadata?.name === name)) problems.push(`Deployment/${name}: no ${kind} of the same name`);
    }
  }
  // Where a ServiceMonitor is, every process's Service with a `metrics` port is one it scrapes.
  const monitors = docs.filter((d) => d.kind === 'ServiceMonitor');
  if (monitors.length) {
    for (const svc of docs.filter((d) => d.kind === 'Service' && d.spec.ports?.some((p) => p.name === 'metrics'))) {
      const scraped = monitors.some((m) => selects(m.spec.selector, svc.metadata.labels ?? {}) && m.spec.endpoints.some((e) => e.port === 'metrics'));
      if (!scraped) problems.push(`Service/${svc.metadata.name}: its metrics port is scraped by no ServiceMonitor`);
    }
  }
  // Each Service a route or Ingress sends to must exist, with the port it names.
  const service = (name) => docs.find((d) => d.kind === 'Service' && d.metadata?.name === name);
  for (const route of docs.filter((d) => d.kind === 'IngressRoute')) {
    for (const s of route.spec.routes.flatMap((r) => r.services ?? [])) {
      if (!service(s.name)?.spec.ports.some((p) => p.port === s.port || p.name === s.port)) problems.push(`IngressRoute/${route.metadata.name}: no Service ${s.name} with port ${s.port}`);
    }
  }
  for (const ingress of docs.filter((d) => d.kind === 'Ingress')) {
    for (const path of (ingress.spec.rules ?? []).flatMap((r) => r.http?.paths ?? [])) {
      const { name, port } = path.backend.service;
      if (!service(name)?.spec.ports.some((p) => p.port === port.number || p.name === port.name)) problems.push(`Ingress/${ingress.metadata.name}: no Service ${name} with port ${port.name ?? port.number}`);
    }
  }
  return problems;
}

/** Whether a label selector (matchLabels, matchExpressions) selects `labels`. */
export function selects(selector = {}, labels) {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return values.includes(labels[key]);
    if (operator === 'NotIn') return !values.includes(labels[key]);
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    return false;
  });
  return byLabels && byExpressions;
}

/** Every problem of one rendered overlay's objects. */
export async function overlayProblems(docs, known) {
  const problems = [];
  for (const doc of docs) {
    const where = `${doc.kind}/${doc.metadata?.name}`;
    // kustomize wraps long base64 values; the API server's decoder skips the line breaks, so do we.
    if (doc.kind === 'Secret' && doc.data) for (const k of Object.keys(doc.data)) doc.data[k] = String(doc.data[k]).replace(/\s+/g, '');
    for (const p of await schemaProblems(doc)) problems.push(`${where}: ${p}`);
    for (const p of houseRules(doc)) problems.push(`${where}: ${p}`);
  }
  problems.push(...overlayRules(docs), ...promqlProblems(docs, known));
  return problems;
}
