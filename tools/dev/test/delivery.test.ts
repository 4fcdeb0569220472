// Delivery (tools/deliver): an image per process, SHA-tagged overlays, and the promotion script
// DEV → TEST → PTU → LIVE run on a copy of k8s/, its smoke test against a real stack on free ports.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { processSubgraphs } from '@worldgraph/kit/rover';
import { startStack, type StartedStack } from '@worldgraph/testenv';
import { gitSha, processImages, REPO_ROOT } from '../../deliver/images.ts';
import { ENVIRONMENTS, promote, readOverlayImages, Refusal } from '../../deliver/promote.ts';

const K8S = path.join(REPO_ROOT, 'k8s');
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('an image per process', () => {
  const images = processImages();

  it('the router and every subgraph of rover.yaml that runs as a process, each with its workspace and entry', () => {
    expect(images.map((i) => i.process).sort()).toEqual(['router', ...processSubgraphs()].sort());
    for (const image of images) {
      expect(JSON.parse(read(`${image.workspace}/package.json`)).name).toMatch(/^@worldgraph\//);
      expect(read(image.entry).length).toBeGreaterThan(0);
    }
  });

  it("each process's Deployment runs its own image and entry", () => {
    for (const image of images) {
      const deployment = parse(read(`k8s/base/${image.process}/deployment.yaml`));
      const [container] = deployment.spec.template.spec.containers;
      expect({ process: image.process, image: container.image, entry: container.command.at(-1) }).toEqual({ process: image.process, image: `${image.image}:latest`, entry: image.entry });
    }
  });

  it('the Dockerfile is multi-stage, on Node 20, and runs as the unprivileged node user', () => {
    const dockerfile = read('tools/deliver/Dockerfile');
    const stages = dockerfile.match(/^FROM .*/gm)!;
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20[.\d]*-bookworm-slim$/m);
    expect(stages.every((s) => s.startsWith('FROM ${NODE_IMAGE}'))).toBe(true);
    const runStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runStage).toMatch(/^USER node$/m);
    expect(runStage).toContain('COPY --from=build');
    expect(dockerfile).not.toMatch(/^USER root/m);
    for (const arg of ['PROCESS', 'WORKSPACE', 'ENTRY', 'GIT_SHA']) expect(dockerfile).toContain(`ARG ${arg}`);
  });

  it.each(ENVIRONMENTS)("the %s overlay names every process's image by a commit of this repository", (env) => {
    const pinned = readOverlayImages(K8S, env);
    expect(pinned.map((i) => i.name).sort()).toEqual(images.map((i) => i.image).sort());
    for (const image of pinned) {
      expect(image.newTag).toMatch(/^[0-9a-f]{40}$/);
      if (image.digest) expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      execFileSync('git', ['cat-file', '-e', `${image.newTag}^{commit}`], { cwd: REPO_ROOT });
    }
  });
});

describe('promote.ts', () => {
  const sha = gitSha();
  const work = mkdtempSync(path.join(tmpdir(), 'wgt-deliver-'));
  const k8s = path.join(work, 'k8s');
  const metadata = path.join(work, 'metadata');
  const digestOf = (process: string) => `sha256:${Buffer.from(process.padEnd(32, '.')).toString('hex')}`;
  const lines: string[] = [];
  // The smoke runs' own jest reports, kept out of this test's output (and so out of npm test's summary).
  const smokeLines: string[] = [];
  const run = (options: Partial<Parameters<typeof promote>[0]> & { to: (typeof ENVIRONMENTS)[number] }) =>
    promote({ k8s, metadata, smoke: false, dryRun: false, commit: false, smokeOutput: (line) => smokeLines.push(line), ...options }, (line) => lines.push(line));
  let stack: StartedStack | undefined;

  beforeAll(() => {
    cpSync(K8S, k8s, { recursive: true, filter: (source) => !source.includes('node_modules') });
    // What `docker buildx build --metadata-file` writes for each pushed image of this commit.
    mkdirSync(metadata);
    for (const image of processImages()) {
      writeFileSync(path.join(metadata, `${image.process}.json`), JSON.stringify({ 'containerimage.digest': digestOf(image.process), 'image.name': `${image.image}:${sha}` }));
    }
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await stack?.stop();
  }, 180_000);

  it("pins DEV to the build's digests, then TEST to exactly DEV's images", () => {
    expect(run({ to: 'dev' })).toBe(0);
    const dev = readOverlayImages(k8s, 'dev');
    expect(dev).toEqual(processImages().map((i) => ({ name: i.image, newTag: sha, digest: digestOf(i.process) })));
    // The rest of the overlay is kept as it was.
    expect(readFileSync(path.join(k8s, 'overlays/dev/kustomization.yaml'), 'utf8')).toContain('patchesStrategicMerge:');
    expect(run({ to: 'test' })).toBe(0);
    expect(readOverlayImages(k8s, 'test')).toEqual(dev);
    expect(lines).toContain(`test: renders, ${dev.length} containers pinned by digest`);
  });

  it('refuses to skip an environment, to promote unpinned images, or a build that is not this commit', () => {
    expect(() => run({ to: 'ptu', from: 'dev' })).toThrow(/ptu is promoted from test, not dev/);
    expect(() => run({ to: 'live' })).toThrow(new Refusal(`ptu runs images not pinned to a commit and a digest: ${processImages().map((i) => `${i.image}:${readOverlayImages(k8s, 'ptu')[0]!.newTag}`).join(', ')}`));
    expect(() => run({ to: 'dev', sha: 'HEAD~1' })).toThrow(/router: .* is the build of worldgraph\/router:[0-9a-f]{40}, not worldgraph\/router:/);
    // As a command: exit code 2 and the reason, nothing written.
    const before = readFileSync(path.join(k8s, 'overlays/ptu/kustomization.yaml'), 'utf8');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'tools/deliver/promote.ts', '--to', 'ptu', '--from', 'dev', '--k8s', k8s], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect({ status: cli.status, stderr: cli.stderr.trim() }).toEqual({ status: 2, stderr: 'promote: ptu is promoted from test, not dev: no environment is skipped (dev → test → ptu → live)' });
    expect(readFileSync(path.join(k8s, 'overlays/ptu/kustomization.yaml'), 'utf8')).toBe(before);
  });

  it('a dry run to PTU writes nothing and smoke-tests the environment with the README examples', async () => {
    stack = await startStack({ BOOTSTRAP_ADMIN_PASSWORD: 'admin-change-me-1', FEATURES_DEMO_COUNT: '10000', HUNTS_DEMO_HUNT: 'true' });
    const before = readFileSync(path.join(k8s, 'overlays/ptu/kustomization.yaml'), 'utf8');
    expect(run({ to: 'ptu', dryRun: true, smoke: true, url: stack.info.router })).toBe(0);
    expect(readFileSync(path.join(k8s, 'overlays/ptu/kustomization.yaml'), 'utf8')).toBe(before);
    expect(lines).toEqual(expect.arrayContaining([`smoke test: the README examples against ${stack.info.router}`, 'smoke test passed on ptu']));
    expect(smokeLines.join('\n')).toMatch(/Tests: .*\d+ passed/);
    // And the smoke test fails where no router answers.
    smokeLines.length = 0;
    expect(run({ to: 'ptu', dryRun: true, smoke: true, url: 'http://127.0.0.1:9/graphql' })).toBe(1);
    expect(smokeLines.join('\n')).toMatch(/Tests: .*\d+ failed/);
  }, 600_000);

  it('LIVE pins the GodValley sites to the same images (the ArgoCD ApplicationSet)', () => {
    expect(run({ to: 'ptu' })).toBe(0);
    expect(run({ to: 'live' })).toBe(0);
    const sites = parse(readFileSync(path.join(k8s, 'argocd/sites.yaml'), 'utf8'));
    expect(sites.spec.template.spec.source.kustomize.images).toEqual(processImages().map((i) => `${i.image}:${sha}@${digestOf(i.process)}`));
    // …which the ArgoCD check accepts, and refuses once they differ from LIVE's.
    const check = (dir: string) => spawnSync('bash', ['-c', `kubectl kustomize ${dir}/argocd > ${dir}/argo.rendered && node k8s/argocd/check.mjs ${dir}/argo.rendered ${dir}`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(check(k8s).status).toBe(0);
    writeFileSync(path.join(k8s, 'overlays/live/kustomization.yaml'), readFileSync(path.join(k8s, 'overlays/live/kustomization.yaml'), 'utf8').replace(digestOf('router'), digestOf('other')));
    expect(check(k8s).stderr).toMatch(/kustomize images .* are not LIVE's pinned images/);
  });
});
