import type { UploadResolvers } from '../generated/graphql.ts';

export const Upload: UploadResolvers = {
  id: (u) => u.upload.id,
  purpose: (u) => u.upload.purpose as never,
  filename: (u) => u.upload.filename,
  size: (u) => Number(u.upload.size),
  partSize: (u) => u.upload.partSize,
  parts: (u) => u.parts,
  status: (u) => u.upload.status,
  expiresAt: (u) => u.upload.expiresAt,
  media: (u, _args, { mediaById }) => (u.upload.mediaId ? mediaById.load(u.upload.mediaId) : null),
};
