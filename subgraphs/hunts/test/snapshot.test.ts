// The clue graph's snapshot, as the neo4j-snapshot CronJob takes it (k8s/ha/snapshots.yaml):
// tools/backup/neo4j-export.mjs run as an operator runs it, against the Neo4j .ci/run starts
// (tools/neo4j, with APOC core as the deployment's image has it). Neo4j Community holds one user
// database, shared with every other test here, so the script is checked for this test's hunt, not
// replayed: every clue with its properties and location, every path, in cypher-shell's format.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Neo4jClueStore } from '../src/domain/neo4j-clue-store.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Runs the export script; resolves with its exit code and output. */
function exportGraph(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tools/backup/neo4j-export.mjs', file], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

(process.env.NEO4J_URL ? describe : describe.skip)('Neo4j snapshot (tools/backup/neo4j-export.mjs)', () => {
  const store = new Neo4jClueStore({ url: process.env.NEO4J_URL ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const huntId = randomUUID();
  const [start, middle, treasure] = [randomUUID(), randomUUID(), randomUUID()];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wg-neo4j-snapshot-'));
    const clue = (id: string, name: string, extra: { start?: boolean; treasure?: boolean } = {}) =>
      store.addClue({ id, huntId, name, riddle: `riddle of ${name}`, hint: null, lat: 48.8566, lng: 2.3522, radiusM: 30, start: false, treasure: false, ...extra });
    await clue(start, 'the fountain', { start: true });
    await clue(middle, 'the bridge');
    await clue(treasure, 'the chest', { treasure: true });
    await store.connect(huntId, start, middle);
    await store.connect(huntId, middle, treasure);
  });

  afterAll(async () => {
    await store.dropHunt(huntId);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('exports every clue of a hunt with its properties and location, and every path between them', async () => {
    const file = path.join(dir, 'neo4j.cypher');
    const { code, stdout, stderr } = await exportGraph(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^exported \d+ nodes and \d+ relationships to /);
    const script = await readFile(file, 'utf8');
    // cypher-shell's format: the schema first (the store's unique clue id, by which the rows are
    // matched on replay), then the nodes and the relationships, in batches between :begin and :commit.
    expect(script.startsWith(':begin\n')).toBe(true);
    expect(script.trimEnd().endsWith(':commit')).toBe(true);
    expect(script).toContain('CREATE CONSTRAINT clue_id FOR (node:Clue) REQUIRE (node.id) IS UNIQUE;');
    // The hunt's clues: one row each (the export's UNWIND batches), with the store's properties.
    const rows = script.split('\n').filter((line) => line.startsWith('UNWIND [')).flatMap((line) => line.split('}}, {'));
    const rowOf = (id: string) => rows.find((row) => row.includes(`id:"${id}", properties:{`));
    for (const [id, name] of [[start, 'the fountain'], [middle, 'the bridge'], [treasure, 'the chest']] as const) {
      const row = rowOf(id);
      expect(row).toBeDefined();
      expect(row).toContain(`huntId:"${huntId}"`);
      expect(row).toContain(`name:"${name}"`);
      expect(row).toContain(`riddle:"riddle of ${name}"`);
      expect(row).toMatch(/location:point\(\{[^}]*crs:\s*'wgs-84'/);
    }
    expect(rowOf(start)).toContain('start:true');
    expect(rowOf(treasure)).toContain('treasure:true');
    expect(script).toContain('CREATE (n:Clue{id: row.id}) SET n += row.properties;');
    // The paths, each by its two ends' clue ids.
    const paths = [...script.matchAll(/\{start: \{id:"([^"]+)"\}, end: \{id:"([^"]+)"\}/g)].map((m) => `${m[1]}->${m[2]}`);
    expect(script).toContain('CREATE (start)-[r:LEADS_TO]->(end) SET r += row.properties;');
    expect(paths).toEqual(expect.arrayContaining([`${start}->${middle}`, `${middle}->${treasure}`]));
  });

  it('fails with a usage message and exit code 2 without a file', async () => {
    const child = spawn(process.execPath, ['tools/backup/neo4j-export.mjs'], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
