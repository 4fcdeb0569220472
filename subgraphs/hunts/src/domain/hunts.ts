import { randomUUID } from 'node:crypto';
import { assertPositive, badInput, conflict, Decimal, isUserId, notFound } from '@worldgraph/kit';
import type { Hunt, PrismaClient } from '../generated/prisma/client.ts';
import type { ClueGraphStore, ClueNode } from './clue-graph.ts';
import { isValidLatLng, type LatLng } from './geo.ts';
import type { Partners } from './partners.ts';

export interface CreateHuntInput {
  partnerId: string;
  title: string;
  description: string;
  playArea: { center: LatLng; radiusMeters: number };
  startsAt: Date;
  endsAt: Date;
  reward: { asset: string; amount: Decimal };
}

export interface ClueInput {
  name: string;
  riddle: string;
  hint?: string | null;
  location: LatLng;
  radiusMeters: number;
  start: boolean;
  treasure: boolean;
}

/** Most clues one hunt may have: keeps graph queries and validation small. */
const MAX_CLUES = 200;

/** Draft and funding hunts are only seen by their partner's members. */
export const isPublic = (hunt: Hunt) => hunt.status === 'published' || hunt.status === 'closed';

/** Building hunts (drafts and their clue graphs), and finding them. Publishing: publishing.ts. */
export class Hunts {
  constructor(
    private readonly db: PrismaClient,
    private readonly clues: ClueGraphStore,
    private readonly partners: Partners,
  ) {}

  find(id: string): Promise<Hunt | null> {
    return isUserId(id) ? this.db.hunt.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  async require(id: string): Promise<Hunt> {
    const hunt = await this.find(id);
    if (!hunt) throw notFound('Hunt');
    return hunt;
  }

  /** The hunt, if `userId` manages it. */
  async requireManaged(userId: string, huntId: string): Promise<Hunt> {
    const hunt = await this.require(huntId);
    await this.partners.requireMember(userId, hunt.partnerId);
    return hunt;
  }

  private async requireDraft(userId: string, huntId: string): Promise<Hunt> {
    const hunt = await this.requireManaged(userId, huntId);
    if (hunt.status !== 'draft') throw conflict('Only a draft hunt can be changed');
    return hunt;
  }

  async create(userId: string, input: CreateHuntInput): Promise<Hunt> {
    await this.partners.requireMember(userId, input.partnerId);
    const title = input.title.trim();
    if (!title || title.length > 200) throw badInput('Title must be 1-200 characters', { field: 'title' });
    if (input.description.length > 5000) throw badInput('Description must be at most 5000 characters', { field: 'description' });
    const { center, radiusMeters } = input.playArea;
    if (!isValidLatLng(center)) throw badInput('The play area centre needs a latitude in [-90, 90] and a longitude in [-180, 180]', { field: 'playArea.center' });
    if (!(radiusMeters >= 1 && radiusMeters <= 20_000_000)) throw badInput('The play area radius must be 1 m to 20,000 km', { field: 'playArea.radiusMeters' });
    if (!(input.endsAt > input.startsAt)) throw badInput('A hunt must end after it starts', { field: 'endsAt' });
    if (!/^[A-Z][A-Z0-9]{1,15}$/.test(input.reward.asset)) throw badInput('Unknown asset', { field: 'reward.asset' });
    assertPositive(input.reward.amount, 'reward.amount');
    return this.db.hunt.create({
      data: {
        id: randomUUID(),
        partnerId: input.partnerId,
        title,
        description: input.description,
        centerLat: center.lat,
        centerLng: center.lng,
        radiusM: radiusMeters,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        rewardAsset: input.reward.asset,
        rewardAmount: input.reward.amount,
      },
    });
  }

  async addClue(userId: string, huntId: string, input: ClueInput): Promise<ClueNode> {
    await this.requireDraft(userId, huntId);
    const name = input.name.trim();
    if (!name || name.length > 80) throw badInput('Clue name must be 1-80 characters', { field: 'name' });
    if (!input.riddle.trim() || input.riddle.length > 2000) throw badInput('Riddle must be 1-2000 characters', { field: 'riddle' });
    if (input.hint && input.hint.length > 2000) throw badInput('Hint must be at most 2000 characters', { field: 'hint' });
    if (!isValidLatLng(input.location)) {
      throw badInput(`Clue "${name}" needs a latitude in [-90, 90] and a longitude in [-180, 180]`, { field: 'location', clueName: name });
    }
    if (!(input.radiusMeters >= 1 && input.radiusMeters <= 10_000)) throw badInput('Discovery radius must be 1 m to 10 km', { field: 'radiusMeters' });
    const existing = await this.clues.clues(huntId);
    if (existing.length >= MAX_CLUES) throw badInput(`A hunt has at most ${MAX_CLUES} clues`);
    if (existing.some((c) => c.name === name)) throw conflict(`The hunt already has a clue named "${name}"`);
    const clue: ClueNode = {
      id: randomUUID(),
      huntId,
      name,
      riddle: input.riddle,
      hint: input.hint ?? null,
      lat: input.location.lat,
      lng: input.location.lng,
      radiusM: input.radiusMeters,
      start: input.start,
      treasure: input.treasure,
    };
    await this.clues.addClue(clue);
    return clue;
  }

  async removeClue(userId: string, huntId: string, clueId: string): Promise<Hunt> {
    const hunt = await this.requireDraft(userId, huntId);
    if (!isUserId(clueId) || !(await this.clues.removeClue(huntId, clueId))) throw notFound('Clue');
    return hunt;
  }

  async connect(userId: string, huntId: string, from: string, to: string): Promise<Hunt> {
    const hunt = await this.requireDraft(userId, huntId);
    if (from === to) throw badInput('A path joins two different clues', { field: 'to' });
    const ids = [from, to].filter(isUserId);
    const found = await this.clues.clues(huntId, ids);
    if (found.length !== 2) throw notFound('Clue');
    await this.clues.connect(huntId, from, to);
    return hunt;
  }

  /** Members only: the fewest-steps path between two clues of the hunt, or null. */
  async shortestPath(userId: string, hunt: Hunt, from: string, to: string): Promise<ClueNode[] | null> {
    await this.partners.requireMember(userId, hunt.partnerId);
    const found = await this.clues.clues(hunt.id, [from, to].filter(isUserId));
    if (found.length !== new Set([from, to]).size) throw notFound('Clue');
    return this.clues.shortestPath(hunt.id, from, to);
  }

  /** Published hunts whose play area comes within `radiusM` of `position`, nearest first. */
  async near(position: LatLng, radiusM: number, first: number): Promise<Hunt[]> {
    if (!isValidLatLng(position)) throw badInput('A position needs a latitude in [-90, 90] and a longitude in [-180, 180]', { field: 'position' });
    if (!(radiusM >= 0 && radiusM <= 20_000_000)) throw badInput('Radius must be 0 to 20,000 km', { field: 'radiusMeters' });
    const limit = Math.min(Math.max(first, 1), 100);
    // Haversine on the same sphere as geo.ts; least(1, …) guards asin against rounding.
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM (
        SELECT id, radius_m, 2 * 6371008.8 * asin(least(1, sqrt(
          power(sin(radians(center_lat - ${position.lat}) / 2), 2) +
          cos(radians(${position.lat})) * cos(radians(center_lat)) * power(sin(radians(center_lng - ${position.lng}) / 2), 2)))) AS d
        FROM hunts WHERE status = 'published'
      ) h
      WHERE d - radius_m <= ${radiusM}
      ORDER BY greatest(d - radius_m, 0), id
      LIMIT ${limit}`;
    const hunts = new Map((await this.db.hunt.findMany({ where: { id: { in: rows.map((r) => r.id) } } })).map((h) => [h.id, h]));
    return rows.map((r) => hunts.get(r.id)!);
  }

  ofPartner(partnerId: string, includeDrafts: boolean): Promise<Hunt[]> {
    return this.db.hunt.findMany({
      where: { partnerId, ...(includeDrafts ? {} : { status: { in: ['published', 'closed'] } }) },
      orderBy: { createdAt: 'asc' },
    });
  }
}

