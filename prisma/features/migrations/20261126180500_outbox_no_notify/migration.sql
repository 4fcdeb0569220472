-- The outbox no longer NOTIFYs: a notifying commit takes Postgres' one NOTIFY lock for the whole server
-- until its WAL flush, so every context's event-writing commits queued on each other (pg_locks under the
-- Scenario B transfer bench: the `object` lock on pg_database 0 held through IO:WALSync, others waiting).
-- The process that commits events wakes its own relay (the kit's wakeOutboxRelays); the relay's poll
-- relays what other processes wrote.
DROP TRIGGER IF EXISTS "outbox_events_notify" ON "outbox_events";
DROP FUNCTION IF EXISTS "notify_outbox_events"();
