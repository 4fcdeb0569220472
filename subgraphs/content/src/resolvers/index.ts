import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { CalendarEvent, EventOccurrence, Video, VideoCategory, VideoComment } from './types.ts';

export const resolvers: Resolvers = { Query, Mutation, Video, VideoCategory, VideoComment, CalendarEvent, EventOccurrence };
