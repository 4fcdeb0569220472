import type DataLoader from 'dataloader';
import type { BaseContext } from '@worldgraph/kit';
import type { EventInteraction, VideoCategory, VideoComment, VideoLike } from './generated/prisma/client.ts';
import type { Calendar } from './domain/calendar.ts';
import type { Actor, Training } from './domain/training.ts';

/** content's resolver context: the kit's, plus the services and this request's loaders. */
export interface ContentContext extends BaseContext {
  training: Training;
  calendar: Calendar;
  /** The signed-in viewer as an actor (UNAUTHENTICATED otherwise). */
  actor(): Actor;
  /** The signed-in viewer as an actor, or null when anonymous. */
  maybeActor(): Actor | null;
  categoryById: DataLoader<string, VideoCategory | null>;
  repliesOf: DataLoader<string, VideoComment[]>;
  /** The viewer's like of a video (null: none, or anonymous). */
  likeOf: DataLoader<string, VideoLike | null>;
  /** The viewer's interactions with an event. */
  interactionsOf: DataLoader<string, EventInteraction[]>;
}
