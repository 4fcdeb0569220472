import { sanitize, type CommandExecuted, type DomainEvent } from '@worldgraph/kit';
import type { AuditDraft } from './entry.ts';

type Payload = Record<string, unknown>;
/** What an event type says about who did what to which entity. */
interface Meaning {
  entityType: string;
  entityId: unknown;
  actor?: unknown;
  userIds?: unknown[];
  before?: Payload | null;
  after?: Payload | null;
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
/** Compact JSON of a sanitized summary, or null when there is nothing to say. */
const json = (v: unknown) => {
  const clean = sanitize(v);
  return clean && typeof clean === 'object' && Object.keys(clean).length ? JSON.stringify(clean) : null;
};
const pick = (p: Payload, ...keys: string[]) => Object.fromEntries(keys.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]));

/** Known domain events of the contexts: money movements, ownership and status changes, sessions. */
const MEANINGS: Record<string, (p: Payload) => Meaning> = {
  WalletChanged: (p) => ({ entityType: 'Wallet', entityId: p.userId, userIds: [p.userId], after: pick(p, 'asset', 'amount', 'balanceAfter', 'kind', 'operationId', 'entryId') }),
  TopUpOrderSettled: (p) => ({ entityType: 'TopUpOrder', entityId: p.orderId, userIds: [p.userId], after: pick(p, 'status', 'asset', 'amount', 'priceIrr', 'gateway', 'rrn', 'failure') }),
  PlatformVariableChanged: (p) => ({ entityType: 'PlatformVariable', entityId: p.key, actor: typeof p.changedBy === 'string' && p.changedBy.startsWith('user:') ? p.changedBy.slice(5) : null, before: { value: p.oldValue ?? null }, after: pick(p, 'newValue', 'version', 'changedBy') }),
  FeatureSold: (p) => ({
    entityType: 'Feature', entityId: p.featureId, actor: p.buyerId, userIds: [p.buyerId, p.sellerId],
    before: { ownerId: p.sellerId ?? null }, after: pick(p, 'buyerId', 'purchaseId', 'asset', 'price'),
  }),
  FeatureStatusChanged: (p) => ({ entityType: 'Feature', entityId: p.featureId, userIds: [p.ownerId], before: { status: p.previousStatus }, after: pick(p, 'status', 'ownerId') }),
  BuyRequestCreated: (p) => ({ entityType: 'BuyRequest', entityId: p.requestId, actor: p.buyerId, userIds: [p.buyerId, p.sellerId], after: pick(p, 'featureId', 'buyerId', 'sellerId') }),
  BuyRequestCancelled: (p) => ({ entityType: 'BuyRequest', entityId: p.requestId, actor: p.buyerId, userIds: [p.buyerId, p.sellerId], after: pick(p, 'featureId') }),
  BuyRequestAccepted: (p) => ({ entityType: 'BuyRequest', entityId: p.requestId, actor: p.sellerId, userIds: [p.buyerId, p.sellerId], after: pick(p, 'featureId') }),
  BuyRequestRejected: (p) => ({ entityType: 'BuyRequest', entityId: p.requestId, actor: p.sellerId, userIds: [p.buyerId, p.sellerId], after: pick(p, 'featureId') }),
  ProfitsCredited: (p) => ({ entityType: 'User', entityId: p.ownerId, userIds: [p.ownerId], after: pick(p, 'hour', 'asset', 'amount') }),
  ProfitsWithdrawn: (p) => ({ entityType: 'User', entityId: p.ownerId, actor: p.ownerId, userIds: [p.ownerId], after: pick(p, 'withdrawalId', 'asset', 'amount') }),
  UserStatusChanged: (p) => ({ entityType: 'User', entityId: p.userId, userIds: [p.userId], after: pick(p, 'status', 'changedAt') }),
  SessionRevoked: (p) => ({ entityType: 'User', entityId: p.userId, userIds: [p.userId], after: pick(p, 'sessionId') }),
  // The erasure itself is kept, by id only: the event carries no personal data.
  UserErased: (p) => ({ entityType: 'User', entityId: p.userId, actor: p.userId, userIds: [p.userId], after: pick(p, 'erasedAt') }),
  // KYC: that a submission was made and decided, never the identity details nor the reason.
  KycSubmitted: (p) => ({ entityType: 'User', entityId: p.userId, actor: p.userId, userIds: [p.userId], after: pick(p, 'submissionId', 'documentCount') }),
  KycDecided: (p) => ({ entityType: 'User', entityId: p.userId, actor: p.by, userIds: [p.userId], after: pick(p, 'submissionId', 'decision') }),
  UserLimitationLifted: (p) => ({ entityType: 'User', entityId: p.userId, actor: p.by, userIds: [p.userId], after: pick(p, 'kind') }),
  NotificationAdded: (p) => ({ entityType: 'Notification', entityId: p.notificationId, userIds: [p.userId], after: pick(p, 'kind') }),
  // characters: characters, item provenance (every movement of every item) and trades.
  ...Object.fromEntries(
    ['CharacterCreated', 'CharacterRenamed', 'CharacterSelected', 'CharacterDeleted', 'CharacterRestored', 'CharacterPurged', 'CharacterBanned', 'CharacterUnbanned', 'CharacterProgressed'].map((type) => [
      type,
      (p: Payload) => ({
        entityType: 'Character', entityId: p.characterId, userIds: [p.accountId],
        actor: p.by ?? (['CharacterCreated', 'CharacterRenamed', 'CharacterSelected', 'CharacterDeleted'].includes(type) ? p.accountId : undefined),
        after: pick(p, 'name', 'realmId', 'race', 'class', 'from', 'to', 'reason', 'level', 'experience', 'zoneId'),
      }),
    ]),
  ),
  ItemGranted: (p) => ({ entityType: 'Item', entityId: p.itemId, actor: p.by, userIds: [p.accountId], after: pick(p, 'characterId', 'definitionId', 'quantity', 'source', 'eventId', 'reason') }),
  ItemTaken: (p) => ({ entityType: 'Item', entityId: p.itemId, actor: p.by, userIds: [p.accountId], after: pick(p, 'characterId', 'definitionId', 'quantity', 'source', 'eventId', 'reason') }),
  ItemMoved: (p) => ({ entityType: 'Item', entityId: p.itemId, actor: p.accountId, userIds: [p.accountId], before: { place: p.from }, after: pick(p, 'to', 'action', 'quantity', 'intoItemId', 'characterId', 'definitionId') }),
  ItemTraded: (p) => ({
    entityType: 'Item', entityId: p.itemId, userIds: [p.accountId, p.toAccountId],
    before: { characterId: p.characterId }, after: pick(p, 'toCharacterId', 'newItemId', 'definitionId', 'quantity', 'tradeId'),
  }),
  ...Object.fromEntries(
    ['TradeOpened', 'TradeUpdated', 'TradeCompleted', 'TradeCancelled', 'TradeFailed'].map((type) => [
      type,
      (p: Payload) => ({ entityType: 'Trade', entityId: p.tradeId, userIds: [p.accountId, p.withAccountId], after: pick(p, 'status', 'characterId', 'withCharacterId', 'reason') }),
    ]),
  ),
  // support: tickets handled by staff, and moderation outcomes of reports.
  TicketOpened: (p) => ({ entityType: 'Ticket', entityId: p.ticketId, actor: p.authorId, userIds: [p.authorId], after: pick(p, 'category', 'priority') }),
  TicketAssigned: (p) => ({ entityType: 'Ticket', entityId: p.ticketId, actor: p.by, userIds: [p.authorId, p.assigneeId], after: pick(p, 'assigneeId') }),
  TicketPriorityChanged: (p) => ({ entityType: 'Ticket', entityId: p.ticketId, actor: p.by, userIds: [p.authorId], before: { priority: p.previous }, after: pick(p, 'priority') }),
  TicketStatusChanged: (p) => ({ entityType: 'Ticket', entityId: p.ticketId, actor: p.by, userIds: [p.authorId], before: { status: p.previous }, after: pick(p, 'status') }),
  ReportDecided: (p) => ({ entityType: 'Report', entityId: p.reportId, actor: p.by, userIds: [p.userId], after: pick(p, 'outcome', 'targetType', 'targetId', 'userId', 'note') }),
  UserWarned: (p) => ({ entityType: 'User', entityId: p.userId, actor: p.by, userIds: [p.userId], after: pick(p, 'reportId', 'reason') }),
  UserLimited: (p) => ({ entityType: 'User', entityId: p.userId, actor: p.by, userIds: [p.userId], after: pick(p, 'kind', 'until', 'reportId', 'reason') }),
  // social: dynasties, their members and requests, children's permissions.
  DynastyFounded: (p) => ({ entityType: 'Dynasty', entityId: p.dynastyId, actor: p.headId, userIds: [p.headId], after: pick(p, 'featureId', 'name') }),
  DynastySeatMoved: (p) => ({ entityType: 'Dynasty', entityId: p.dynastyId, userIds: [p.headId], before: { featureId: p.fromFeatureId }, after: { featureId: p.toFeatureId } }),
  DynastyDissolved: (p) => ({ entityType: 'Dynasty', entityId: p.dynastyId, userIds: Array.isArray(p.memberIds) ? p.memberIds : [p.headId], before: pick(p, 'featureId'), after: pick(p, 'reason') }),
  MemberJoined: (p) => ({ entityType: 'Dynasty', entityId: p.dynastyId, userIds: [p.userId], after: pick(p, 'userId', 'relation', 'relativeId') }),
  MemberLeft: (p) => ({ entityType: 'Dynasty', entityId: p.dynastyId, actor: p.userId, userIds: [p.userId], before: pick(p, 'userId') }),
  FamilyRelationAdded: (p) => ({ entityType: 'Dynasty', entityId: p.dynastyId, userIds: [p.userId, p.relativeId], after: pick(p, 'userId', 'relativeId', 'kind') }),
  ChildPermissionsChanged: (p) => ({ entityType: 'User', entityId: p.userId, userIds: [p.userId], after: (p.permissions as Payload | null) ?? { child: false } }),
  ...Object.fromEntries(
    ['JoinRequestSent', 'JoinRequestAccepted', 'JoinRequestRejected', 'JoinRequestCancelled', 'JoinRequestExpired'].map((type) => [
      type,
      (p: Payload) => ({ entityType: 'JoinRequest', entityId: p.requestId, userIds: [p.senderId, p.userId, p.answererId], after: pick(p, 'dynastyId', 'kind', 'userId') }),
    ]),
  ),
  // progression: level changes, challenge answers and prizes.
  LevelChanged: (p) => ({ entityType: 'User', entityId: p.userId, userIds: [p.userId], before: { level: p.fromLevel }, after: pick(p, 'toLevel', 'name', 'points') }),
  ChallengeAnswered: (p) => ({ entityType: 'ChallengeRound', entityId: p.roundId, actor: p.userId, userIds: [p.userId], after: pick(p, 'correct', 'rank', 'answeredAt') }),
  PrizeAwarded: (p) => ({ entityType: 'Prize', entityId: p.prizeId, userIds: [p.userId], after: pick(p, 'roundId', 'rank', 'asset', 'amount') }),
  PrizePaid: (p) => ({ entityType: 'Prize', entityId: p.prizeId, userIds: [p.userId], after: pick(p, 'roundId', 'rank', 'asset', 'amount') }),
  // content: training videos and calendar events (admins' changes), moderation, reminders.
  VideoCategorySaved: (p) => ({ entityType: 'VideoCategory', entityId: p.categoryId, actor: p.by, after: pick(p, 'slug', 'name', 'created') }),
  ...Object.fromEntries(
    ['VideoSaved', 'VideoPublished', 'VideoUnpublished'].map((type) => [type, (p: Payload) => ({ entityType: 'Video', entityId: p.videoId, actor: p.by, after: pick(p, 'slug', 'title', 'created') })]),
  ),
  VideoCommentDeleted: (p) => ({ entityType: 'Video', entityId: p.videoId, actor: p.by, userIds: [p.authorId], before: pick(p, 'commentId', 'authorId'), after: pick(p, 'moderated') }),
  ...Object.fromEntries(
    ['CalendarEventSaved', 'CalendarEventPublished', 'CalendarEventUnpublished'].map((type) => [type, (p: Payload) => ({ entityType: 'CalendarEvent', entityId: p.eventId, actor: p.by, after: pick(p, 'title', 'created') })]),
  ),
  EventReminderDue: (p) => ({ entityType: 'CalendarEvent', entityId: p.eventId, userIds: [p.userId], after: pick(p, 'occurrenceStartsAt') }),
};

/** The entity a command acted on: the first id-like argument, else what it returned. */
function commandEntity(context: string, c: CommandExecuted): { entityType: string; entityId: string | null } {
  const args = c.args as Payload;
  const input = (args.input && typeof args.input === 'object' ? args.input : {}) as Payload;
  const result = (c.result && typeof c.result === 'object' ? c.result : {}) as Payload;
  const user = (result.user && typeof result.user === 'object' ? result.user : {}) as Payload;
  for (const [type, value] of [
    ['Feature', args.featureId ?? input.featureId],
    ['BuyRequest', args.requestId ?? input.requestId],
    ['Hunt', args.huntId ?? input.huntId],
    ['Trade', args.tradeId ?? input.tradeId],
    ['Character', args.characterId ?? input.characterId],
    ['User', args.userId ?? input.userId ?? input.toUserId ?? user.id],
  ] as const) {
    if (str(value)) return { entityType: type, entityId: str(value) };
  }
  const TYPE: Record<string, string> = { accounts: 'User', wallet: 'Wallet', features: 'Feature', hunts: 'Hunt', characters: 'Character', notifications: 'Notification' };
  const id = str(args.id) ?? str(input.id) ?? str(result.id);
  if (id) return { entityType: TYPE[context] ?? context, entityId: id };
  // A signed-in user acting on their own account, wallet or inbox.
  return { entityType: TYPE[context] ?? context, entityId: c.actor.kind === 'user' ? c.actor.id : null };
}

function commandDraft(event: DomainEvent, c: CommandExecuted): AuditDraft {
  const args = c.args as Payload;
  const input = (args.input ?? {}) as Payload;
  // A sign-in or sign-up comes from nobody yet: its actor is the login name or username it gave.
  const named = str(input.login) ?? str(input.username);
  const actor = c.actor.kind === 'user' ? c.actor.id! : c.actor.kind === 'service' ? `service:${c.actor.id}` : (named ?? 'anonymous');
  const { entityType, entityId } = commandEntity(event.context, c);
  const userIds = [c.actor.kind === 'user' ? c.actor.id : null, entityType === 'User' || entityType === 'Wallet' ? entityId : null];
  return {
    ...base(event),
    action: c.command,
    outcome: c.outcome,
    errorCode: c.errorCode,
    actor,
    userIds: ids(userIds),
    entityType,
    entityId,
    requestId: c.requestId,
    clientAddress: c.clientAddress,
    userAgent: c.userAgent,
    before: json(c.args),
    after: json(c.result),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ids = (values: unknown[]) => [...new Set(values.map(str).filter((v): v is string => !!v && UUID.test(v)))];

const base = (event: DomainEvent) => ({ eventId: event.id, context: event.context, occurredAt: new Date(event.occurredAt).toISOString() });

/** The audit entry an event becomes: commands as recorded by the kit, domain events by their meaning. */
export function draftOf(event: DomainEvent): AuditDraft {
  const payload = event.payload ?? {};
  if (event.type === 'CommandExecuted') return commandDraft(event, payload as unknown as CommandExecuted);
  const meaning = MEANINGS[event.type]?.(payload) ?? { entityType: event.context, entityId: event.aggregateId, after: payload };
  const actor = str(meaning.actor);
  return {
    ...base(event),
    action: event.type,
    outcome: 'ok',
    errorCode: null,
    actor: actor ?? `service:${event.context}`,
    userIds: ids([actor, ...(meaning.userIds ?? [])]),
    entityType: meaning.entityType,
    entityId: str(meaning.entityId) ?? event.aggregateId,
    requestId: null,
    clientAddress: null,
    userAgent: null,
    before: meaning.before ? json(meaning.before) : null,
    after: meaning.after ? json(meaning.after) : null,
  };
}
