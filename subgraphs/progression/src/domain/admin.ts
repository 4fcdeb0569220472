import { badInput, conflict, notFound } from '@worldgraph/kit';
import { Prisma, type ActivityRule, type Level, type PrismaClient } from '../generated/prisma/client.ts';
import type { Levels } from './levels.ts';

const NAME = /^[a-z][a-z0-9_]{1,63}$/;
const EVENT = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export interface RuleInput {
  activity: string;
  description: string;
  sourceContext?: string | null;
  eventType?: string | null;
  userField: string;
  match: string;
  points: number;
  dailyCap?: number | null;
  active: boolean;
}

/** Admins' changes to the level table and the activity rules (both kept as data). */
export class ProgressionAdmin {
  constructor(
    private readonly db: PrismaClient,
    private readonly levels: Levels,
  ) {}

  async upsertLevel(input: { number: number; name: string; threshold: number; perks: string[] }): Promise<Level> {
    const name = input.name.trim();
    if (!Number.isInteger(input.number) || input.number < 1 || input.number > 1000) throw badInput('number must be 1-1000', { field: 'number' });
    if (!name || name.length > 64) throw badInput('name must be 1-64 characters', { field: 'name' });
    if (!Number.isInteger(input.threshold) || input.threshold < 0) throw badInput('threshold must be a whole number of points, 0 or more', { field: 'threshold' });
    if ((input.number === 1) !== (input.threshold === 0)) throw badInput('Level 1, and only level 1, starts at 0 points', { field: 'threshold' });
    if (input.perks.length > 20 || input.perks.some((p) => !p.trim() || p.length > 100)) throw badInput('At most 20 perks of 1-100 characters', { field: 'perks' });
    const data = { name, threshold: input.threshold, perks: input.perks.map((p) => p.trim()) };
    try {
      const level = await this.db.level.upsert({ where: { number: input.number }, create: { number: input.number, ...data }, update: data });
      this.levels.invalidate();
      return level;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw conflict(`Another level starts at ${input.threshold} points`);
      throw error;
    }
  }

  async deleteLevel(number: number): Promise<boolean> {
    if (number === 1) throw badInput('Level 1 stays', { field: 'number' });
    if (await this.db.userLevel.findFirst({ where: { level: number }, select: { userId: true } })) throw conflict(`Users hold level ${number}`);
    const deleted = await this.db.level.deleteMany({ where: { number } });
    if (!deleted.count) throw notFound('Level');
    this.levels.invalidate();
    return true;
  }

  rules(): Promise<ActivityRule[]> {
    return this.db.activityRule.findMany({ orderBy: { activity: 'asc' } });
  }

  async upsertRule(input: RuleInput): Promise<ActivityRule> {
    if (!NAME.test(input.activity)) throw badInput('activity must be snake_case, 2-64 characters', { field: 'activity' });
    const source = input.sourceContext ?? null;
    const eventType = input.eventType ?? null;
    if ((source === null) !== (eventType === null)) throw badInput('sourceContext and eventType go together', { field: 'eventType' });
    if (source !== null && (!NAME.test(source) || !EVENT.test(eventType!))) throw badInput('sourceContext and eventType must be names', { field: 'sourceContext' });
    if (!EVENT.test(input.userField)) throw badInput('userField must be a payload field name', { field: 'userField' });
    if (!Number.isInteger(input.points) || input.points < 0 || input.points > 100_000) throw badInput('points must be 0-100000', { field: 'points' });
    if (input.dailyCap != null && (!Number.isInteger(input.dailyCap) || input.dailyCap < 1)) throw badInput('dailyCap must be 1 or more, or null', { field: 'dailyCap' });
    if (input.description.length > 200) throw badInput('description is at most 200 characters', { field: 'description' });
    let match: unknown;
    try {
      match = JSON.parse(input.match);
    } catch {
      match = undefined;
    }
    if (!match || typeof match !== 'object' || Array.isArray(match)) throw badInput('match must be a JSON object', { field: 'match' });
    const data = {
      description: input.description,
      sourceContext: source,
      eventType,
      userField: input.userField,
      match: match as Prisma.InputJsonValue,
      points: input.points,
      dailyCap: input.dailyCap ?? null,
      active: input.active,
    };
    return this.db.activityRule.upsert({ where: { activity: input.activity }, create: { activity: input.activity, ...data }, update: data });
  }
}
