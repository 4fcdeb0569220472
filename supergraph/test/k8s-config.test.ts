import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { processSubgraphs, readRoverConfig, REPO_ROOT_URL, subgraphUrlVariable } from '@worldgraph/kit';
import { parse } from 'yaml';

const ROOT = REPO_ROOT_URL.pathname;
const K8S = path.join(ROOT, 'k8s');

/** Every variable a config schema reads: the `NAME: …` keys of the kit's, the router's and each subgraph's config.ts. */
function knownVariables(): Set<string> {
  const files = ['packages/kit/src/config.ts', 'supergraph/src/config.ts', ...readdirSync(path.join(ROOT, 'subgraphs')).map((s) => `subgraphs/${s}/src/config.ts`)];
  const names = new Set<string>(['PORT', 'POSTGRES_PASSWORD']);
  for (const file of files) {
    let text = '';
    try {
      text = readFileSync(path.join(ROOT, file), 'utf8');
    } catch {
      continue;
    }
    for (const [, name] of text.matchAll(/^\s*([A-Z][A-Z0-9_]+):\s/gm)) names.add(name!);
  }
  for (const name of Object.keys(readRoverConfig().subgraphs)) names.add(subgraphUrlVariable(name));
  return names;
}

/** Every kustomization.yaml under k8s/ (the validator's node_modules aside). */
function kustomizations(dir = K8S): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'validate') return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? kustomizations(full) : e.name === 'kustomization.yaml' ? [full] : [];
  });
}

describe('Kubernetes configuration', () => {
  it('sets only variables some config schema reads', () => {
    const known = knownVariables();
    const unknown: string[] = [];
    for (const file of kustomizations()) {
      const k = parse(readFileSync(file, 'utf8')) as { configMapGenerator?: { literals?: string[] }[]; secretGenerator?: { literals?: string[] }[] };
      for (const gen of [...(k.configMapGenerator ?? []), ...(k.secretGenerator ?? [])]) {
        for (const literal of gen.literals ?? []) {
          const name = literal.split('=')[0]!;
          if (!known.has(name)) unknown.push(`${path.relative(ROOT, file)}: ${name}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('deploys every subgraph of rover.yaml and routes the router to it', () => {
    const base = parse(readFileSync(path.join(K8S, 'base/kustomization.yaml'), 'utf8')) as { bases: string[]; configMapGenerator: { literals: string[] }[] };
    for (const name of processSubgraphs()) {
      expect(base.bases).toContain(name);
      expect(base.configMapGenerator[0]!.literals).toContain(`${subgraphUrlVariable(name)}=http://${name}:4000/graphql`);
      const deployment = readFileSync(path.join(K8S, 'base', name, 'deployment.yaml'), 'utf8');
      expect(deployment).toContain(`subgraphs/${name}/src/index.ts`);
    }
  });
});
