import type { NotificationDataResolvers, NotificationResolvers } from '../generated/graphql.ts';
import type { NotificationData as Data } from '../domain/kinds.ts';

export const Notification: NotificationResolvers = {
  data: (n) => n.data as Data,
  read: (n) => n.readAt !== null,
};

export const NotificationData: NotificationDataResolvers = {
  feature: (d) => (d.featureId ? { id: d.featureId } : null),
  hunt: (d) => (d.huntId ? { id: d.huntId } : null),
  dynasty: (d) => (d.dynastyId ? { id: d.dynastyId } : null),
  channel: (d) => (d.channelId ? { id: d.channelId } : null),
  ticket: (d) => (d.ticketId ? { id: d.ticketId } : null),
  calendarEvent: (d) => (d.eventId ? { id: d.eventId } : null),
};
