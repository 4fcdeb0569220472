import neo4j, { type Driver } from 'neo4j-driver';
import { byId, smallestPath, type ClueGraph, type ClueGraphStore, type ClueNode } from './clue-graph.ts';

const CLUE = 'c {.id, .huntId, .name, .riddle, .hint, .radiusM, .start, .treasure, lat: c.location.latitude, lng: c.location.longitude}';

/** Connection of the Neo4j clue store. */
export interface Neo4jOptions {
  url: string;
  user?: string;
  password?: string;
}

/**
 * The clue graph in Neo4j: (:Clue {id, huntId, location: point(WGS-84), …})-[:LEADS_TO]->(:Clue).
 * Paths are Cypher path queries (allShortestPaths); the tie between equally short paths is
 * broken as the Postgres store does (smallest ids).
 */
export class Neo4jClueStore implements ClueGraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private schema?: Promise<void>;

  constructor(options: Neo4jOptions) {
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    this.driver = neo4j.driver(options.url, auth, { disableLosslessIntegers: true, connectionTimeout: 10_000, maxConnectionPoolSize: 20 });
  }

  /** Creates the constraint and index once; also proves the server answers (readiness). */
  ensureSchema(): Promise<void> {
    this.schema ??= (async () => {
      await this.driver.executeQuery('CREATE CONSTRAINT clue_id IF NOT EXISTS FOR (c:Clue) REQUIRE c.id IS UNIQUE');
      await this.driver.executeQuery('CREATE INDEX clue_hunt IF NOT EXISTS FOR (c:Clue) ON (c.huntId)');
    })().catch((error) => {
      this.schema = undefined;
      throw error;
    });
    return this.schema;
  }

  private async run<T>(query: string, params: Record<string, unknown>, map: (get: (key: string) => any) => T, write = false): Promise<T[]> {
    await this.ensureSchema();
    const { records } = await this.driver.executeQuery(query, params, { routing: write ? neo4j.routing.WRITE : neo4j.routing.READ });
    return records.map((r) => map((key) => r.get(key)));
  }

  async addClue(c: ClueNode): Promise<void> {
    await this.run(
      `CREATE (:Clue {id: $id, huntId: $huntId, name: $name, riddle: $riddle, hint: $hint, radiusM: $radiusM, start: $start, treasure: $treasure,
                      location: point({latitude: $lat, longitude: $lng})})`,
      { ...c, radiusM: c.radiusM, lat: c.lat, lng: c.lng },
      () => null,
      true,
    );
  }

  async removeClue(huntId: string, clueId: string): Promise<boolean> {
    const [n] = await this.run('MATCH (c:Clue {huntId: $huntId, id: $clueId}) DETACH DELETE c RETURN count(*) AS n', { huntId, clueId }, (get) => get('n') as number, true);
    return (n ?? 0) > 0;
  }

  async connect(huntId: string, from: string, to: string): Promise<void> {
    await this.run(
      'MATCH (a:Clue {huntId: $huntId, id: $from}), (b:Clue {huntId: $huntId, id: $to}) MERGE (a)-[:LEADS_TO]->(b)',
      { huntId, from, to },
      () => null,
      true,
    );
  }

  async clues(huntId: string, ids?: string[]): Promise<ClueNode[]> {
    const rows = await this.run(
      `MATCH (c:Clue {huntId: $huntId}) WHERE $ids IS NULL OR c.id IN $ids RETURN ${CLUE} AS c ORDER BY c.id`,
      { huntId, ids: ids ?? null },
      (get) => get('c') as ClueNode,
    );
    return rows.sort(byId);
  }

  async graph(huntId: string): Promise<ClueGraph> {
    const [clues, paths] = await Promise.all([
      this.clues(huntId),
      this.run('MATCH (a:Clue {huntId: $huntId})-[:LEADS_TO]->(b:Clue) RETURN a.id AS from, b.id AS to ORDER BY from, to', { huntId }, (get) => ({
        from: get('from') as string,
        to: get('to') as string,
      })),
    ]);
    return { clues, paths };
  }

  async next(huntId: string, found: string[]): Promise<ClueNode[]> {
    const query = found.length
      ? `MATCH (f:Clue {huntId: $huntId})-[:LEADS_TO]->(c:Clue) WHERE f.id IN $found AND NOT c.id IN $found
         WITH DISTINCT c RETURN ${CLUE} AS c ORDER BY c.id`
      : `MATCH (c:Clue {huntId: $huntId, start: true}) RETURN ${CLUE} AS c ORDER BY c.id`;
    return (await this.run(query, { huntId, found }, (get) => get('c') as ClueNode)).sort(byId);
  }

  async shortestPath(huntId: string, from: string, to: string): Promise<ClueNode[] | null> {
    if (from === to) return this.clues(huntId, [from]).then((c) => (c.length ? c : null));
    const paths = await this.run(
      `MATCH (a:Clue {huntId: $huntId, id: $from}), (b:Clue {huntId: $huntId, id: $to})
       MATCH p = allShortestPaths((a)-[:LEADS_TO*]->(b))
       RETURN [n IN nodes(p) | n.id] AS ids`,
      { huntId, from, to },
      (get) => get('ids') as string[],
    );
    const ids = smallestPath(paths);
    if (!ids) return null;
    const clues = new Map((await this.clues(huntId, ids)).map((c) => [c.id, c]));
    return ids.map((id) => clues.get(id)!);
  }

  async dropHunt(huntId: string): Promise<void> {
    await this.run('MATCH (c:Clue {huntId: $huntId}) DETACH DELETE c', { huntId }, () => null, true);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
