// Validates rendered Kubernetes manifests (multi-document YAML files) offline (lib.mjs): Kubernetes'
// and the CRDs' schemas, house rules, and the PromQL of alerts and dashboards against the metrics the
// code exports. Usage: node k8s/validate/validate.mjs rendered/*.yaml   (exits 1 if any file has problems)
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { exportedMetrics, overlayProblems } from './lib.mjs';

const known = exportedMetrics();
let failures = 0;
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  const kinds = new Map();
  for (const doc of docs) kinds.set(doc.kind, (kinds.get(doc.kind) ?? 0) + 1);
  const problems = await overlayProblems(docs, known);
  const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  if (problems.length) {
    failures++;
    console.error(`✗ ${file}: ${problems.length} problems\n${problems.map((e) => `    ${e}`).join('\n')}`);
  } else console.log(`✓ ${file}: ${docs.length} resources valid (${summary})`);
}
process.exit(failures ? 1 : 0);
