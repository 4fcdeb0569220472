import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { apiSchemaOf } from '@worldgraph/router/api-schema';
import { composeFromRover } from '@worldgraph/router/compose';
import { PERSISTED_DOCUMENTS_URL } from '@worldgraph/router/safelist';
import { checkReachability, loadIntegratorOnly } from '../../tools/schema/reachability.ts';

describe('every root field is reachable by a client class', () => {
  it('has a persisted SDK operation, or is integrator-only with a reason', () => {
    // The subgraphs' schemas as they are now (not the last generated supergraph): a new field counts at once.
    const composition = composeFromRover();
    if (!composition.ok) throw new Error(`composition failed:\n${composition.errors.join('\n')}`);
    const manifest = JSON.parse(readFileSync(PERSISTED_DOCUMENTS_URL, 'utf8')) as Record<string, string>;
    const { unreachable, badEntries } = checkReachability(apiSchemaOf(composition.supergraphSdl), Object.values(manifest), loadIntegratorOnly());
    const message = [
      unreachable.length &&
        `${unreachable.length} root field(s) have no persisted operation, so production routers refuse them to every first-party client:\n` +
          unreachable.map((f) => `  - ${f}`).join('\n') +
          '\nAdd an operation selecting each to packages/sdk/operations/<context>.graphql and run `npm run codegen` (and use it in a page or screen),' +
          '\nor, if only integrators (API keys) need it, list it with a reason in tools/schema/integrator-only.yaml.',
      badEntries.length && `tools/schema/integrator-only.yaml names fields that are not root fields of the API schema, or gives no reason: ${badEntries.join(', ')}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    expect(message).toBe('');
  });

  it('finds root fields selected through fragments and aliases, and reports the rest', () => {
    const schema = buildSchema('type Query { a: Int, b: Int, c: Int } type Mutation { m: Int } type Subscription { s: Int }');
    const docs = ['query Q { ...F, alias: b } fragment F on Query { a }', 'subscription S { s }'];
    expect(checkReachability(schema, docs, [{ field: 'Mutation.m', reason: 'bulk jobs of integrators' }])).toEqual({ unreachable: ['Query.c'], badEntries: [] });
    expect(checkReachability(schema, docs, [{ field: 'Query.gone', reason: 'x' }, { field: 'Query.c', reason: '' }]).badEntries).toEqual(['Query.gone', 'Query.c']);
  });
});
