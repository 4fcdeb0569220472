import { readFileSync } from 'node:fs';
import { requirementsOf } from '@worldgraph/router/authorization';
import { SUPERGRAPH_URL } from '@worldgraph/router/compose';
import { replaceRules } from '@worldgraph/router/live-supergraph';

const sdl = readFileSync(SUPERGRAPH_URL, 'utf8');

describe('authorization rules of a changing supergraph', () => {
  it('are replaced in place, so every holder of the map follows the new supergraph', () => {
    const rules = requirementsOf(sdl);
    const held = rules;
    expect(rules.get('Query.me')).toBeDefined();
    // The next supergraph: `me` is public, and a new field requires the admin scope.
    const next = sdl
      .replace(/(\n\s*me: User!)[^\n]*@authenticated/, '$1')
      .replace(/(\n\s*me: User!)/, '$1\n  adminOnly: Int @requiresScopes(scopes: [["admin"]]) @join__field(graph: ACCOUNTS)');
    replaceRules(rules, next);
    expect(held).toBe(rules);
    expect(held).toEqual(requirementsOf(next));
    expect(held.get('Query.me')).toBeUndefined();
    expect(held.get('Query.adminOnly')).toBeDefined();
  });
});
