import type { Runtime } from './runtime.ts';

/**
 * Entities another context owns, by id: one federation `_entities` lookup of `typename` with
 * `selection`, sent to `subgraph` with the calling context's service credential. Answers them in
 * the order of `ids`, null where the owner knows none. How a context reads another's entity
 * without touching its database.
 */
export async function fetchEntities<T>(
  runtime: Pick<Runtime, 'callSubgraph'>,
  subgraph: string,
  typename: string,
  selection: string,
  ids: readonly string[],
  requestId?: string,
): Promise<(T | null)[]> {
  const data = await runtime.callSubgraph<{ _entities: (T | null)[] }>(
    subgraph,
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
    { r: ids.map((id) => ({ __typename: typename, id })) },
    requestId,
  );
  return data._entities;
}
