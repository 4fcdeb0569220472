import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gql, stack } from '@worldgraph/testenv';

const run = promisify(execFile);
const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.0005, y], [x + 0.0005, y + 0.0005], [x, y + 0.0005], [x, y]]] });

/** The import command, as an operator runs it, against the test stack's database. */
function importFile(file: string, ...args: string[]) {
  const { databaseUrl, dbPrefix } = stack();
  return run(process.execPath, ['--import', 'tsx', 'src/import.ts', file, ...args], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: databaseUrl, DB_PREFIX: dbPrefix },
  });
}

describe('importing parcels from a GeoJSON FeatureCollection', () => {
  it('adds the parcels once, and they appear on the map', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-import-'));
    const file = path.join(dir, 'parcels.geojson');
    writeFileSync(file, JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'imported-1', geometry: square(2.35, 48.85), properties: { landUse: 'commercial', price: '250' } },
        { type: 'Feature', id: 'imported-2', geometry: square(2.351, 48.85), properties: {} },
      ],
    }));
    expect((await importFile(file, '--price', '99')).stdout).toContain('imported 2 of 2 parcels');
    expect((await importFile(file)).stdout).toContain('imported 0 of 2 parcels (2 already present)');
    const res = await gql('query ($b: BBoxInput!) { features(bbox: $b) { edges { node { id landUse price { amount } areaM2 } } } }', {
      b: { minLng: 2.349, minLat: 48.849, maxLng: 2.353, maxLat: 48.852 },
    });
    const nodes = res.data!.features.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.id, n.landUse, n.price.amount])).toEqual([
      ['imported-1', 'commercial', '250'],
      ['imported-2', 'residential', '99'],
    ]);
    expect(nodes[0].areaM2).toBeGreaterThan(1000);
  });

  it('refuses an invalid file, naming the feature, and imports nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-import-'));
    const file = path.join(dir, 'bad.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'bad-1', geometry: { type: 'Point', coordinates: [0, 0] } }] }));
    await expect(importFile(file)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('feature 0 (bad-1)') });
  });
});
