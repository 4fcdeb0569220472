-- AlterTable
ALTER TABLE "trade_items" ADD COLUMN     "definition_id" VARCHAR(48) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "trades" ADD COLUMN     "initiator_account_id" UUID NOT NULL,
ADD COLUMN     "recipient_account_id" UUID NOT NULL;
