ALTER TYPE "NotificationKind" ADD VALUE 'level_up';
