import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readRoverConfig, REPO_ROOT_URL, type RoverConfig } from '@worldgraph/kit';

/** Where the composed schema is checked in. */
export const SUPERGRAPH_URL = new URL('../supergraph.graphql', import.meta.url);

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/**
 * Composes the subgraphs of rover.yaml with @apollo/composition, the library rover uses, so
 * `rover supergraph compose --config rover.yaml` produces the same supergraph.
 */
export function composeFromRover(config: RoverConfig = readRoverConfig()): CompositionResult {
  const services = Object.entries(config.subgraphs).map(([name, s]) => ({
    name,
    url: s.routing_url,
    typeDefs: parse(readFileSync(new URL(s.schema.file, REPO_ROOT_URL), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}
