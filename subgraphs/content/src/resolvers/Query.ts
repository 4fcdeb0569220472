import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  videoCategories: (_p, _a, ctx) => ctx.training.categories(),
  videos: (_p, args, ctx) => ctx.training.list(ctx.maybeActor(), args),
  video: (_p, { slug }, ctx) => ctx.training.bySlug(ctx.maybeActor(), slug),
  calendar: (_p, { from, to, includeDrafts }, ctx) => ctx.calendar.occurrences(ctx.maybeActor(), from, to, !!includeDrafts),
  calendarEvent: (_p, { id }, ctx) => ctx.calendar.find(ctx.maybeActor(), id),
};
