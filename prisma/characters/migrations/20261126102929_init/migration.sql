-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RealmKind" AS ENUM ('pve', 'pvp', 'rp');

-- CreateEnum
CREATE TYPE "RealmStatus" AS ENUM ('online', 'maintenance', 'offline');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('weapon', 'armor', 'accessory', 'consumable', 'material', 'quest');

-- CreateEnum
CREATE TYPE "ItemRarity" AS ENUM ('common', 'uncommon', 'rare', 'epic', 'legendary');

-- CreateEnum
CREATE TYPE "TradeStatus" AS ENUM ('open', 'settling', 'completed', 'cancelled', 'failed');

-- CreateTable
CREATE TABLE "realms" (
    "id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "region" VARCHAR(16) NOT NULL,
    "kind" "RealmKind" NOT NULL,
    "status" "RealmStatus" NOT NULL DEFAULT 'online',
    "capacity" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "realms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "zones" (
    "realm_id" VARCHAR(32) NOT NULL,
    "id" VARCHAR(48) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "min_level" INTEGER NOT NULL,
    "max_level" INTEGER NOT NULL,
    "start" BOOLEAN NOT NULL DEFAULT false,
    "spawn_x" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "spawn_y" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "spawn_z" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "zones_pkey" PRIMARY KEY ("realm_id","id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL,
    "active_character_id" UUID,
    "bank_slots" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "characters" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "realm_id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(16) NOT NULL,
    "race" VARCHAR(32) NOT NULL,
    "class" VARCHAR(32) NOT NULL,
    "appearance" JSONB NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 1,
    "experience" INTEGER NOT NULL DEFAULT 0,
    "zone_id" VARCHAR(48) NOT NULL,
    "pos_x" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "pos_y" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "pos_z" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "last_played_at" TIMESTAMPTZ(3),
    "renamed_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "banned_at" TIMESTAMPTZ(3),
    "ban_reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "characters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bags" (
    "character_id" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "slots" INTEGER NOT NULL,

    CONSTRAINT "bags_pkey" PRIMARY KEY ("character_id","index")
);

-- CreateTable
CREATE TABLE "item_definitions" (
    "id" VARCHAR(48) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "rarity" "ItemRarity" NOT NULL,
    "stack_size" INTEGER NOT NULL,
    "equip_slot" VARCHAR(16),
    "level_required" INTEGER NOT NULL DEFAULT 1,
    "bound" BOOLEAN NOT NULL DEFAULT false,
    "description" VARCHAR(300) NOT NULL DEFAULT '',

    CONSTRAINT "item_definitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "items" (
    "id" UUID NOT NULL,
    "definition_id" VARCHAR(48) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "account_id" UUID NOT NULL,
    "holder_id" UUID NOT NULL,
    "container" VARCHAR(16) NOT NULL,
    "slot" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "game_events" (
    "event_id" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "character_id" UUID NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "game_events_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "trades" (
    "id" UUID NOT NULL,
    "realm_id" VARCHAR(32) NOT NULL,
    "initiator_id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "status" "TradeStatus" NOT NULL DEFAULT 'open',
    "initiator_confirmed" BOOLEAN NOT NULL DEFAULT false,
    "recipient_confirmed" BOOLEAN NOT NULL DEFAULT false,
    "failure_reason" VARCHAR(300),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "trades_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trade_items" (
    "trade_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "character_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "trade_items_pkey" PRIMARY KEY ("trade_id","item_id")
);

-- CreateTable
CREATE TABLE "trade_currencies" (
    "trade_id" UUID NOT NULL,
    "character_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "debited_at" TIMESTAMPTZ(3),
    "credited_at" TIMESTAMPTZ(3),
    "refunded_at" TIMESTAMPTZ(3),

    CONSTRAINT "trade_currencies_pkey" PRIMARY KEY ("trade_id","character_id")
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
CREATE INDEX "characters_account_id_idx" ON "characters"("account_id");

-- CreateIndex
CREATE INDEX "characters_deleted_at_idx" ON "characters"("deleted_at");

-- CreateIndex
CREATE INDEX "items_account_id_idx" ON "items"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "items_holder_id_container_slot_key" ON "items"("holder_id", "container", "slot");

-- CreateIndex
CREATE INDEX "trades_initiator_id_idx" ON "trades"("initiator_id");

-- CreateIndex
CREATE INDEX "trades_recipient_id_idx" ON "trades"("recipient_id");

-- CreateIndex
CREATE INDEX "trades_status_updated_at_idx" ON "trades"("status", "updated_at");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- AddForeignKey
ALTER TABLE "zones" ADD CONSTRAINT "zones_realm_id_fkey" FOREIGN KEY ("realm_id") REFERENCES "realms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "characters" ADD CONSTRAINT "characters_realm_id_fkey" FOREIGN KEY ("realm_id") REFERENCES "realms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bags" ADD CONSTRAINT "bags_character_id_fkey" FOREIGN KEY ("character_id") REFERENCES "characters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "item_definitions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_items" ADD CONSTRAINT "trade_items_trade_id_fkey" FOREIGN KEY ("trade_id") REFERENCES "trades"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_currencies" ADD CONSTRAINT "trade_currencies_trade_id_fkey" FOREIGN KEY ("trade_id") REFERENCES "trades"("id") ON DELETE CASCADE ON UPDATE CASCADE;
