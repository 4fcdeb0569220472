import type { CalendarEventResolvers, EventOccurrenceResolvers, VideoCategoryResolvers, VideoCommentResolvers, VideoResolvers } from '../generated/graphql.ts';

export const VideoCategory: VideoCategoryResolvers = {
  __resolveReference: (ref, ctx) => ctx.categoryById.load(ref.id),
};

export const Video: VideoResolvers = {
  __resolveReference: (ref, ctx) => ctx.training.byId(ctx.maybeActor(), ref.id).catch(() => null),
  category: async (v, _a, ctx) => (await ctx.categoryById.load(v.categoryId))!,
  media: (v) => (v.mediaId ? { id: v.mediaId } : null),
  status: (v) => v.status as never,
  viewerHasLiked: async (v, _a, ctx) => !!(await ctx.likeOf.load(v.id)),
  comments: (v, { first, after }, ctx) => ctx.training.comments(v.id, first, after),
};

export const VideoComment: VideoCommentResolvers = {
  author: (c) => ({ id: c.authorId }),
  replies: (c, _a, ctx) => (c.parentId ? [] : ctx.repliesOf.load(c.id)),
};

export const CalendarEvent: CalendarEventResolvers = {
  __resolveReference: (ref, ctx) => ctx.calendar.find(ctx.maybeActor(), ref.id),
  location: (e) => (e.latitude != null && e.longitude != null ? { name: e.locationName, latitude: e.latitude, longitude: e.longitude } : null),
  recurrence: (e) => (e.recurFreq ? { frequency: e.recurFreq as never, interval: e.recurInterval, until: e.recurUntil, count: e.recurCount } : null),
  status: (e) => e.status as never,
  viewerInteractions: async (e, _a, ctx) => (await ctx.interactionsOf.load(e.id)).map((i) => i.kind as never),
  occurrences: (e, { from, to }, ctx) => ctx.calendar.occurrencesOf(e, from, to),
};

export const EventOccurrence: EventOccurrenceResolvers = {};
