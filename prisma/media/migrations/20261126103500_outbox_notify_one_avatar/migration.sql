-- Wakes the kit's outbox relay (LISTEN outbox_events) as soon as events are committed, instead of
-- at its next poll. Hand-written: Prisma's schema does not model triggers.
CREATE OR REPLACE FUNCTION "notify_outbox_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events"();

-- A user has one avatar: attaching another replaces it (one row per user, whatever the race).
CREATE UNIQUE INDEX "attachments_one_avatar" ON "attachments" ("target_id") WHERE "target_type" = 'USER_AVATAR';
