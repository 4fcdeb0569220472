-- One open report per target: reports of the same target fold into it (INSERT ... ON CONFLICT).
-- Hand-written: Prisma's schema does not model partial indexes.
CREATE UNIQUE INDEX "reports_open_target_key" ON "reports"("target_type", "target_id") WHERE "status" = 'OPEN';

-- Wakes the kit's outbox relay (LISTEN outbox_events) as soon as events are committed, instead of
-- at its next poll. Hand-written: Prisma's schema does not model triggers.
CREATE OR REPLACE FUNCTION "notify_outbox_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events"();
