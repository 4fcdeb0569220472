-- A chat message mentioned the user (chat's MessageSent events).
ALTER TYPE "NotificationKind" ADD VALUE 'chat_mention' BEFORE 'system';
