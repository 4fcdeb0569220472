import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@worldgraph/kit';
import { draftsFor } from '../src/domain/kinds.ts';

const event = (type: string, payload: Record<string, unknown>, context = 'features'): DomainEvent => ({
  id: `${context}:1`,
  context,
  type,
  aggregateId: 'x',
  payload,
  occurredAt: new Date().toISOString(),
});
const [buyer, seller, owner] = [randomUUID(), randomUUID(), randomUUID()];

describe('draftsFor', () => {
  it('tells the seller and the buyer of a sale, and only the buyer when the world sold', () => {
    const sold = { featureId: 'f1', purchaseId: 'p1', buyerId: buyer, asset: 'PSC', price: '12.5' };
    expect(draftsFor(event('FeatureSold', { ...sold, sellerId: seller })).map((d) => [d.userId, d.kind])).toEqual([
      [seller, 'parcel_sold'],
      [buyer, 'system'],
    ]);
    expect(draftsFor(event('FeatureSold', { ...sold, sellerId: null })).map((d) => d.userId)).toEqual([buyer]);
  });

  it("tells the user of an admin's KYC decision, with the rejection's reason, and nobody of a submission", () => {
    const decided = (decision: string, reason?: string) => draftsFor(event('KycDecided', { userId: owner, submissionId: 's1', decision, by: buyer, reason }, 'accounts'));
    expect(decided('verified')).toEqual([{ userId: owner, kind: 'kyc_decided', title: 'Your identity is verified', body: expect.stringContaining('approved'), data: {} }]);
    expect(decided('rejected', 'The photo is blurred')[0]).toMatchObject({ userId: owner, kind: 'kyc_decided', body: 'Reason: The photo is blurred. You may submit your details again.' });
    expect(draftsFor(event('KycSubmitted', { userId: owner, submissionId: 's1', documentCount: 1 }, 'accounts'))).toEqual([]);
  });

  it('tells the owner of hourly profits, with the amount as a decimal string', () => {
    const [d] = draftsFor(event('ProfitsCredited', { ownerId: owner, hour: '2026-01-01T10:00:00.000Z', asset: 'PSC', amount: '0.0000012000' }));
    expect(d).toMatchObject({ userId: owner, kind: 'profits_credited', data: { amount: '0.0000012', asset: 'PSC', hour: '2026-01-01T10:00:00.000Z' } });
    expect(d!.body).toBe('Your parcels earned 0.0000012 PSC.');
    const [odd] = draftsFor(event('ProfitsCredited', { ownerId: owner, hour: 'yesterday', asset: 'PSC', amount: 'lots' }));
    expect(odd!.data).toEqual({ asset: 'PSC', amount: undefined, hour: undefined });
  });

  it('tells a hunt finisher, and the winner of the reward', () => {
    const huntId = randomUUID();
    expect(draftsFor(event('HuntFinished', { huntId, participationId: 'p', userId: buyer, clueId: 'c', winner: true }, 'hunts'))).toEqual([
      expect.objectContaining({ userId: buyer, kind: 'hunt_finished', body: 'You finished the hunt first: the reward is yours.', data: { huntId } }),
    ]);
    expect(draftsFor(event('RewardPaid', { huntId, userId: buyer, asset: 'PSC', amount: '50.0000000000' }, 'hunts'))).toEqual([
      expect.objectContaining({ kind: 'reward_paid', body: '50 PSC were credited to your wallet.', data: { huntId, asset: 'PSC', amount: '50' } }),
    ]);
    expect(draftsFor(event('ClueDiscovered', { huntId, userId: buyer }, 'hunts'))).toEqual([]);
  });

  it("tells a user who reached a new level (progression's LevelChanged), not one who lost a level", () => {
    const changed = { userId: buyer, fromLevel: 1, toLevel: 2, name: 'Surveyor', points: 120, at: '2026-01-01T10:00:00.000Z' };
    expect(draftsFor(event('LevelChanged', changed, 'progression'))).toEqual([
      { userId: buyer, kind: 'level_up', title: 'Level 2: Surveyor', body: 'You reached level 2 with 120 points.', data: {} },
    ]);
    expect(draftsFor(event('LevelChanged', { ...changed, fromLevel: 3 }, 'progression'))).toEqual([]);
  });

  it('skips events nobody is told about, other contexts, and malformed recipients', () => {
    expect(draftsFor(event('BuyRequestCancelled', { requestId: 'r', featureId: 'f', buyerId: buyer, sellerId: seller }))).toEqual([]);
    expect(draftsFor(event('BuyRequestCreated', { requestId: 'r', featureId: 'f', buyerId: buyer, sellerId: seller }, 'wallet'))).toEqual([]);
    expect(draftsFor(event('BuyRequestCreated', { requestId: 'r', featureId: 'f', buyerId: buyer, sellerId: 'not-a-uuid' }))).toEqual([]);
    expect(draftsFor(event('BuyRequestAccepted', { requestId: 'r', featureId: 'f' }))).toEqual([]);
  });

  it('tells whoever answers a dynasty request of it, and its sender of the answer', () => {
    const request = { requestId: 'r1', dynastyId: 'd1', senderId: buyer, userId: buyer, answererId: owner };
    expect(draftsFor(event('JoinRequestSent', { ...request, kind: 'join' }, 'social')).map((d) => [d.userId, d.kind, d.data])).toEqual([
      [owner, 'dynasty_request_received', { dynastyId: 'd1', requestId: 'r1' }],
    ]);
    expect(draftsFor(event('JoinRequestAccepted', { ...request, kind: 'invite', senderId: owner, userId: seller, answererId: seller }, 'social')).map((d) => [d.userId, d.title])).toEqual([
      [owner, 'Your invitation was accepted'],
    ]);
    expect(draftsFor(event('JoinRequestCancelled', request, 'social'))).toEqual([]);
  });

  it("tells a ticket's author of each staff response (support's TicketResponded), not of their own", () => {
    const responded = { ticketId: 't1', responseId: 'r1', authorId: buyer, responderId: owner, fromStaff: true, subject: 'Lost parcel', excerpt: 'Found it.' };
    expect(draftsFor(event('TicketResponded', responded, 'support'))).toEqual([
      { userId: buyer, kind: 'ticket_response', title: 'Support answered: Lost parcel', body: 'Found it.', data: { ticketId: 't1' } },
    ]);
    expect(draftsFor(event('TicketResponded', { ...responded, responderId: buyer, fromStaff: false }, 'support'))).toEqual([]);
    expect(draftsFor(event('TicketStatusChanged', { ticketId: 't1', authorId: buyer, status: 'CLOSED' }, 'support'))).toEqual([]);
  });
});
