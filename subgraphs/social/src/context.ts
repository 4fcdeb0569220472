import type DataLoader from 'dataloader';
import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { ChildPermission, Dynasty, Family, FamilyMember, FamilyRelation, PrismaClient } from './generated/prisma/client.ts';
import type { Dynasties } from './domain/dynasties.ts';
import type { Members } from './domain/members.ts';

/** social's resolver context: the kit's, plus its services and this request's loaders. */
export interface SocialContext extends BaseContext {
  db: PrismaClient;
  dynasties: Dynasties;
  members: Members;
  live: LiveEvents;
  dynastyById: DataLoader<string, Dynasty | null>;
  /** The active dynasty seated on a parcel. */
  dynastyBySeat: DataLoader<string, Dynasty | null>;
  /** A user's membership, if any. */
  memberByUser: DataLoader<string, FamilyMember | null>;
  /** Members of a dynasty, head first, then by joining time. */
  membersOf: DataLoader<string, FamilyMember[]>;
  familiesOf: DataLoader<string, Family[]>;
  familyById: DataLoader<string, Family | null>;
  /** Every relation row of a dynasty. */
  relationsOf: DataLoader<string, FamilyRelation[]>;
  childPermissionsOf: DataLoader<string, ChildPermission[]>;
}
