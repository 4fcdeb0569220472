import { Decimal, isUserId, type DomainEvent } from '@worldgraph/kit';
import type { NotificationKind } from '../generated/prisma/enums.ts';

/** What a notification refers to (the `data` JSON column); amounts are decimal strings. */
export interface NotificationData {
  featureId?: string;
  requestId?: string;
  purchaseId?: string;
  asset?: string;
  amount?: string;
  hour?: string;
  huntId?: string;
  dynastyId?: string;
  channelId?: string;
  messageId?: string;
  ticketId?: string;
  eventId?: string;
  startsAt?: string;
}

/** A notification to be stored for one user. */
export interface Draft {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  data: NotificationData;
}

type Payload = Record<string, unknown>;
const str = (p: Payload, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
/** An amount without SQL's trailing zeros ("0.0000012000" → "0.0000012"); undefined when it is no number. */
function amount(p: Payload, key: string): string | undefined {
  try {
    return p[key] === undefined ? undefined : new Decimal(str(p, key)!).toFixed();
  } catch {
    return undefined;
  }
}
/** An ISO instant, or undefined: a bad one would fail every later read of the row (DateTime). */
const instant = (p: Payload, key: string) => {
  const v = str(p, key);
  return v && !Number.isNaN(Date.parse(v)) ? v : undefined;
};

/**
 * The notifications one domain event gives its users: none for events nobody is told about.
 * Pure, so the wording and the recipients are tested without a stack.
 */
export function draftsFor(event: DomainEvent): Draft[] {
  const p = event.payload;
  const drafts =
    event.context === 'features' ? featureDrafts(event.type, p) : event.context === 'hunts' ? huntDrafts(event.type, p) : event.context === 'progression' ? progressionDrafts(event.type, p) : event.context === 'social' ? socialDrafts(event.type, p) : event.context === 'chat' ? chatDrafts(event.type, p) : event.context === 'support' ? supportDrafts(event.type, p) : event.context === 'content' ? contentDrafts(event.type, p) : event.context === 'accounts' ? accountDrafts(event.type, p) : [];
  // A malformed event must not block the stream (a throw would redeliver it forever): it is skipped.
  return drafts.filter((d): d is Draft => !!d && typeof d.userId === 'string' && isUserId(d.userId));
}

/** An admin decided the user's KYC submission (accounts' KycDecided): verified, or rejected and why. */
function accountDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  if (type !== 'KycDecided') return [];
  const userId = str(p, 'userId')!;
  if (p.decision === 'verified') return [{ userId, kind: 'kyc_decided', title: 'Your identity is verified', body: 'Your KYC documents were approved: operations that need a verified identity are open to you.', data: {} }];
  const reason = (str(p, 'reason') ?? '').slice(0, 1000);
  return [{ userId, kind: 'kyc_decided', title: 'Your identity verification was rejected', body: `Reason: ${reason.replace(/[.!?]*$/, '.')} You may submit your details again.`, data: {} }];
}

/** An event the user is going to or interested in starts soon (content's EventReminderDue, once per occurrence). */
function contentDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  if (type !== 'EventReminderDue') return [];
  const title = (str(p, 'title') ?? '').slice(0, 120);
  const startsAt = instant(p, 'occurrenceStartsAt');
  const where = str(p, 'locationName');
  return [{ userId: str(p, 'userId')!, kind: 'event_reminder', title: `Starting soon: ${title}`, body: where ? `At ${where.slice(0, 120)}` : 'Your event starts soon.', data: { eventId: str(p, 'eventId'), startsAt } }];
}

/** Staff responded to a user's support ticket: its author is told (support's TicketResponded). */
function supportDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  if (type !== 'TicketResponded' || p.fromStaff !== true) return [];
  const subject = (str(p, 'subject') ?? '').slice(0, 80);
  return [{ userId: str(p, 'authorId')!, kind: 'ticket_response', title: `Support answered: ${subject}`, body: (str(p, 'excerpt') ?? '').slice(0, 200), data: { ticketId: str(p, 'ticketId') } }];
}

/** A chat message mentioned users who can read its channel (chat names them in `notify`). */
function chatDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  if (type !== 'MessageSent' || !Array.isArray(p.notify)) return [];
  const message = (p.message ?? {}) as Payload;
  const body = (str(message, 'body') ?? '').slice(0, 200);
  const data = { channelId: str(p, 'channelId'), messageId: str(message, 'id') };
  return p.notify.map((userId) => typeof userId === 'string' && { userId, kind: 'chat_mention' as const, title: 'You were mentioned in a chat', body, data });
}

/** A join request or invitation reached whoever answers it; the answer reached its sender. */
function socialDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  const data = { dynastyId: str(p, 'dynastyId'), requestId: str(p, 'requestId') };
  const invite = p.kind === 'invite';
  switch (type) {
    case 'JoinRequestSent':
      return [{ userId: str(p, 'answererId')!, kind: 'dynasty_request_received', title: invite ? 'You are invited to a dynasty' : 'Someone asks to join your dynasty', body: invite ? 'A dynasty head invited you to join their dynasty.' : 'A player asked to join your dynasty.', data }];
    case 'JoinRequestAccepted':
    case 'JoinRequestRejected': {
      const verb = type === 'JoinRequestAccepted' ? 'accepted' : 'rejected';
      return [{ userId: str(p, 'senderId')!, kind: 'dynasty_request_answered', title: `Your ${invite ? 'invitation' : 'request'} was ${verb}`, body: invite ? `The player you invited ${verb} your invitation.` : `The dynasty head ${verb} your request to join.`, data }];
    }
    default:
      return [];
  }
}

/** A user reached a new level (progression's LevelChanged); a level lost to a threshold change is not announced. */
function progressionDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  if (type !== 'LevelChanged' || typeof p.toLevel !== 'number' || typeof p.fromLevel !== 'number' || p.toLevel <= p.fromLevel) return [];
  return [{ userId: str(p, 'userId')!, kind: 'level_up', title: `Level ${p.toLevel}: ${str(p, 'name') ?? ''}`.trim(), body: `You reached level ${p.toLevel} with ${Number(p.points)} points.`, data: {} }];
}

/** A player finished a hunt; the winner was paid its reward. */
function huntDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  const data = { huntId: str(p, 'huntId') };
  switch (type) {
    case 'HuntFinished':
      return [{ userId: str(p, 'userId')!, kind: 'hunt_finished', title: 'You found the treasure', body: p.winner === true ? 'You finished the hunt first: the reward is yours.' : 'You finished the hunt.', data }];
    case 'RewardPaid': {
      const reward = { ...data, asset: str(p, 'asset'), amount: amount(p, 'amount') };
      return [{ userId: str(p, 'userId')!, kind: 'reward_paid', title: 'Hunt reward paid', body: `${reward.amount} ${reward.asset} were credited to your wallet.`, data: reward }];
    }
    default:
      return [];
  }
}

function featureDrafts(type: string, p: Payload): (Draft | false | undefined)[] {
  const featureId = str(p, 'featureId');
  const requestId = str(p, 'requestId');
  switch (type) {
    case 'BuyRequestCreated':
      return [{ userId: str(p, 'sellerId')!, kind: 'buy_request_received', title: 'New offer for your parcel', body: `Someone offered to buy parcel ${featureId}.`, data: { featureId, requestId } }];
    case 'BuyRequestAccepted':
      return [{ userId: str(p, 'buyerId')!, kind: 'buy_request_accepted', title: 'Your offer was accepted', body: `The owner of parcel ${featureId} accepted your offer.`, data: { featureId, requestId } }];
    case 'BuyRequestRejected':
      return [{ userId: str(p, 'buyerId')!, kind: 'buy_request_rejected', title: 'Your offer was rejected', body: `The owner of parcel ${featureId} rejected your offer.`, data: { featureId, requestId } }];
    case 'FeatureSold': {
      const data = { featureId, purchaseId: str(p, 'purchaseId'), asset: str(p, 'asset'), amount: amount(p, 'price') };
      const price = `${data.amount} ${data.asset}`;
      return [
        // A parcel the world owned has no seller to tell.
        !!str(p, 'sellerId') && { userId: str(p, 'sellerId')!, kind: 'parcel_sold', title: 'Your parcel was sold', body: `Parcel ${featureId} was sold for ${price}.`, data },
        { userId: str(p, 'buyerId')!, kind: 'system', title: 'You bought a parcel', body: `Parcel ${featureId} is yours, for ${price}.`, data },
      ];
    }
    case 'ProfitsCredited': {
      // features emits one event per owner, hour and asset: that is the batch.
      const data = { asset: str(p, 'asset'), amount: amount(p, 'amount'), hour: instant(p, 'hour') };
      return [{ userId: str(p, 'ownerId')!, kind: 'profits_credited', title: 'Hourly profits credited', body: `Your parcels earned ${data.amount} ${data.asset}.`, data }];
    }
    default:
      return [];
  }
}
