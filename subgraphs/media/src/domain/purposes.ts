import { isSelfOrAdmin, type Viewer } from '@worldgraph/kit';
import type { MediaConfig } from '../config.ts';

export type Purpose = 'AVATAR' | 'FEATURE_IMAGE' | 'HUNT' | 'ATTACHMENT' | 'KYC';
export type TargetType = 'FEATURE' | 'USER_AVATAR' | 'HUNT';

/** What a purpose allows: content types and the largest file. */
export interface PurposeRule {
  types: string[];
  maxBytes: number;
}

/** The rules per purpose, from the configuration. */
export function purposeRules(config: MediaConfig): Record<Purpose, PurposeRule> {
  const image = { types: config.MEDIA_IMAGE_TYPES, maxBytes: Math.min(config.MEDIA_MAX_IMAGE_BYTES, config.MEDIA_MAX_FILE_BYTES) };
  return {
    AVATAR: image,
    FEATURE_IMAGE: image,
    HUNT: { types: config.MEDIA_HUNT_TYPES, maxBytes: config.MEDIA_MAX_FILE_BYTES },
    ATTACHMENT: { types: config.MEDIA_ATTACHMENT_TYPES, maxBytes: Math.min(config.MEDIA_MAX_IMAGE_BYTES, config.MEDIA_MAX_FILE_BYTES) },
    KYC: { types: config.MEDIA_ATTACHMENT_TYPES, maxBytes: Math.min(config.MEDIA_MAX_IMAGE_BYTES, config.MEDIA_MAX_FILE_BYTES) },
  };
}

/** Purposes whose files only their owner and admins (and other contexts) may read: names and URLs. */
export const PRIVATE_PURPOSES: readonly Purpose[] = ['KYC'];

/** Whether the viewer may read a file's name and bytes: anyone's, except for private purposes (KYC). */
export const mayRead = (viewer: Viewer, media: { purpose: string; ownerId: string }) =>
  !PRIVATE_PURPOSES.includes(media.purpose as Purpose) || isSelfOrAdmin(viewer, media.ownerId);

/** The purposes a file may have to be attached to a target. */
export const TARGET_PURPOSES: Record<TargetType, Purpose[]> = {
  FEATURE: ['FEATURE_IMAGE'],
  USER_AVATAR: ['AVATAR'],
  HUNT: ['HUNT'],
};

/** The parts of a file of `size` bytes in parts of `partSize` (at least one, even for an empty file). */
export function partsOf(size: number, partSize: number): { number: number; size: number }[] {
  const count = Math.max(1, Math.ceil(size / partSize));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, size: i === count - 1 ? size - partSize * (count - 1) : partSize }));
}
