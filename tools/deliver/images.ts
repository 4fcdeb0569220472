// One container image per Worldgraph process: the router and each subgraph of rover.yaml, all built
// from tools/deliver/Dockerfile with the process's workspace and entry, named worldgraph/<process>
// and tagged with the git commit they were built from.
//   node --import tsx tools/deliver/images.ts [--sha <commit>] [--registry <host/namespace>]
// prints the build commands (docker buildx, one per process, each writing its image's digest to
// .data/deliver/<process>.json, which promote.ts reads).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { processSubgraphs } from '@worldgraph/kit/rover';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** A process that ships as an image of its own. */
export interface ProcessImage {
  process: string;
  /** Image name, as the Deployments and the kustomize `images` lists name it. */
  image: string;
  /** npm workspace folder whose runtime dependencies the image installs. */
  workspace: string;
  /** The file `node --import tsx` starts. */
  entry: string;
}

/** The router, then every subgraph of rover.yaml that runs as a process (not the router's own, in-process one). */
export function processImages(): ProcessImage[] {
  const subgraphs = processSubgraphs().map((name) => ({
    process: name,
    image: `worldgraph/${name}`,
    workspace: `subgraphs/${name}`,
    entry: `subgraphs/${name}/src/index.ts`,
  }));
  return [{ process: 'router', image: 'worldgraph/router', workspace: 'supergraph', entry: 'supergraph/src/cluster.ts' }, ...subgraphs];
}

/** The current commit (full SHA): every image of a build is tagged with it. */
export function gitSha(ref = 'HEAD'): string {
  return execFileSync('git', ['rev-parse', `${ref}^{commit}`], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
}

/** Where a build leaves an image's metadata (buildx --metadata-file: `containerimage.digest`). */
export const metadataFile = (process: string) => path.join(REPO_ROOT, '.data', 'deliver', `${process}.json`);

/** The `docker buildx build` arguments of one process's image. */
export function buildArgs(image: ProcessImage, sha: string, registry?: string): string[] {
  const name = registry ? `${registry.replace(/\/$/, '')}/${image.image}` : image.image;
  return [
    'buildx', 'build', '--file', 'tools/deliver/Dockerfile',
    '--build-arg', `PROCESS=${image.process}`, '--build-arg', `WORKSPACE=${image.workspace}`,
    '--build-arg', `ENTRY=${image.entry}`, '--build-arg', `GIT_SHA=${sha}`,
    '--tag', `${name}:${sha}`, '--metadata-file', path.relative(REPO_ROOT, metadataFile(image.process)), '--push', '.',
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sha: { type: 'string' }, registry: { type: 'string' } } });
  const sha = gitSha(values.sha);
  for (const image of processImages()) {
    if (!existsSync(path.join(REPO_ROOT, image.entry))) throw new Error(`${image.process}: no ${image.entry}`);
    console.log(['docker', ...buildArgs(image, sha, values.registry)].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' '));
  }
}
