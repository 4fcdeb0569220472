-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "LandUse" AS ENUM ('residential', 'commercial', 'educational', 'healthcare', 'industrial', 'recreational', 'agricultural', 'governmental');

-- CreateEnum
CREATE TYPE "FeatureStatus" AS ENUM ('available', 'for_sale', 'sold', 'reserved');

-- CreateEnum
CREATE TYPE "BuyRequestStatus" AS ENUM ('pending', 'accepted', 'rejected', 'cancelled');

-- CreateEnum
CREATE TYPE "PurchaseStatus" AS ENUM ('reserved', 'debited', 'transferred', 'completed', 'compensated', 'failed');

-- CreateTable
CREATE TABLE "features" (
    "id" VARCHAR(64) NOT NULL,
    "geometry" JSONB NOT NULL,
    "bounds" box NOT NULL,
    "centroid_lng" DOUBLE PRECISION NOT NULL,
    "centroid_lat" DOUBLE PRECISION NOT NULL,
    "area_m2" DOUBLE PRECISION NOT NULL,
    "land_use" "LandUse" NOT NULL,
    "status" "FeatureStatus" NOT NULL DEFAULT 'available',
    "owner_id" UUID,
    "owned_since" TIMESTAMPTZ(3),
    "price_asset" VARCHAR(16) NOT NULL,
    "price" DECIMAL(20,10) NOT NULL,
    "images" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "features_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "buildings" (
    "id" VARCHAR(40) NOT NULL,
    "feature_id" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "name" VARCHAR(80),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "buildings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "buy_requests" (
    "id" VARCHAR(40) NOT NULL,
    "feature_id" VARCHAR(64) NOT NULL,
    "buyer_id" UUID NOT NULL,
    "seller_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "price" DECIMAL(20,10) NOT NULL,
    "note" VARCHAR(500),
    "status" "BuyRequestStatus" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "buy_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "purchases" (
    "id" VARCHAR(40) NOT NULL,
    "feature_id" VARCHAR(64) NOT NULL,
    "buyer_id" UUID NOT NULL,
    "seller_id" UUID,
    "asset" VARCHAR(16) NOT NULL,
    "price" DECIMAL(20,10) NOT NULL,
    "commission" DECIMAL(20,10) NOT NULL,
    "buy_request_id" VARCHAR(40),
    "from_status" "FeatureStatus" NOT NULL,
    "idempotency_key" VARCHAR(128) NOT NULL,
    "status" "PurchaseStatus" NOT NULL,
    "failure" VARCHAR(200),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "purchases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hourly_profits" (
    "feature_id" VARCHAR(64) NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "owner_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "withdrawal_id" VARCHAR(40),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hourly_profits_pkey" PRIMARY KEY ("feature_id","hour")
);

-- CreateTable
CREATE TABLE "profit_runs" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "credited" INTEGER NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "profit_runs_pkey" PRIMARY KEY ("hour")
);

-- CreateTable
CREATE TABLE "profit_withdrawals" (
    "id" VARCHAR(40) NOT NULL,
    "owner_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "idempotency_key" VARCHAR(128) NOT NULL,
    "credited" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "profit_withdrawals_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "features_owner_id_idx" ON "features"("owner_id");

-- CreateIndex
CREATE INDEX "buildings_feature_id_idx" ON "buildings"("feature_id");

-- CreateIndex
CREATE INDEX "buy_requests_buyer_id_idx" ON "buy_requests"("buyer_id");

-- CreateIndex
CREATE INDEX "buy_requests_seller_id_idx" ON "buy_requests"("seller_id");

-- CreateIndex
CREATE INDEX "buy_requests_feature_id_idx" ON "buy_requests"("feature_id");

-- CreateIndex
CREATE INDEX "purchases_feature_id_idx" ON "purchases"("feature_id");

-- CreateIndex
CREATE UNIQUE INDEX "purchases_buyer_id_idempotency_key_key" ON "purchases"("buyer_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "hourly_profits_owner_id_withdrawal_id_idx" ON "hourly_profits"("owner_id", "withdrawal_id");

-- CreateIndex
CREATE UNIQUE INDEX "profit_withdrawals_owner_id_idempotency_key_key" ON "profit_withdrawals"("owner_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- AddForeignKey
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_feature_id_fkey" FOREIGN KEY ("feature_id") REFERENCES "features"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "buy_requests" ADD CONSTRAINT "buy_requests_feature_id_fkey" FOREIGN KEY ("feature_id") REFERENCES "features"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-added: Prisma's schema language cannot declare these.
-- Bounding-box search: `bounds && box(...)` uses this GiST index.
CREATE INDEX "features_bounds_gist" ON "features" USING GIST ("bounds");
-- Prices and amounts are never negative.
ALTER TABLE "features" ADD CONSTRAINT "features_price_non_negative" CHECK ("price" >= 0);
ALTER TABLE "buy_requests" ADD CONSTRAINT "buy_requests_price_positive" CHECK ("price" > 0);
-- At most one purchase in flight per parcel.
CREATE UNIQUE INDEX "purchases_one_open_per_feature" ON "purchases" ("feature_id") WHERE "status" IN ('reserved', 'debited', 'transferred');
