-- CreateTable
CREATE TABLE "child_permissions" (
    "user_id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL,
    "daily_spend_limit" DECIMAL(20,10),
    "can_buy_parcels" BOOLEAN NOT NULL,
    "can_sell_parcels" BOOLEAN NOT NULL,
    "can_chat" BOOLEAN NOT NULL,
    "version" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "child_permissions_pkey" PRIMARY KEY ("user_id")
);
