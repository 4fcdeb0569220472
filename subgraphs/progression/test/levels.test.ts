import { gql } from '@worldgraph/testenv';

describe('levels', () => {
  it('lists the levels as data, lowest first, to anyone', async () => {
    const res = await gql('{ levels { number name threshold perks } }');
    expect(res.errors).toBeUndefined();
    const levels = res.data!.levels as { number: number; threshold: number }[];
    expect(levels[0]).toMatchObject({ number: 1, threshold: 0 });
    expect(levels.map((l) => l.threshold)).toEqual([...levels.map((l) => l.threshold)].sort((a, b) => a - b));
  });
});
