import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { Hunt, Partner, PrismaClient } from './generated/prisma/client.ts';
import type { ClueGraphStore } from './domain/clue-graph.ts';
import type { Hunts } from './domain/hunts.ts';
import type { Partners } from './domain/partners.ts';
import type { Play } from './domain/play.ts';
import type { Publishing } from './domain/publishing.ts';

/** hunts' resolver context: the kit's, plus its services and this request's loaders. */
export interface HuntsContext extends BaseContext {
  db: PrismaClient;
  clueGraph: ClueGraphStore;
  partners: Partners;
  hunts: Hunts;
  publishing: Publishing;
  play: Play;
  live: LiveEvents;
  huntById: DataLoader<string, Hunt | null>;
  partnerById: DataLoader<string, Partner | null>;
  /** Member user ids of a partner, oldest first. */
  membersOf: DataLoader<string, string[]>;
  /** Players in a hunt. */
  participantCount: DataLoader<string, number>;
  /** Whether the viewer is a member of a partner, once per request and partner. */
  isMember(partnerId: string): Promise<boolean>;
}
