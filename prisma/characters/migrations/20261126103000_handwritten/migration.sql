-- Hand-written: Prisma's schema models neither expression indexes nor triggers.

-- A character's name is unique per realm whatever its case, while the character exists (a deleted
-- one keeps its name until it is purged, so that it can be restored).
CREATE UNIQUE INDEX "characters_realm_lower_name_key" ON "characters"("realm_id", lower("name"));

-- Quantities are positive and never above the definition's stack size (checked in the domain too).
ALTER TABLE "items" ADD CONSTRAINT "items_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "trade_items" ADD CONSTRAINT "trade_items_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "trade_currencies" ADD CONSTRAINT "trade_currencies_amount_positive" CHECK ("amount" > 0);

-- Wakes the kit's outbox relay (LISTEN outbox_events) as soon as events are committed.
CREATE OR REPLACE FUNCTION "notify_outbox_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events"();
