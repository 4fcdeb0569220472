import { randomUUID } from 'node:crypto';
import { weekStart } from '../../src/domain/leaderboard.ts';
import { levelFor, standingOf } from '../../src/domain/levels.ts';
import { occurrencesOf, utcDay } from '../../src/domain/scoring.ts';

const level = (number: number, threshold: number) => ({ number, name: `L${number}`, threshold, perks: [], updatedAt: new Date() });
const LEVELS = [level(1, 0), level(2, 100), level(3, 300)];
const rule = (over: Record<string, unknown> = {}) =>
  ({ activity: 'a', description: '', sourceContext: 'features', eventType: 'FeatureSold', userField: 'buyerId', match: {}, points: 5, dailyCap: null, active: true, updatedAt: new Date(), ...over }) as never;

describe('levels', () => {
  it('reaches the highest threshold at or below the points', () => {
    expect(levelFor(LEVELS, 0)?.number).toBe(1);
    expect(levelFor(LEVELS, 99)?.number).toBe(1);
    expect(levelFor(LEVELS, 100)?.number).toBe(2);
    expect(levelFor(LEVELS, 10_000)?.number).toBe(3);
  });

  it('shows the points to the next level, none at the top', () => {
    expect(standingOf(LEVELS, 1, 40)).toMatchObject({ number: 1, name: 'L1', pointsToNext: 60, next: { number: 2 } });
    expect(standingOf(LEVELS, 3, 400)).toMatchObject({ number: 3, pointsToNext: null, next: null });
  });
});

describe('activity rules', () => {
  it('scores the user the rule names, when the payload matches, and skips malformed users', () => {
    const buyer = randomUUID();
    expect(occurrencesOf([rule()], { payload: { buyerId: buyer } })).toEqual([[expect.anything(), buyer]]);
    expect(occurrencesOf([rule({ match: { status: 'online' } })], { payload: { buyerId: buyer, status: 'offline' } })).toEqual([]);
    expect(occurrencesOf([rule({ active: false })], { payload: { buyerId: buyer } })).toEqual([]);
    expect(occurrencesOf([rule()], { payload: { buyerId: 'nobody' } })).toEqual([]);
  });

  it('counts days and weeks in UTC, weeks from Monday', () => {
    expect(utcDay(new Date('2026-11-26T23:59:59.999Z')).toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(weekStart(new Date('2026-11-26T10:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z'); // a Thursday
    expect(weekStart(new Date('2026-11-29T23:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z'); // Sunday
    expect(weekStart(new Date('2026-11-23T00:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z'); // Monday
  });
});
