import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { readRoverConfig, REPO_ROOT_URL, type RoverConfig } from '@worldgraph/kit';

/** Where the composed schema is checked in. */
export const SUPERGRAPH_URL = new URL('../supergraph.graphql', import.meta.url);

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/**
 * Composes the subgraphs of rover.yaml with @apollo/composition, the library rover uses, so
 * `rover supergraph compose --config rover.yaml` produces the same supergraph.
 */
export function composeFromRover(config: RoverConfig = readRoverConfig()): CompositionResult {
  const parsed = Object.entries(config.subgraphs).map(([name, s]) => ({
    name,
    url: s.routing_url,
    ...parseSubgraph(name, readFileSync(new URL(s.schema.file, REPO_ROOT_URL), 'utf8'), s.schema.file),
  }));
  const invalid = parsed.flatMap((s) => (s.error ? [s.error] : []));
  if (invalid.length) return { ok: false, errors: invalid };
  const services = parsed.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: typeDefs! }));
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}

/**
 * Parses a subgraph's SDL. A syntax error comes back as one line, as rover prints it, with the
 * file, line and column (`INVALID_GRAPHQL: [accounts] subgraphs/accounts/schema.graphql:12:5:
 * Syntax Error: Expected Name, found "}".`), never as a thrown parser stack.
 */
export function parseSubgraph(name: string, sdl: string, file = `${name}.graphql`): { typeDefs?: DocumentNode; error?: string } {
  try {
    return { typeDefs: parse(sdl) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const at = error.locations?.[0];
    const where = at ? `${file.replace(/^\.\//, '')}:${at.line}:${at.column}` : file;
    const line = at ? sdl.split('\n')[at.line - 1] : undefined;
    const excerpt = line !== undefined ? `\n      ${at!.line} | ${line}\n      ${' '.repeat(String(at!.line).length)} | ${' '.repeat(at!.column - 1)}^` : '';
    return { error: `INVALID_GRAPHQL: [${name}] ${where}: ${error.message}${excerpt}` };
  }
}
