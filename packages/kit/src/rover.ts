import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** rover.yaml, in rover's supergraph-config format: the list of subgraphs. */
const roverSchema = z.object({
  federation_version: z.string(),
  subgraphs: z.record(
    z.string(),
    z.object({
      routing_url: z.string().url(),
      schema: z.object({ file: z.string() }),
    }),
  ),
});
export type RoverConfig = z.infer<typeof roverSchema>;

/** Where rover.yaml sits: ROVER_CONFIG (a path) when set, else the repository root. */
export const ROVER_CONFIG_URL = process.env.ROVER_CONFIG ? new URL(`file://${path.resolve(process.env.ROVER_CONFIG)}`) : new URL('../../../rover.yaml', import.meta.url);
export const REPO_ROOT_URL = new URL('../../../', import.meta.url);

/** Reads and validates rover.yaml. */
export function readRoverConfig(url: URL = ROVER_CONFIG_URL): RoverConfig {
  return roverSchema.parse(parse(readFileSync(url, 'utf8')));
}

/**
 * The subgraph the router answers itself, in process (supergraph/router.graphql: `site`,
 * `systemHealth`): composed like any other, but no process, package or deployment of its own.
 */
export const ROUTER_SUBGRAPH = 'router';

/** The subgraphs that run as processes of their own: every one of rover.yaml but the router's. */
export const processSubgraphs = (config: RoverConfig = readRoverConfig()): string[] => Object.keys(config.subgraphs).filter((name) => name !== ROUTER_SUBGRAPH);

/** Environment name overriding a subgraph's routing URL: SUBGRAPH_URL_<NAME>. */
export const subgraphUrlVariable = (name: string) => `SUBGRAPH_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** Every subgraph's GraphQL URL: SUBGRAPH_URL_<NAME> when set, else rover.yaml's routing_url. */
export function subgraphUrls(env: NodeJS.ProcessEnv = process.env, config = readRoverConfig()): Map<string, string> {
  return new Map(Object.entries(config.subgraphs).map(([name, s]) => [name, env[subgraphUrlVariable(name)] || s.routing_url]));
}
