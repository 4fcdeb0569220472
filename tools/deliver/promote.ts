// Promotes a build through VoxelHeim's environments, DEV → TEST → PTU → LIVE, the GitOps way: the next
// environment's overlay pins every process's image by digest (kustomize `images`, as
// `kustomize edit set image name:tag@digest` would), ArgoCD deploys what the commit says
// (k8s/argocd), and the README's examples run against the environment as its smoke test.
//
//   node --import tsx tools/deliver/promote.ts --to dev [--sha <commit>]   # from the build's digests
//   node --import tsx tools/deliver/promote.ts --to test [--url https://test.example/graphql] [--commit]
//   … --dry-run    computes, renders and smoke-tests, writes nothing
//
// Options: --from (must be the environment before --to: no environment is skipped), --k8s <dir>
// (default k8s/), --metadata <dir> (the build's buildx metadata files, default .data/deliver),
// --url (the environment's router; default WORLDGRAPH_URL_<ENV>; no URL, no smoke test, said so),
// --no-smoke, --commit (git commit of the overlay). Exit codes: 0 promoted, 1 smoke test or render
// failed, 2 refused (skipped environment, unpinned or mixed images).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isSeq, parseAllDocuments, parseDocument } from 'yaml';
import { gitSha, metadataFile, processImages, REPO_ROOT } from './images.ts';

export const ENVIRONMENTS = ['dev', 'test', 'ptu', 'live'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** One entry of a kustomization's `images`: the image pinned to the commit and its digest. */
export interface PinnedImage {
  name: string;
  newTag: string;
  digest?: string;
}

/** A promotion the script will not make, with the reason. */
export class Refusal extends Error {
  override name = 'Refusal';
}

const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The environment before `to`; DEV has none (it takes a build). Refuses a `from` that skips one. */
export function previousEnvironment(to: Environment, from?: string): Environment | undefined {
  const index = ENVIRONMENTS.indexOf(to);
  const before = index > 0 ? ENVIRONMENTS[index - 1] : undefined;
  if (from !== undefined && from !== before) {
    throw new Refusal(before ? `${to} is promoted from ${before}, not ${from}: no environment is skipped (${ENVIRONMENTS.join(' → ')})` : `dev takes a build (--sha), not another environment`);
  }
  return before;
}

const kustomizationPath = (k8s: string, env: Environment) => path.join(k8s, 'overlays', env, 'kustomization.yaml');

/** The `images` of an environment's overlay. */
export function readOverlayImages(k8s: string, env: Environment): PinnedImage[] {
  const doc = parseDocument(readFileSync(kustomizationPath(k8s, env), 'utf8')).toJS() as { images?: PinnedImage[] };
  return doc.images ?? [];
}

/** The overlay's text with its `images` replaced by `images` (comments and the rest kept). */
export function withImages(text: string, images: PinnedImage[]): string {
  const doc = parseDocument(text);
  doc.set('images', doc.createNode(images.map((i) => ({ name: i.name, newTag: i.newTag, ...(i.digest ? { digest: i.digest } : {}) }))));
  return doc.toString({ lineWidth: 0 });
}

/**
 * The images DEV gets from a build of `sha`: each process's digest from its buildx metadata file
 * (`containerimage.digest`, written by the `--push`ed build images.ts prints).
 */
export function builtImages(sha: string, metadataDir: string): PinnedImage[] {
  return processImages().map(({ process, image }) => {
    const file = path.join(metadataDir, path.basename(metadataFile(process)));
    if (!existsSync(file)) throw new Refusal(`${process}: no build metadata at ${file} (build and push the images of ${sha} first: tools/deliver/images.ts)`);
    const meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const digest = meta['containerimage.digest'];
    const names = (meta['image.name'] ?? '').split(',');
    if (!digest || !DIGEST.test(digest)) throw new Refusal(`${process}: ${file} holds no sha256 image digest`);
    if (!names.some((n) => n.endsWith(`${image}:${sha}`))) throw new Refusal(`${process}: ${file} is the build of ${names.join(', ')}, not ${image}:${sha}`);
    return { name: image, newTag: sha, digest };
  });
}

/**
 * What the next environment gets: every process's image exactly as the previous environment runs
 * it, which must be one commit, pinned by digest, for every process.
 */
export function promotedImages(from: Environment, images: PinnedImage[]): PinnedImage[] {
  const wanted = processImages().map((p) => p.image);
  const missing = wanted.filter((name) => !images.some((i) => i.name === name));
  if (missing.length) throw new Refusal(`${from} has no image for ${missing.join(', ')}`);
  const mine = wanted.map((name) => images.find((i) => i.name === name)!);
  const unpinned = mine.filter((i) => !i.digest || !DIGEST.test(i.digest) || !SHA.test(i.newTag));
  if (unpinned.length) throw new Refusal(`${from} runs images not pinned to a commit and a digest: ${unpinned.map((i) => `${i.name}:${i.newTag}`).join(', ')}`);
  const shas = new Set(mine.map((i) => i.newTag));
  if (shas.size > 1) throw new Refusal(`${from} runs images of several commits (${[...shas].join(', ')}): promote one build`);
  return mine;
}

/** Renders the overlay and checks that every Worldgraph container runs `name:sha@digest`. */
export function renderAndCheck(k8s: string, env: Environment, images: PinnedImage[]): number {
  const rendered = execFileSync('kubectl', ['kustomize', path.join(k8s, 'overlays', env)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const expected = new Map(images.map((i) => [i.name, `${i.name}:${i.newTag}@${i.digest}`]));
  let containers = 0;
  for (const doc of parseAllDocuments(rendered).map((d) => d.toJS())) {
    if (doc?.kind !== 'Deployment') continue;
    for (const c of doc.spec.template.spec.containers as { name: string; image: string }[]) {
      const name = c.image.split(/[:@]/)[0]!;
      if (!expected.has(name)) continue;
      if (c.image !== expected.get(name)) throw new Error(`${env}: Deployment ${doc.metadata.name} renders ${c.image}, not ${expected.get(name)}`);
      containers++;
    }
  }
  if (containers < images.length) throw new Error(`${env}: only ${containers} containers run the ${images.length} promoted images`);
  return containers;
}

/**
 * The README examples test (tools/dev) against the environment's router; true when it passed. Its
 * output goes to `output` line by line when given (a caller that is itself a test keeps a smoke
 * run's jest report out of its own), else to this process's stdout and stderr as it runs.
 */
export function smokeTest(url: string, env: NodeJS.ProcessEnv = process.env, output?: (line: string) => void): boolean {
  const result = spawnSync('npm', ['test', '-s', '-w', '@worldgraph/dev', '--', 'readme-examples'], {
    cwd: REPO_ROOT,
    stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...env, WORLDGRAPH_SMOKE_URL: url },
  });
  if (output) for (const line of `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n')) output(line);
  return result.status === 0;
}

/** The ArgoCD ApplicationSet of the GodValley sites, whose Applications follow LIVE's images. */
export const SITES_APPLICATION_SET = 'argocd/sites.yaml';

/** The sites ApplicationSet's text with its kustomize images set to `images`. */
export function sitesWithImages(text: string, images: PinnedImage[]): string {
  const doc = parseDocument(text);
  const kustomize = doc.getIn(['spec', 'template', 'spec', 'source', 'kustomize']);
  if (!isMap(kustomize)) throw new Error(`${SITES_APPLICATION_SET}: no spec.template.spec.source.kustomize`);
  kustomize.set('images', doc.createNode(images.map((i) => `${i.name}:${i.newTag}@${i.digest}`)));
  if (!isSeq(kustomize.get('images'))) throw new Error('images not written');
  return doc.toString({ lineWidth: 0 });
}

interface Options {
  to: Environment;
  from?: string;
  sha?: string;
  k8s: string;
  metadata: string;
  url?: string;
  smoke: boolean;
  /** Where the smoke test's own output goes, line by line. Default: this process's stdout and stderr. */
  smokeOutput?: (line: string) => void;
  dryRun: boolean;
  commit: boolean;
}

/** Runs one promotion; returns the exit code. */
export function promote(options: Options, log: (line: string) => void = console.log): number {
  const from = previousEnvironment(options.to, options.from);
  const images = from ? promotedImages(from, readOverlayImages(options.k8s, from)) : builtImages(gitSha(options.sha), options.metadata);
  const sha = images[0]!.newTag;
  const file = kustomizationPath(options.k8s, options.to);
  const before = readFileSync(file, 'utf8');
  const after = withImages(before, images);
  const writes = new Map([[file, after]]);
  // GodValley's sites run what LIVE runs: their ApplicationSet pins the same images.
  const sites = path.join(options.k8s, SITES_APPLICATION_SET);
  if (options.to === 'live' && existsSync(sites)) writes.set(sites, sitesWithImages(readFileSync(sites, 'utf8'), images));
  log(`${from ?? 'build'} → ${options.to}: ${images.length} images of ${sha}`);
  for (const i of images) log(`  ${i.name}:${i.newTag}@${i.digest}`);

  // Render the overlay as it will be, in a copy of the tree, and check every image.
  const copy = mkdtempSync(path.join(tmpdir(), 'wg-promote-'));
  try {
    cpSync(options.k8s, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}node_modules`) });
    writeFileSync(kustomizationPath(copy, options.to), after);
    log(`${options.to}: renders, ${renderAndCheck(copy, options.to, images)} containers pinned by digest`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  if (options.dryRun) {
    log(`dry run: ${[...writes.keys()].map((f) => path.relative(REPO_ROOT, f)).join(', ')} left as they were`);
  } else {
    for (const [target, text] of writes) writeFileSync(target, text);
    if (options.commit) {
      execFileSync('git', ['add', ...writes.keys()], { cwd: REPO_ROOT, stdio: 'inherit' });
      execFileSync('git', ['commit', '-m', `deliver: ${options.to} runs ${sha} (from ${from ?? 'its build'}), images pinned by digest`], { cwd: REPO_ROOT, stdio: 'inherit' });
      log(`committed: ArgoCD syncs worldgraph-${options.to} from it`);
    }
  }

  const url = options.url ?? process.env[`WORLDGRAPH_URL_${options.to.toUpperCase()}`];
  if (!options.smoke) log('smoke test: not run (--no-smoke)');
  else if (!url) log(`smoke test: not run, no --url or WORLDGRAPH_URL_${options.to.toUpperCase()}`);
  else {
    log(`smoke test: the README examples against ${url}`);
    if (!smokeTest(url, process.env, options.smokeOutput)) {
      log(`smoke test FAILED on ${options.to}`);
      return 1;
    }
    log(`smoke test passed on ${options.to}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      from: { type: 'string' },
      sha: { type: 'string' },
      k8s: { type: 'string', default: path.join(REPO_ROOT, 'k8s') },
      metadata: { type: 'string', default: path.dirname(metadataFile('x')) },
      url: { type: 'string' },
      'no-smoke': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      commit: { type: 'boolean', default: false },
    },
  });
  try {
    if (!ENVIRONMENTS.includes(values.to as Environment)) throw new Refusal(`--to is one of ${ENVIRONMENTS.join(', ')}`);
    process.exitCode = promote({
      to: values.to as Environment,
      from: values.from,
      sha: values.sha,
      k8s: path.resolve(values.k8s!),
      metadata: path.resolve(values.metadata!),
      url: values.url,
      smoke: !values['no-smoke'],
      dryRun: values['dry-run']!,
      commit: values.commit!,
    });
  } catch (error) {
    console.error(`promote: ${(error as Error).message}`);
    process.exitCode = error instanceof Refusal ? 2 : 1;
  }
}
