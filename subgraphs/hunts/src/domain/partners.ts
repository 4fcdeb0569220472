import { randomUUID } from 'node:crypto';
import { badInput, forbidden, isUserId, notFound } from '@worldgraph/kit';
import type { Partner, PrismaClient } from '../generated/prisma/client.ts';

/** Partners (organisations publishing hunts) and their members. */
export class Partners {
  constructor(private readonly db: PrismaClient) {}

  async create(userId: string, name: string): Promise<Partner> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 120) throw badInput('Name must be 1-120 characters', { field: 'name' });
    return this.db.partner.create({ data: { id: randomUUID(), name: trimmed, members: { create: { userId } } } });
  }

  async addMember(userId: string, partnerId: string, newMember: string): Promise<Partner> {
    const partner = await this.requireMember(userId, partnerId);
    if (!isUserId(newMember)) throw notFound('User');
    await this.db.partnerMember.createMany({ data: [{ partnerId, userId: newMember }], skipDuplicates: true });
    return partner;
  }

  async isMember(userId: string | undefined, partnerId: string): Promise<boolean> {
    if (!userId) return false;
    return (await this.db.partnerMember.count({ where: { partnerId, userId } })) > 0;
  }

  /** The partner, if `userId` is one of its members: NOT_FOUND if it does not exist, FORBIDDEN otherwise. */
  async requireMember(userId: string, partnerId: string): Promise<Partner> {
    const partner = isUserId(partnerId) ? await this.db.partner.findUnique({ where: { id: partnerId } }) : null;
    if (!partner) throw notFound('Partner');
    if (!(await this.isMember(userId, partnerId))) throw forbidden('Only members of the partner can do this');
    return partner;
  }

  ofMember(userId: string): Promise<Partner[]> {
    return this.db.partner.findMany({ where: { members: { some: { userId } } }, orderBy: { createdAt: 'asc' } });
  }
}
