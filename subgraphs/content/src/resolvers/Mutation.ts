import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  commentOnVideo: (_p, { videoId, body, parentId }, ctx) => ctx.training.comment(ctx.actor(), videoId, body, parentId),
  editVideoComment: (_p, { id, body }, ctx) => ctx.training.editComment(ctx.actor(), id, body),
  deleteVideoComment: (_p, { id }, ctx) => ctx.training.deleteComment(ctx.actor(), id),
  setVideoLike: (_p, { videoId, liked }, ctx) => ctx.training.setLike(ctx.actor(), videoId, liked),
  viewVideo: (_p, { videoId }, ctx) => ctx.training.view(ctx.actor(), videoId),
  setEventInteraction: (_p, { eventId, kind, active }, ctx) => ctx.calendar.interact(ctx.actor(), eventId, kind, active),
  createVideoCategory: (_p, { input }, ctx) => ctx.training.saveCategory(ctx.actor(), null, input),
  updateVideoCategory: (_p, { id, input }, ctx) => ctx.training.saveCategory(ctx.actor(), id, input),
  createVideo: (_p, { input }, ctx) => ctx.training.saveVideo(ctx.actor(), null, input, ctx.requestId),
  updateVideo: (_p, { id, input }, ctx) => ctx.training.saveVideo(ctx.actor(), id, input, ctx.requestId),
  setVideoPublished: (_p, { id, published }, ctx) => ctx.training.setPublished(ctx.actor(), id, published),
  createCalendarEvent: (_p, { input }, ctx) => ctx.calendar.save(ctx.actor(), null, input),
  updateCalendarEvent: (_p, { id, input }, ctx) => ctx.calendar.save(ctx.actor(), id, input),
  setCalendarEventPublished: (_p, { id, published }, ctx) => ctx.calendar.setPublished(ctx.actor(), id, published),
};
