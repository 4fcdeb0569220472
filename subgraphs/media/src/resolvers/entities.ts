import { isSelfOrAdmin, requireUser, forbidden } from '@worldgraph/kit';
import type { FeatureResolvers, HuntResolvers, UserResolvers } from '../generated/graphql.ts';
import type { MediaContext } from '../context.ts';

/** Live files attached to a target, newest first. */
const attached = async (ctx: MediaContext, type: string, id: string) => (await ctx.attachedTo.load(`${type}:${id}`)).map((a) => a.media);

export const Feature: FeatureResolvers = {
  images: async (f, _args, ctx) => {
    const urls = await Promise.all((await attached(ctx, 'FEATURE', f.id)).map((m) => ctx.library.url(m, 300, 'display')));
    return urls.filter((u): u is string => !!u);
  },
  photos: (f, _args, ctx) => attached(ctx, 'FEATURE', f.id),
};

export const User: UserResolvers = {
  avatar: async (u, _args, ctx) => (await attached(ctx, 'USER_AVATAR', u.id))[0] ?? null,
  media: async (u, { first }, ctx) => {
    requireUser(ctx.viewer);
    if (!isSelfOrAdmin(ctx.viewer, u.id)) throw forbidden("Only the user and admins see a user's files");
    return ctx.library.ofOwner(u.id, first ?? 20);
  },
};

export const Hunt: HuntResolvers = {
  media: (h, _args, ctx) => attached(ctx, 'HUNT', h.id),
};
