import type { Resolvers } from '../generated/graphql.ts';
import { Channel, Dynasty, Hunt } from './Channel.ts';
import { ChannelActivity, ChannelMember, ChatReport, Message } from './Message.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';

export const resolvers: Resolvers = { Query, Mutation, Subscription, Channel, Dynasty, Hunt, Message, ChannelMember, ChannelActivity, ChatReport };
