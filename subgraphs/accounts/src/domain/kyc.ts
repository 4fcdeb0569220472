import { AppError, assertOwnMedia, connection, decodeCursor, isUserId, notFound, pageSize, unauthenticated, type Runtime } from '@worldgraph/kit';
import { z } from 'zod';
import { Prisma, type KycStatus, type KycSubmission, type PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './presence.ts';
import { parseInput } from './validation.ts';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** What a user submits; `minAge` from the configuration. */
export const kycInputSchema = (minAge: number) =>
  z.object({
    legalName: z
      .string()
      .trim()
      .min(2, 'The legal name must be 2-200 characters')
      .max(200, 'The legal name must be 2-200 characters')
      .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'The legal name cannot hold control characters'),
    birthDate: z.iso
      .date('The birth date must be YYYY-MM-DD')
      .refine((d) => d >= '1900-01-01', 'The birth date must be after 1900')
      .refine((d) => {
        const adult = new Date();
        adult.setUTCFullYear(adult.getUTCFullYear() - minAge);
        return d <= adult.toISOString().slice(0, 10);
      }, `You must be at least ${minAge} years old`),
    documentNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 .-]{2,62}[A-Za-z0-9]$/, 'The document number must be 4-64 letters, digits, spaces, dots or dashes'),
    documentCountry: z
      .string()
      .trim()
      .toUpperCase()
      // Intl knows the assigned ISO 3166-1 codes: an unknown one comes back unnamed.
      .refine((c) => /^[A-Z]{2}$/.test(c) && regions.of(c) !== c, 'The country must be an ISO 3166-1 alpha-2 code such as DE'),
    documentIds: z
      .array(z.string())
      .min(1, 'Add 1-5 documents')
      .max(5, 'Add 1-5 documents')
      .refine((ids) => new Set(ids).size === ids.length, 'A document is listed twice'),
  });
export type KycInput = z.input<ReturnType<typeof kycInputSchema>>;

/** The review queue's order: pending first (rank 0), then by submission time and id. */
const queueKey = (s: KycSubmission) => `${s.queueRank}.${s.submittedAt.getTime()}.${s.id}`;

const refused = (message: string, reason: string) => new AppError('CONFLICT', message, { reason });

/**
 * Know-your-customer: a user submits identity details and documents (their own media files of
 * purpose KYC, checked with media), an admin approves (the user gets verified_user) or rejects
 * with a reason (the user may submit again). Each step leaves a domain event without the personal
 * details (KycSubmitted, KycDecided); notifications tells the user the decision.
 */
export class Kyc {
  private readonly schema;

  constructor(
    private readonly db: PrismaClient,
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
    options: { minAge: number },
  ) {
    this.schema = kycInputSchema(options.minAge);
  }

  async submit(userId: string, input: KycInput, requestId?: string): Promise<KycSubmission> {
    const data = parseInput(this.schema, input);
    const user = await this.db.user.findUnique({ where: { id: userId }, select: { kycStatus: true, erasedAt: true } });
    if (!user || user.erasedAt) throw unauthenticated('This account no longer exists');
    this.assertMaySubmit(user.kycStatus);
    await assertOwnMedia(this.runtime, userId, data.documentIds, { field: 'documentIds', label: 'Document', purpose: 'KYC' }, requestId);
    try {
      return await this.db.$transaction(async (tx) => {
        // Conditional on the state read above: a concurrent submission or decision wins, this one is refused.
        const { count } = await tx.user.updateMany({ where: { id: userId, kycStatus: { in: ['none', 'rejected'] } }, data: { kycStatus: 'pending' } });
        if (!count) this.assertMaySubmit((await tx.user.findUniqueOrThrow({ where: { id: userId } })).kycStatus);
        const submission = await tx.kycSubmission.create({ data: { ...data, userId, birthDate: new Date(`${data.birthDate}T00:00:00Z`) } });
        await emit(tx, userId, { type: 'KycSubmitted', userId, submissionId: submission.id, documentCount: data.documentIds.length });
        return submission;
      });
    } catch (error) {
      // The one-pending-per-user index: two submissions raced.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw refused('A submission is already waiting for review', 'KYC_PENDING');
      throw error;
    }
  }

  private assertMaySubmit(status: KycStatus): void {
    if (status === 'pending') throw refused('A submission is already waiting for review', 'KYC_PENDING');
    if (status === 'verified') throw refused('Your identity is already verified', 'KYC_ALREADY_VERIFIED');
  }

  /**
   * Decides a pending submission. Approval sets kycStatus verified and adds the verified_user role
   * (in the user's tokens from their next refresh; contexts that require it ask accounts, so it
   * counts at once); rejection sets kycStatus rejected with the reason. A decided one is CONFLICT.
   */
  async decide(adminId: string, id: string, decision: 'verified' | 'rejected', reason?: string): Promise<KycSubmission> {
    if (!isUserId(id)) throw notFound('KYC submission');
    const why = decision === 'rejected' ? parseInput(z.string().trim().min(1, 'Give a reason (1-1000 characters)').max(1000, 'Give a reason (1-1000 characters)'), reason ?? '', 'reason') : null;
    return this.db.$transaction(async (tx) => {
      const decidedAt = new Date();
      const { count } = await tx.kycSubmission.updateMany({
        where: { id, status: 'pending' },
        data: { status: decision, queueRank: 1, decidedAt, decidedBy: adminId, rejectionReason: why },
      });
      const submission = await tx.kycSubmission.findUnique({ where: { id } });
      if (!submission) throw notFound('KYC submission');
      if (!count) throw refused(`This submission was already decided (${submission.status})`, 'ALREADY_DECIDED');
      const user = await tx.user.findUniqueOrThrow({ where: { id: submission.userId }, select: { roles: true } });
      const roles = decision === 'verified' ? [...new Set([...user.roles, 'verified_user' as const])] : user.roles;
      await tx.user.update({ where: { id: submission.userId }, data: { kycStatus: decision, roles } });
      await emit(tx, submission.userId, { type: 'KycDecided', userId: submission.userId, submissionId: id, decision, by: adminId, ...(why ? { reason: why } : {}) });
      return submission;
    });
  }

  /** The user's latest submission, or null. */
  latest(userId: string): Promise<KycSubmission | null> {
    return this.db.kycSubmission.findFirst({ where: { userId }, orderBy: { submittedAt: 'desc' } });
  }

  get(id: string): Promise<KycSubmission | null> {
    return isUserId(id) ? this.db.kycSubmission.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  /** The review queue: pending first (oldest first), then decided ones; of one status when given. */
  async list(status: KycStatus | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first, { fallback: 20, max: 100 });
    const cursor = after ? decodeCursor(after, /^[01]\.\d{1,15}\.[0-9a-f-]{36}$/) : null;
    const [rank, ms, id] = cursor ? cursor.split('.') : [];
    const at = new Date(Number(ms));
    const rows = await this.db.kycSubmission.findMany({
      where: {
        ...(status && { status }),
        ...(cursor && {
          OR: [{ queueRank: { gt: Number(rank) } }, { queueRank: Number(rank), submittedAt: { gt: at } }, { queueRank: Number(rank), submittedAt: at, id: { gt: id! } }],
        }),
      },
      orderBy: [{ queueRank: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }],
      take: size + 1,
    });
    return connection(rows, size, queueKey);
  }
}

/** A submission's birth date as YYYY-MM-DD. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
