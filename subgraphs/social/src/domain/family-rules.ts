/** How one member is related to another: (user, relative, kind) reads "relative is user's <kind>". */
export type RelationKind = 'spouse' | 'child' | 'parent' | 'sibling';

/** One stored direction of a relation. */
export interface RelationEdge {
  userId: string;
  relativeId: string;
  kind: RelationKind;
}

/** The other direction: if B is A's child, A is B's parent. */
export const INVERSE: Record<RelationKind, RelationKind> = { spouse: 'spouse', child: 'parent', parent: 'child', sibling: 'sibling' };

/** Both rows of "relative is user's <kind>". */
export const bothWays = (userId: string, relativeId: string, kind: RelationKind): RelationEdge[] => [
  { userId, relativeId, kind },
  { userId: relativeId, relativeId: userId, kind: INVERSE[kind] },
];

/** Why a new relation breaks the family's invariants, or null when it may be added. */
export type RelationRefusal = 'SELF_RELATION' | 'RELATION_EXISTS' | 'ALREADY_MARRIED' | 'RELATION_CYCLE';

/**
 * Checks "relative is user's <kind>" against the existing relations of a dynasty: no relation
 * to oneself, one relation per pair, one spouse each, and no one their own ancestor (parent
 * links stay acyclic). Pure, so the rules are tested without a database.
 */
export function relationRefusal(edges: RelationEdge[], userId: string, relativeId: string, kind: RelationKind): RelationRefusal | null {
  if (userId === relativeId) return 'SELF_RELATION';
  if (edges.some((e) => e.userId === userId && e.relativeId === relativeId)) return 'RELATION_EXISTS';
  if (kind === 'spouse' && edges.some((e) => e.kind === 'spouse' && (e.userId === userId || e.userId === relativeId))) return 'ALREADY_MARRIED';
  if (kind === 'child' || kind === 'parent') {
    const [parent, child] = kind === 'child' ? [userId, relativeId] : [relativeId, userId];
    // A cycle appears when the new parent already descends from the new child.
    if (isAncestor(edges, child, parent)) return 'RELATION_CYCLE';
  }
  return null;
}

/** Whether `ancestor` is reachable from `person` by following parent links upward. */
export function isAncestor(edges: RelationEdge[], ancestor: string, person: string): boolean {
  const parentsOf = new Map<string, string[]>();
  for (const e of edges) if (e.kind === 'parent') parentsOf.set(e.userId, [...(parentsOf.get(e.userId) ?? []), e.relativeId]);
  const seen = new Set<string>();
  const stack = [person];
  while (stack.length) {
    const current = stack.pop()!;
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(parentsOf.get(current) ?? []));
  }
  return false;
}

/** A member with a parent in the dynasty is a child: the head decides what they may do. */
export const isChild = (edges: RelationEdge[], userId: string) => edges.some((e) => e.userId === userId && e.kind === 'parent');

export const REFUSAL_MESSAGES: Record<RelationRefusal, string> = {
  SELF_RELATION: 'A member cannot be their own relative',
  RELATION_EXISTS: 'These members are already related',
  ALREADY_MARRIED: 'One of them already has a spouse',
  RELATION_CYCLE: 'That would make someone their own ancestor',
};
