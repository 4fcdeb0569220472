-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('buy_request_received', 'buy_request_accepted', 'buy_request_rejected', 'parcel_sold', 'profits_credited', 'system');

-- CreateTable
CREATE TABLE "notifications" (
    "id" VARCHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "source_event_id" VARCHAR(128),
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "aggregate_id" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_user_id_id_idx" ON "notifications"("user_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_source_event_id_user_id_key" ON "notifications"("source_event_id", "user_id");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- Hand-added: Prisma's schema language cannot declare this.
-- Unread counts and unreadOnly pages read only a user's unread rows.
CREATE INDEX "notifications_unread" ON "notifications" ("user_id", "id") WHERE "read_at" IS NULL;
