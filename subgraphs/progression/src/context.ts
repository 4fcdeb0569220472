import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents, PrivacySettings } from '@worldgraph/kit';
import type { PrismaClient, UserLevel } from './generated/prisma/client.ts';
import type { ProgressionAdmin } from './domain/admin.ts';
import type { Challenges } from './domain/challenges.ts';
import type { Leaderboards } from './domain/leaderboard.ts';
import type { Levels } from './domain/levels.ts';
import type { Scoring } from './domain/scoring.ts';

/** progression's resolver context: the kit's, plus its services and this request's loaders. */
export interface ProgressionContext extends BaseContext {
  db: PrismaClient;
  live: LiveEvents;
  levels: Levels;
  scoring: Scoring;
  leaderboards: Leaderboards;
  challenges: Challenges;
  admin: ProgressionAdmin;
  /** The wallet's asset codes (checked when a prize pool is set). */
  knownAssets(): Promise<string[]>;
  /** Users' points and levels (no row: level 1, no points). */
  userLevelById: DataLoader<string, UserLevel | null>;
  /** Users' privacy choices, from accounts, batched across one request. */
  privacy: DataLoader<string, PrivacySettings>;
}
