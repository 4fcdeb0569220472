import { isUserId } from './auth.ts';
import { fetchEntities } from './entities.ts';
import { badInput, forbidden } from './errors.ts';
import type { Runtime } from './runtime.ts';

/** How a refusal of `assertOwnMedia` names the files. */
export interface OwnMediaOptions {
  /** The input field the ids came in (BAD_USER_INPUT names it). */
  field: string;
  /** What the caller calls a file, in messages. Default: File. */
  label?: string;
  /** When set, every file must have been uploaded for this purpose (media's MediaPurpose). */
  purpose?: string;
}

/**
 * Checks that files a user refers to are their own, asking media (federation's `_entities` with
 * the calling context's service credential): a file missing, or of another purpose than asked,
 * is BAD_USER_INPUT, as is a KYC document anywhere but a KYC submission (reason KYC_DOCUMENT);
 * someone else's FORBIDDEN. How a context attaches media (a ticket's
 * attachments, a KYC submission's documents) without reading media's database.
 */
export async function assertOwnMedia(runtime: Pick<Runtime, 'callSubgraph'>, userId: string, mediaIds: string[], options: OwnMediaOptions, requestId?: string): Promise<void> {
  if (!mediaIds.length) return;
  const label = options.label ?? 'File';
  const bad = mediaIds.find((id) => !isUserId(id));
  if (bad) throw badInput(`${label} ${bad} not found`, { field: options.field });
  const files = await fetchEntities<{ id: string; purpose: string; owner: { id: string } }>(runtime, 'media', 'Media', 'id purpose owner { id }', mediaIds, requestId);
  files.forEach((media, i) => {
    if (!media) throw badInput(`${label} ${mediaIds[i]} not found`, { field: options.field });
    if (media.owner.id !== userId) throw forbidden('You can only attach your own files');
    // Identity documents are for the KYC reviewers only: attached anywhere else they would be
    // stored yet unreadable to those the attachment is for (media keeps them private).
    if (media.purpose === 'KYC' && options.purpose !== 'KYC') {
      throw badInput(`${label} ${mediaIds[i]} is an identity document: submit it through KYC (submitKyc), where only the reviewers see it`, {
        field: options.field,
        reason: 'KYC_DOCUMENT',
      });
    }
    if (options.purpose && media.purpose !== options.purpose) {
      throw badInput(`${label} ${mediaIds[i]} was uploaded for ${media.purpose}, not ${options.purpose}`, { field: options.field, reason: 'WRONG_PURPOSE' });
    }
  });
}
