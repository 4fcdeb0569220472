import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { claimParcel, CLAIMABLE, closeDatabases, credit, database, ok, registerUser, stack } from '../src/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

/** claimParcel in another process of its own, as another package's jest worker would call it. */
async function claimElsewhere(count: number): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'fixtures', 'claim.ts'), String(count)], { env: process.env, timeout: 60_000 });
  return JSON.parse(stdout) as string[];
}

afterAll(closeDatabases);

describe('claimParcel', () => {
  it('never hands one parcel to two claimers, across processes, and each is still for sale', async () => {
    const [mine, first, second] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, () => claimParcel())),
      claimElsewhere(8),
      claimElsewhere(8),
    ]);
    const ids = [...mine.map((p) => p.id), ...first, ...second];
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    const { rows } = await database('features').query('SELECT id, status, owner_id, price::text AS price FROM features WHERE id = ANY($1)', [ids]);
    expect(rows).toHaveLength(24);
    for (const row of rows) expect([row.status, row.owner_id]).toEqual(['available', null]);
    const prices = new Map(rows.map((row) => [row.id, row.price]));
    for (const parcel of mine) {
      expect(parcel.price).toMatch(/^\d+(\.\d*[1-9])?$/);
      expect(Number(parcel.price)).toBe(Number(prices.get(parcel.id)));
    }
  });

  it('passes over a parcel someone bought without claiming it', async () => {
    const folder = path.join(stack().dataDir, 'parcel-claims');
    const taken = new Set(readdirSync(folder).map(Number));
    // the first parcel no claim has reached yet that is still for sale
    const { rows } = await database('features').query("SELECT id, status FROM features ORDER BY id LIMIT $1", [CLAIMABLE]);
    const next = rows.findIndex((row, n) => !taken.has(n) && row.status === 'available');
    expect(next).toBeGreaterThanOrEqual(0);
    const unclaimed = rows[next].id as string;
    const buyer = await registerUser();
    await credit(buyer.id, 'PSC', '100000');
    const { buyFeature } = await ok('mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: unclaimed, k: randomUUID() }, buyer.accessToken);
    expect(buyFeature.status).toBe('completed');

    const claimed = await claimParcel();
    expect(claimed.id).not.toBe(unclaimed);
    const { rows: [mine] } = await database('features').query('SELECT status FROM features WHERE id = $1', [claimed.id]);
    expect(mine.status).toBe('available');
    expect(readdirSync(folder).map(Number)).toContain(next); // its turn came, and it was passed over
  });
});
