import { gql } from '@worldgraph/testenv';

test('realms and their zones are seeded and public', async () => {
  const res = await gql('{ realms { id name kind status population zones { id minLevel maxLevel start } } }');
  expect(res.errors).toBeUndefined();
  const realms = res.data!.realms;
  expect(realms.map((r: { id: string }) => r.id)).toEqual(['aurora', 'ironvale', 'lorekeep']);
  expect(realms[0].zones.filter((z: { start: boolean }) => z.start)).toHaveLength(1);
  expect(realms[0].population).toBe('low');
});
