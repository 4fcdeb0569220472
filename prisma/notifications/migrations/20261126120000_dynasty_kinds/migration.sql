ALTER TYPE "NotificationKind" ADD VALUE 'dynasty_request_received';
ALTER TYPE "NotificationKind" ADD VALUE 'dynasty_request_answered';
