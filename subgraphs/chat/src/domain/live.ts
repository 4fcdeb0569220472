import { randomUUID } from 'node:crypto';
import { mapLive, type DomainEvent, type EventBus, type LiveEvents } from '@worldgraph/kit';
import type { MessagePayload } from './outbox.ts';

/**
 * Typing notices travel on a stream of their own (`chat-live`): on the bus, so every replica's
 * subscribers see them, but in no database, and not in `chat`'s stream, which the audit log and
 * other consumers read.
 */
export const TYPING_CONTEXT = 'chat-live';

/** Tells a channel's subscribers that `userId` is typing. */
export async function publishTyping(events: EventBus, channelId: string, userId: string): Promise<void> {
  await events.publish([{ id: `${TYPING_CONTEXT}:${randomUUID()}`, context: TYPING_CONTEXT, type: 'Typing', aggregateId: channelId, payload: { channelId, userId }, occurredAt: new Date().toISOString() }]);
}

/** New messages of one channel, as they are sent. */
export function messagesAdded(live: LiveEvents, channelId: string): AsyncIterableIterator<{ messageAdded: MessagePayload }> {
  const events = live.subscribe(['chat'], { filter: (e) => e.type === 'MessageSent' && e.payload.channelId === channelId });
  return mapLive(events, (e) => ({ messageAdded: e.payload.message as MessagePayload }));
}

/** What channelActivity sends: the channel, what happened, the message or who is typing. */
export interface Activity {
  channelId: string;
  kind: 'message' | 'edited' | 'deleted' | 'typing';
  message: MessagePayload | null;
  userId: string | null;
}

const KINDS: Record<string, Activity['kind']> = { MessageSent: 'message', MessageEdited: 'edited', MessageDeleted: 'deleted', Typing: 'typing' };

/**
 * Everything happening in a user's channels. `channels` is the set they belong to when the
 * subscription starts (the global one included); it follows their joins and departures.
 */
export function channelActivity(live: LiveEvents, userId: string, channels: Set<string>): AsyncIterableIterator<{ channelActivity: Activity }> {
  const events = live.subscribe(['chat', TYPING_CONTEXT], {
    filter: (e: DomainEvent) => {
      const channelId = String(e.payload.channelId);
      if (e.payload.userId === userId && (e.type === 'ChannelMemberAdded' || e.type === 'ChannelMemberRemoved')) {
        if (e.type === 'ChannelMemberAdded') channels.add(channelId);
        else channels.delete(channelId);
        return false;
      }
      if (!(e.type in KINDS) || !channels.has(channelId)) return false;
      return !(e.type === 'Typing' && e.payload.userId === userId); // not one's own typing
    },
  });
  return mapLive(events, (e) => ({
    channelActivity: {
      channelId: String(e.payload.channelId),
      kind: KINDS[e.type]!,
      message: (e.payload.message as MessagePayload | undefined) ?? null,
      userId: e.type === 'Typing' ? String(e.payload.userId) : null,
    },
  }));
}
