-- Commerce (MetaRGB Commercial): top-up orders paid through a gateway, platform variables with their
-- history, commissions credited to the platform account, referral codes and referrals.

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('pending', 'paid', 'failed', 'cancelled', 'expired');

-- AlterEnum: ledger entries of a paid order, a commission and a referral reward
ALTER TYPE "EntryKind" ADD VALUE 'top_up';
ALTER TYPE "EntryKind" ADD VALUE 'commission';
ALTER TYPE "EntryKind" ADD VALUE 'referral_reward';

-- CreateTable
CREATE TABLE "payment_orders" (
    "id" VARCHAR(40) NOT NULL,
    "number" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "unit_price" DECIMAL(20,10) NOT NULL,
    "price_irr" BIGINT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'pending',
    "gateway" VARCHAR(16) NOT NULL,
    "token" VARCHAR(64),
    "rrn" VARCHAR(64),
    "card_masked" VARCHAR(32),
    "failure" VARCHAR(200),
    "operation_id" VARCHAR(40),
    "idempotency_key" VARCHAR(128) NOT NULL,
    "return_url" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "settled_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payment_orders_price_positive" CHECK ("price_irr" > 0 AND "amount" > 0)
);

CREATE UNIQUE INDEX "payment_orders_number_key" ON "payment_orders"("number");
CREATE UNIQUE INDEX "payment_orders_token_key" ON "payment_orders"("gateway", "token");
-- One ledger operation per order: a paid order is credited once, whatever replays the callback.
CREATE UNIQUE INDEX "payment_orders_operation_id_key" ON "payment_orders"("operation_id");
CREATE UNIQUE INDEX "payment_orders_user_id_idempotency_key_key" ON "payment_orders"("user_id", "idempotency_key");
CREATE INDEX "payment_orders_user_id_created_at_idx" ON "payment_orders"("user_id", "created_at" DESC);
CREATE INDEX "payment_orders_status_expires_at_idx" ON "payment_orders"("status", "expires_at");

-- CreateTable
CREATE TABLE "platform_variables" (
    "key" VARCHAR(64) NOT NULL,
    "value" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_by" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_variables_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "platform_variable_changes" (
    "id" BIGSERIAL NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "old_value" VARCHAR(200),
    "new_value" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL,
    "changed_by" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(280),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_variable_changes_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "platform_variable_changes_key_version_key" ON "platform_variable_changes"("key", "version");

-- CreateTable
CREATE TABLE "commissions" (
    "id" VARCHAR(40) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "reference" VARCHAR(128) NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "payer_id" UUID,
    "operation_id" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commissions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "commissions_amount_positive" CHECK ("amount" > 0)
);

CREATE UNIQUE INDEX "commissions_operation_id_key" ON "commissions"("operation_id");
CREATE INDEX "commissions_created_at_idx" ON "commissions"("created_at");

-- CreateTable
CREATE TABLE "referral_codes" (
    "user_id" UUID NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_codes_pkey" PRIMARY KEY ("user_id")
);

CREATE UNIQUE INDEX "referral_codes_code_key" ON "referral_codes"("code");

-- CreateTable
CREATE TABLE "referrals" (
    "referred_id" UUID NOT NULL,
    "referrer_id" UUID NOT NULL,
    "address" VARCHAR(64),
    "reward_asset" VARCHAR(16),
    "reward_amount" DECIMAL(20,10),
    "rewarded_at" TIMESTAMPTZ(3),
    "reward_operation_id" VARCHAR(40),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referrals_pkey" PRIMARY KEY ("referred_id"),
    CONSTRAINT "referrals_not_self" CHECK ("referred_id" <> "referrer_id")
);

CREATE INDEX "referrals_referrer_id_idx" ON "referrals"("referrer_id");
CREATE INDEX "referrals_address_idx" ON "referrals"("address");
