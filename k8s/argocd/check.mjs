// Checks the rendered ArgoCD manifests (kubectl kustomize k8s/argocd) against this repository, as
// plain YAML (their CRD schemas are checked apart): every environment overlay has one Application on
// it, deploying into the overlay's namespace; the sites ApplicationSet's folders exist and each site
// deploys into its own namespace; the project allows every source and destination; the sites' images
// are LIVE's. Usage: node k8s/argocd/check.mjs rendered.yaml [k8s dir, default this one's parent]
// (exits 1 with the problems)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const K8S = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, '..'));
const REPO = path.resolve(K8S, '..');
const docs = parseAllDocuments(readFileSync(process.argv[2], 'utf8')).map((d) => d.toJS()).filter(Boolean);
const problems = [];
const kustomization = (dir) => parse(readFileSync(path.join(REPO, dir, 'kustomization.yaml'), 'utf8'));
const glob = (pattern, value) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value);

for (const d of docs) {
  if (d.apiVersion !== 'argoproj.io/v1alpha1' || !['AppProject', 'Application', 'ApplicationSet'].includes(d.kind)) problems.push(`${d.kind}/${d.metadata?.name}: not an ArgoCD resource (${d.apiVersion})`);
  if (d.metadata?.namespace !== 'argocd') problems.push(`${d.kind}/${d.metadata?.name}: not in the argocd namespace`);
}
const projects = new Map(docs.filter((d) => d.kind === 'AppProject').map((p) => [p.metadata.name, p.spec]));

/** An Application's spec (or an ApplicationSet's template for one folder) deploys what it should. */
function checkApplication(where, spec, dir) {
  const project = projects.get(spec.project);
  if (!project) return problems.push(`${where}: no AppProject ${spec.project}`);
  if (!project.sourceRepos.some((r) => glob(r, spec.source.repoURL))) problems.push(`${where}: ${spec.source.repoURL} is not among project ${spec.project}'s sourceRepos`);
  if (!existsSync(path.join(REPO, dir, 'kustomization.yaml'))) return problems.push(`${where}: ${dir} has no kustomization.yaml`);
  const namespace = kustomization(dir).namespace;
  if (spec.destination.namespace !== namespace) problems.push(`${where}: deploys into ${spec.destination.namespace}, but ${dir} renders into ${namespace}`);
  if (!project.destinations.some((t) => glob(t.namespace, namespace) && t.server === spec.destination.server)) problems.push(`${where}: project ${spec.project} does not allow namespace ${namespace} on ${spec.destination.server}`);
}

const environments = readdirSync(path.join(K8S, 'overlays'));
for (const env of environments) {
  const apps = docs.filter((d) => d.kind === 'Application' && d.spec.source.path === `k8s/overlays/${env}`);
  if (apps.length !== 1) problems.push(`overlay ${env}: ${apps.length} Applications deploy it (one expected)`);
  for (const app of apps) checkApplication(`Application/${app.metadata.name}`, app.spec, app.spec.source.path);
}
for (const app of docs.filter((d) => d.kind === 'Application' && !d.spec.source.path.startsWith('k8s/overlays/'))) problems.push(`Application/${app.metadata.name}: ${app.spec.source.path} is no environment overlay`);

const live = kustomization('k8s/overlays/live').images ?? [];
const liveImages = live.filter((i) => i.digest).map((i) => `${i.name}:${i.newTag}@${i.digest}`);
for (const set of docs.filter((d) => d.kind === 'ApplicationSet')) {
  const where = `ApplicationSet/${set.metadata.name}`;
  for (const gen of set.spec.generators) {
    for (const { path: pattern } of gen.git?.directories ?? []) {
      const parent = path.dirname(pattern);
      const dirs = readdirSync(path.join(REPO, parent)).filter((n) => glob(path.basename(pattern), n)).map((n) => `${parent}/${n}`);
      if (!dirs.length) problems.push(`${where}: ${pattern} matches no folder`);
      for (const dir of dirs) {
        // The template's Go expressions for this folder: {{.path.path}} and {{.path.basename}}.
        const spec = JSON.parse(JSON.stringify(set.spec.template.spec).replaceAll('{{.path.path}}', dir).replaceAll('{{.path.basename}}', path.basename(dir)));
        checkApplication(`${where} (${dir})`, spec, dir);
      }
    }
  }
  const images = set.spec.template.spec.source.kustomize?.images;
  if (images && JSON.stringify(images) !== JSON.stringify(liveImages)) problems.push(`${where}: kustomize images ${JSON.stringify(images)} are not LIVE's pinned images ${JSON.stringify(liveImages)} (tools/deliver/promote.ts --to live writes both)`);
}

if (problems.length) {
  console.error(`✗ argocd: ${problems.length} problems\n${problems.map((p) => `    ${p}`).join('\n')}`);
  process.exit(1);
}
const count = (kind) => docs.filter((d) => d.kind === kind).length;
console.log(`✓ argocd: ${count('Application')} Applications (${environments.join(', ')}), ${count('ApplicationSet')} ApplicationSet, ${count('AppProject')} AppProject consistent with the overlays and sites`);
