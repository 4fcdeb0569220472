import { forbidden, type Viewer } from '@worldgraph/kit';
import type { Media as MediaRow } from '../generated/prisma/client.ts';
import { mayRead } from '../domain/purposes.ts';
import type { MediaResolvers } from '../generated/graphql.ts';

const readable = (viewer: Viewer, m: MediaRow) => {
  if (!mayRead(viewer, m)) throw forbidden('Only the owner and admins may read this file');
};

export const Media: MediaResolvers = {
  __resolveReference: (ref, { mediaById }) => mediaById.load(ref.id),
  owner: (m) => ({ id: m.ownerId }),
  purpose: (m) => m.purpose as never,
  filename: (m, _args, { viewer }) => (mayRead(viewer, m) ? m.filename : 'private'),
  size: (m) => Number(m.size),
  url: (m, { expiresIn }, { viewer, library }) => (readable(viewer, m), library.url(m, expiresIn) as Promise<string>),
  thumbnailUrl: (m, { expiresIn }, { viewer, library }) => (readable(viewer, m), library.url(m, expiresIn, 'thumbnail')),
  displayUrl: (m, { expiresIn }, { viewer, library }) => (readable(viewer, m), library.url(m, expiresIn, 'display')),
};
