import { notFound } from '@worldgraph/kit';
import type { ItemDefinition, PrismaClient } from '../generated/prisma/client.ts';

/** The item catalog in memory: it is data (seeded at start), read on every inventory answer. */
export class Catalog {
  private constructor(private readonly byId: Map<string, ItemDefinition>) {}

  static async load(db: PrismaClient): Promise<Catalog> {
    const rows = await db.itemDefinition.findMany({ orderBy: { id: 'asc' } });
    return new Catalog(new Map(rows.map((r) => [r.id, r])));
  }

  find(id: string): ItemDefinition | undefined {
    return this.byId.get(id);
  }

  /** The definition, or NOT_FOUND naming it. */
  get(id: string): ItemDefinition {
    const def = this.byId.get(id);
    if (!def) throw notFound(`Item definition ${id.slice(0, 48)}`);
    return def;
  }

  all(): ItemDefinition[] {
    return [...this.byId.values()];
  }
}
