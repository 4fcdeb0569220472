import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { Inbox } from './domain/inbox.ts';
import type { Preferences } from './domain/preferences.ts';
import type { SmsSender } from './domain/sms.ts';

/** notifications' resolver context: the kit's, plus the inbox and the live feed for subscriptions. */
export interface NotificationsContext extends BaseContext {
  inbox: Inbox;
  preferences: Preferences;
  /** The SMS port, for security codes other contexts ask to send. */
  sms: SmsSender;
  live: LiveEvents;
}
