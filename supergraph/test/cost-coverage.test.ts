// Demand control over the whole graph: every list of objects in the supergraph carries @listSize
// (or is sized by the field above it, as connections' edges are), so an integrator's estimate never
// falls back to the default size of 10 for a list that is really longer or shorter.
import { readFileSync } from 'node:fs';
import { getNamedType, getOperationAST, isCompositeType, isListType, isNonNullType, isObjectType, parse, type GraphQLOutputType } from 'graphql';
import { apiSchemaOf } from '../src/api-schema.ts';
import { SUPERGRAPH_URL } from '../src/compose.ts';
import { costDirectivesOf } from '../src/limits/cost-directives.ts';
import { estimateCost } from '../src/limits/measure.ts';

const supergraph = readFileSync(SUPERGRAPH_URL, 'utf8');
const schema = apiSchemaOf(supergraph);
const directives = costDirectivesOf(supergraph);
const isList = (type: GraphQLOutputType) => isListType(isNonNullType(type) ? type.ofType : type);
const objectTypes = () => Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !t.name.startsWith('__'));

describe('list sizes across the supergraph', () => {
  it('every list of objects has @listSize or is sized by its parent field', () => {
    const sizedByParent = new Set<string>();
    for (const type of objectTypes())
      for (const field of Object.values(type.getFields()))
        for (const sized of directives.listSizes.get(`${type.name}.${field.name}`)?.sizedFields ?? []) sizedByParent.add(`${getNamedType(field.type).name}.${sized}`);
    const unsized = objectTypes().flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => isList(f.type) && isCompositeType(getNamedType(f.type)))
        .map((f) => `${type.name}.${f.name}`)
        .filter((c) => !directives.listSizes.has(c) && !sizedByParent.has(c)),
    );
    expect(unsized).toEqual([]);
  });

  it.each([
    // 1 for the leaderboard, 50 entries of 1 each with their user (1).
    ['{ pointsLeaderboard(first: 50) { entries { rank user { id } } } }', 1 + 50 * 2],
    // Up to 50 channels, each weighing 10, with 5 members (1 each).
    ['{ myChannels { id members(first: 5) { role } } }', 50 * (10 + 5)],
    // A parcel's pictures (20) and a user's files sliced by first.
    ['{ me { media(first: 3) { id } } }', 1 + 3],
  ])('estimates %s at %d', (query, expected) => {
    const document = parse(query);
    const { cost } = estimateCost(schema, { directives, defaultListSize: 10 }, document, getOperationAST(document)!, {});
    expect(cost).toBe(expected);
  });
});
