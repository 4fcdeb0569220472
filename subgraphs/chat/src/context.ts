import type DataLoader from 'dataloader';
import type { BaseContext, EventBus, LiveEvents } from '@worldgraph/kit';
import type { Channel, ChannelMember } from './generated/prisma/client.ts';
import type { Actor, Channels } from './domain/channels.ts';
import type { Messages } from './domain/messages.ts';
import type { MessagePayload } from './domain/outbox.ts';

/** chat's resolver context: the kit's, plus the services and this request's loaders. */
export interface ChatContext extends BaseContext {
  channels: Channels;
  messages: Messages;
  live: LiveEvents;
  events: EventBus;
  /** The signed-in viewer as an actor (UNAUTHENTICATED otherwise). */
  actor(): Actor;
  channelById: DataLoader<string, Channel | null>;
  /** The viewer's membership per channel (null: none). */
  myMembership: DataLoader<string, ChannelMember | null>;
  /** The viewer's unread count per channel. */
  unread: DataLoader<string, number>;
  lastMessage: DataLoader<string, MessagePayload | null>;
  messageById: DataLoader<string, MessagePayload | null>;
  /** Channels by (kind:ref): a dynasty's or a hunt's. */
  channelByRef: DataLoader<string, Channel | null>;
}
