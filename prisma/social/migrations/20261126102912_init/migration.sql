-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DynastyStatus" AS ENUM ('active', 'dissolved');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('head', 'member');

-- CreateEnum
CREATE TYPE "RelationKind" AS ENUM ('spouse', 'child', 'parent', 'sibling');

-- CreateEnum
CREATE TYPE "JoinRequestKind" AS ENUM ('join', 'invite');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('pending', 'accepted', 'rejected', 'cancelled', 'expired');

-- CreateTable
CREATE TABLE "dynasties" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "head_id" UUID NOT NULL,
    "seat_feature_id" VARCHAR(64),
    "status" "DynastyStatus" NOT NULL DEFAULT 'active',
    "member_limit" INTEGER NOT NULL,
    "member_count" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dissolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "dynasties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "families" (
    "id" UUID NOT NULL,
    "dynasty_id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "families_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_members" (
    "user_id" UUID NOT NULL,
    "dynasty_id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'member',
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "family_members_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "family_relations" (
    "dynasty_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "relative_id" UUID NOT NULL,
    "kind" "RelationKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "family_relations_pkey" PRIMARY KEY ("user_id","relative_id")
);

-- CreateTable
CREATE TABLE "join_requests" (
    "id" UUID NOT NULL,
    "kind" "JoinRequestKind" NOT NULL,
    "dynasty_id" UUID NOT NULL,
    "sender_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "relation" "RelationKind",
    "relative_id" UUID,
    "message" VARCHAR(280),
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'pending',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "join_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "children_permissions" (
    "user_id" UUID NOT NULL,
    "dynasty_id" UUID NOT NULL,
    "daily_spend_limit" DECIMAL(20,10),
    "can_buy_parcels" BOOLEAN NOT NULL DEFAULT false,
    "can_sell_parcels" BOOLEAN NOT NULL DEFAULT false,
    "can_chat" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "children_permissions_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "processed_events" (
    "id" VARCHAR(80) NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "dynasties_seat_feature_id_key" ON "dynasties"("seat_feature_id");

-- CreateIndex
CREATE INDEX "dynasties_head_id_idx" ON "dynasties"("head_id");

-- CreateIndex
CREATE INDEX "families_dynasty_id_idx" ON "families"("dynasty_id");

-- CreateIndex
CREATE INDEX "family_members_dynasty_id_joined_at_idx" ON "family_members"("dynasty_id", "joined_at");

-- CreateIndex
CREATE INDEX "family_members_family_id_idx" ON "family_members"("family_id");

-- CreateIndex
CREATE INDEX "family_relations_dynasty_id_idx" ON "family_relations"("dynasty_id");

-- CreateIndex
CREATE INDEX "join_requests_dynasty_id_status_idx" ON "join_requests"("dynasty_id", "status");

-- CreateIndex
CREATE INDEX "join_requests_sender_id_created_at_idx" ON "join_requests"("sender_id", "created_at");

-- CreateIndex
CREATE INDEX "join_requests_user_id_status_idx" ON "join_requests"("user_id", "status");

-- CreateIndex
CREATE INDEX "join_requests_status_expires_at_idx" ON "join_requests"("status", "expires_at");

-- CreateIndex
CREATE INDEX "children_permissions_dynasty_id_idx" ON "children_permissions"("dynasty_id");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- AddForeignKey
ALTER TABLE "families" ADD CONSTRAINT "families_dynasty_id_fkey" FOREIGN KEY ("dynasty_id") REFERENCES "dynasties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_dynasty_id_fkey" FOREIGN KEY ("dynasty_id") REFERENCES "dynasties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_dynasty_id_fkey" FOREIGN KEY ("dynasty_id") REFERENCES "dynasties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Wakes the kit's outbox relay (LISTEN outbox_events) as soon as events are committed, instead of
-- at its next poll. Hand-written: Prisma's schema does not model triggers.
CREATE OR REPLACE FUNCTION "notify_outbox_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events"();
