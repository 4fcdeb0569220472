-- Wakes the kit's outbox relay (LISTEN outbox_events) as soon as events are committed, instead of
-- at its next poll. Hand-written: Prisma's schema does not model triggers.
CREATE OR REPLACE FUNCTION "notify_outbox_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events"();

-- The world's channel: everyone reads and writes it.
INSERT INTO "channels" ("id", "kind", "ref", "name") VALUES ('00000000-0000-4000-8000-000000000001', 'global', 'world', 'World');
