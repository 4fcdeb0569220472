import type DataLoader from 'dataloader';
import type { BaseContext } from '@worldgraph/kit';
import type { Attachment, Media } from './generated/prisma/client.ts';
import type { Library, UploadView } from './domain/library.ts';
import type { Targets } from './domain/targets.ts';

/** media's resolver context: the kit's, plus the library and this request's loaders. */
export interface MediaContext extends BaseContext {
  library: Library;
  targets: Targets;
  /** Live files by id. */
  mediaById: DataLoader<string, Media | null>;
  /** Attachments of live files to each `TYPE:id` target, newest first. */
  attachedTo: DataLoader<string, (Attachment & { media: Media })[]>;
}

/** What an Upload field resolves from. */
export type UploadParent = UploadView;
