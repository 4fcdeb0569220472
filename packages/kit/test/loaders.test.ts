import { groupedLoader, isUuid, keyedLoader } from '../src/index.ts';

const good = '7b0c9f4e-2d7e-4c1a-9a55-1d2c3b4a5f60';
const other = '0d6c1a2b-3e4f-4a5b-8c7d-9e0f1a2b3c4d';

describe('keyedLoader and groupedLoader with `only`', () => {
  it('queries only the keys that can name a row; the others resolve to nothing, and the batch stands', async () => {
    const asked: string[][] = [];
    const rows = [{ id: good, n: 1 }, { id: other, n: 2 }];
    const loader = keyedLoader(async (ids: readonly string[]) => (asked.push([...ids]), rows.filter((r) => ids.includes(r.id))), (r) => r.id, { only: isUuid });
    expect(await Promise.all([loader.load(good), loader.load('not-a-uuid'), loader.load(''), loader.load(other)])).toEqual([rows[0], null, null, rows[1]]);
    expect(asked).toEqual([[good, other]]);

    const grouped = groupedLoader(async (ids: readonly string[]) => (asked.push([...ids]), rows.filter((r) => ids.includes(r.id))), (r) => r.id, { only: isUuid });
    expect(await Promise.all([grouped.load("'; drop"), grouped.load(good)])).toEqual([[], [rows[0]]]);
    expect(asked[1]).toEqual([good]);
  });

  it('makes no query at all when no key can name a row', async () => {
    let queries = 0;
    const loader = keyedLoader(async () => (queries++, []), (r: { id: string }) => r.id, { only: isUuid });
    expect(await loader.loadMany(['x', ''])).toEqual([null, null]);
    expect(queries).toBe(0);
  });

  it('without `only`, hands every key to the query as before', async () => {
    const asked: string[] = [];
    const loader = keyedLoader(async (ids: readonly string[]) => (asked.push(...ids), []), (r: { id: string }) => r.id);
    await loader.loadMany(['x', good]);
    expect(asked).toEqual(['x', good]);
  });
});
