import { buildSchema } from 'graphql';
import { coordinateOf } from '../../tools/schema/check.ts';
import { lintSchema } from '../../tools/schema/lint.ts';

describe('schema lint', () => {
  it('flags names, missing descriptions and nullable ids', () => {
    const schema = buildSchema(`
      type Query {
        "Documented."
        good: Parcel!
        bad_name: Int
      }
      "A parcel."
      type Parcel { id: ID! }
      type undocumented_thing { id: ID }
      enum Mood { HAPPY, mixedCase }
    `);
    expect(lintSchema(schema).map((f) => `${f.rule} ${f.coordinate}`).sort()).toEqual([
      'description Query.bad_name',
      'description undocumented_thing',
      'naming Mood.mixedCase',
      'naming Query.bad_name',
      'naming undocumented_thing',
      'nullable-id undocumented_thing.id',
    ]);
  });
});

describe('change coordinates', () => {
  it.each([
    ['Feature.colour was removed.', 'Feature.colour'],
    ['Feature was removed.', 'Feature'],
    ['SOLD was removed from enum type FeatureStatus.', 'FeatureStatus.SOLD'],
    ['Hunt was removed from union type SearchResult.', 'SearchResult'],
    ['A required field nickname on input type RegisterInput was added.', 'RegisterInput'],
    ['A required arg first on Query.features was added.', 'Query.features'],
    ['Query.features arg first has changed type from Int to Int!.', 'Query.features'],
  ])('%s → %s', (description, coordinate) => {
    expect(coordinateOf(description)).toBe(coordinate);
  });
});
