import type { PrismaClient } from '../generated/prisma/client.ts';
import { byId, walkShortest, type ClueGraph, type ClueGraphStore, type ClueNode } from './clue-graph.ts';

type ClueRow = { id: string; huntId: string; name: string; riddle: string; hint: string | null; lat: number; lng: number; radiusM: number; isStart: boolean; isTreasure: boolean };

const toNode = ({ isStart, isTreasure, ...row }: ClueRow): ClueNode => ({ ...row, start: isStart, treasure: isTreasure });

/** The clue graph in the hunts database (clues, clue_paths): the embedded default. */
export class PostgresClueStore implements ClueGraphStore {
  readonly kind = 'postgres' as const;

  constructor(private readonly db: PrismaClient) {}

  async addClue(c: ClueNode): Promise<void> {
    await this.db.clue.create({
      data: { id: c.id, huntId: c.huntId, name: c.name, riddle: c.riddle, hint: c.hint, lat: c.lat, lng: c.lng, radiusM: c.radiusM, isStart: c.start, isTreasure: c.treasure },
    });
  }

  async removeClue(huntId: string, clueId: string): Promise<boolean> {
    const [, , removed] = await this.db.$transaction([
      this.db.cluePath.deleteMany({ where: { huntId, fromId: clueId } }),
      this.db.cluePath.deleteMany({ where: { huntId, toId: clueId } }),
      this.db.clue.deleteMany({ where: { huntId, id: clueId } }),
    ]);
    return removed.count > 0;
  }

  async connect(huntId: string, from: string, to: string): Promise<void> {
    await this.db.cluePath.createMany({ data: [{ huntId, fromId: from, toId: to }], skipDuplicates: true });
  }

  async clues(huntId: string, ids?: string[]): Promise<ClueNode[]> {
    const rows = await this.db.clue.findMany({ where: { huntId, ...(ids ? { id: { in: ids } } : {}) } });
    return rows.map(toNode).sort(byId);
  }

  async graph(huntId: string): Promise<ClueGraph> {
    const [clues, paths] = await Promise.all([this.clues(huntId), this.db.cluePath.findMany({ where: { huntId } })]);
    return { clues, paths: paths.map((p) => ({ from: p.fromId, to: p.toId })).sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1)) };
  }

  async next(huntId: string, found: string[]): Promise<ClueNode[]> {
    if (!found.length) return (await this.db.clue.findMany({ where: { huntId, isStart: true } })).map(toNode).sort(byId);
    const rows = await this.db.$queryRaw<ClueRow[]>`
      SELECT DISTINCT c.id::text, c.hunt_id::text AS "huntId", c.name, c.riddle, c.hint, c.lat, c.lng, c.radius_m AS "radiusM",
             c.is_start AS "isStart", c.is_treasure AS "isTreasure"
      FROM clue_paths p JOIN clues c ON c.id = p.to_id
      WHERE p.hunt_id = ${huntId}::uuid AND p.from_id = ANY(${found}::uuid[]) AND NOT (c.id = ANY(${found}::uuid[]))`;
    return rows.map(toNode).sort(byId);
  }

  async shortestPath(huntId: string, from: string, to: string): Promise<ClueNode[] | null> {
    // Hops to `to` from every clue that reaches it (a breadth-first walk backwards, bounded by
    // the clue count so cycles end); then the smallest-ids walk forward along shortest steps.
    const distances = await this.db.$queryRaw<{ id: string; depth: number }[]>`
      WITH RECURSIVE back(id, depth) AS (
        SELECT ${to}::uuid, 0
        UNION
        SELECT p.from_id, b.depth + 1 FROM clue_paths p JOIN back b ON p.to_id = b.id
        WHERE p.hunt_id = ${huntId}::uuid AND b.depth < (SELECT count(*) FROM clues WHERE hunt_id = ${huntId}::uuid)
      )
      SELECT id::text, min(depth)::int AS depth FROM back GROUP BY id`;
    const toTarget = new Map(distances.map((d) => [d.id, d.depth]));
    if (!toTarget.has(from)) return null;
    const paths = await this.db.cluePath.findMany({ where: { huntId, fromId: { in: [...toTarget.keys()] } } });
    const successors = new Map<string, string[]>();
    for (const p of paths) successors.set(p.fromId, [...(successors.get(p.fromId) ?? []), p.toId]);
    const ids = walkShortest(from, to, successors, toTarget);
    if (!ids) return null;
    const clues = new Map((await this.clues(huntId, ids)).map((c) => [c.id, c]));
    return ids.map((id) => clues.get(id)!);
  }

  async dropHunt(huntId: string): Promise<void> {
    await this.db.$transaction([this.db.cluePath.deleteMany({ where: { huntId } }), this.db.clue.deleteMany({ where: { huntId } })]);
  }

  async close(): Promise<void> {}
}
