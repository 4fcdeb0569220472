-- A calendar event the user is going to or interested in starts soon (content's EventReminderDue events).
ALTER TYPE "NotificationKind" ADD VALUE 'event_reminder' BEFORE 'system';
