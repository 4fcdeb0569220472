import type { MediaResolvers } from '../generated/graphql.ts';

export const Media: MediaResolvers = {
  __resolveReference: (ref, { mediaById }) => mediaById.load(ref.id),
  owner: (m) => ({ id: m.ownerId }),
  purpose: (m) => m.purpose as never,
  size: (m) => Number(m.size),
  url: (m, { expiresIn }, { library }) => library.url(m, expiresIn) as Promise<string>,
  thumbnailUrl: (m, { expiresIn }, { library }) => library.url(m, expiresIn, 'thumbnail'),
  displayUrl: (m, { expiresIn }, { library }) => library.url(m, expiresIn, 'display'),
};
