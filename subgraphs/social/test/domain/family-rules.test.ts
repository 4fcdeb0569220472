import { bothWays, isAncestor, isChild, relationRefusal, type RelationEdge } from '../../src/domain/family-rules.ts';

// grandpa → dad → kid (parents above children); mum married to dad.
const edges: RelationEdge[] = [...bothWays('grandpa', 'dad', 'child'), ...bothWays('dad', 'kid', 'child'), ...bothWays('dad', 'mum', 'spouse')];

test('relations are stored both ways', () => {
  expect(bothWays('a', 'b', 'child')).toEqual([
    { userId: 'a', relativeId: 'b', kind: 'child' },
    { userId: 'b', relativeId: 'a', kind: 'parent' },
  ]);
});

test('no one becomes their own ancestor', () => {
  expect(relationRefusal(edges, 'kid', 'grandpa', 'child')).toBe('RELATION_CYCLE');
  expect(relationRefusal(edges, 'grandpa', 'kid', 'parent')).toBe('RELATION_CYCLE');
  expect(relationRefusal(edges, 'kid', 'baby', 'child')).toBeNull();
  expect(isAncestor(edges, 'grandpa', 'kid')).toBe(true);
  expect(isAncestor(edges, 'kid', 'grandpa')).toBe(false);
});

test('one spouse each, one relation per pair, none to oneself', () => {
  expect(relationRefusal(edges, 'dad', 'other', 'spouse')).toBe('ALREADY_MARRIED');
  expect(relationRefusal(edges, 'other', 'mum', 'spouse')).toBe('ALREADY_MARRIED');
  expect(relationRefusal(edges, 'kid', 'other', 'spouse')).toBeNull();
  expect(relationRefusal(edges, 'dad', 'kid', 'sibling')).toBe('RELATION_EXISTS');
  expect(relationRefusal(edges, 'kid', 'kid', 'sibling')).toBe('SELF_RELATION');
});

test('a member with a parent is a child', () => {
  expect(isChild(edges, 'kid')).toBe(true);
  expect(isChild(edges, 'dad')).toBe(true);
  expect(isChild(edges, 'grandpa')).toBe(false);
  expect(isChild(edges, 'mum')).toBe(false);
});
