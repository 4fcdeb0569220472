// npm start installs only the server's workspaces without devDependencies (tools/dev/setup.mjs), so
// every package the server's code imports must be a `dependencies` entry of a server workspace or of
// the root: a runtime import listed only in devDependencies would work in tests and fail npm start.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: plain ESM without types (it runs before node_modules exists)
import { serverWorkspaces } from '../setup.mjs';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' || name === 'generated' ? [] : sources(file);
    return /\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\./.test(name) ? [file] : [];
  });
}

/** Bare packages a file imports at run time (type-only imports left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm), ...text.matchAll(/^\s*export\s+(?!type\s)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return specs.filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !s.startsWith('/')).map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

it('every package the server imports is in dependencies, never only in devDependencies', () => {
  const workspaces = serverWorkspaces() as string[];
  const names = new Set(workspaces.map((w) => manifest(w).name));
  const installed = new Set([...Object.keys(manifest('.').dependencies ?? {}), ...workspaces.flatMap((w) => Object.keys(manifest(w).dependencies ?? {}))]);
  const missing: string[] = [];
  let scanned = 0;
  for (const dir of workspaces) {
    const src = path.join(REPO_ROOT, dir, 'src');
    let files: string[] = [];
    try {
      files = sources(src);
    } catch {
      continue; // no src/ (the SDK's generated documents only)
    }
    for (const file of files) {
      scanned++;
      for (const pkg of runtimeImports(file)) {
        if (!names.has(pkg) && !installed.has(pkg)) missing.push(`${path.relative(REPO_ROOT, file)} imports ${pkg}`);
      }
    }
  }
  expect(scanned).toBeGreaterThan(100);
  expect(missing).toEqual([]);
});
