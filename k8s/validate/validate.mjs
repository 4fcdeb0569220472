// Validates rendered Kubernetes manifests (multi-document YAML files) against the Kubernetes API
// schemas that kubernetes-models ships as compiled ajv validators: offline, no cluster needed.
// Usage: node k8s/validate/validate.mjs rendered/*.yaml   (exits 1 on the first file with errors)
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** kubernetes-models' module of an apiVersion and kind: core `v1/Service`, `apps/v1/Deployment`. */
const modulePath = (apiVersion, kind) => `kubernetes-models/${apiVersion}/${kind}`;

/** Kinds that must appear in a rendered overlay, and checks the schemas cannot express. */
function houseRules(doc) {
  const problems = [];
  if (doc.kind === 'Deployment') {
    for (const c of doc.spec?.template?.spec?.containers ?? []) {
      if (c.livenessProbe?.httpGet?.path !== '/health/live') problems.push(`container ${c.name}: liveness probe is not /health/live`);
      if (c.readinessProbe?.httpGet?.path !== '/health/ready') problems.push(`container ${c.name}: readiness probe is not /health/ready`);
      if (!c.resources?.requests?.cpu || !c.resources?.limits?.memory) problems.push(`container ${c.name}: no cpu request or memory limit`);
    }
  }
  return problems;
}

let failures = 0;
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  const kinds = new Map();
  const errors = [];
  for (const doc of docs) {
    const where = `${doc.kind}/${doc.metadata?.name}`;
    kinds.set(doc.kind, (kinds.get(doc.kind) ?? 0) + 1);
    let Model;
    try {
      Model = (await import(modulePath(doc.apiVersion, doc.kind)))[doc.kind];
    } catch {
      errors.push(`${where}: unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`);
      continue;
    }
    // kustomize wraps long base64 values; the API server's decoder skips the line breaks, so do we.
    if (doc.kind === 'Secret' && doc.data) for (const k of Object.keys(doc.data)) doc.data[k] = String(doc.data[k]).replace(/\s+/g, '');
    try {
      new Model(doc).validate();
    } catch (error) {
      errors.push(`${where}: ${error.message}`);
    }
    for (const p of houseRules(doc)) errors.push(`${where}: ${p}`);
  }
  for (const deployment of docs.filter((d) => d.kind === 'Deployment')) {
    for (const kind of ['Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      if (!docs.some((d) => d.kind === kind && d.metadata?.name === deployment.metadata.name)) errors.push(`Deployment/${deployment.metadata.name}: no ${kind} of the same name`);
    }
  }
  const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  if (errors.length) {
    failures++;
    console.error(`✗ ${file}: ${errors.length} problems\n${errors.map((e) => `    ${e}`).join('\n')}`);
  } else console.log(`✓ ${file}: ${docs.length} resources valid (${summary})`);
}
process.exit(failures ? 1 : 0);
