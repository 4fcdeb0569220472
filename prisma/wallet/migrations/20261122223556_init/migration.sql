-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EntryKind" AS ENUM ('admin_credit', 'transfer_in', 'transfer_out', 'credit', 'debit');

-- CreateTable
CREATE TABLE "balances" (
    "user_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "balances_pkey" PRIMARY KEY ("user_id","asset")
);

-- CreateTable
CREATE TABLE "ledger_entries" (
    "id" VARCHAR(40) NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "balance_after" DECIMAL(20,10) NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "counterparty_id" UUID,
    "memo" VARCHAR(280),
    "reference" VARCHAR(128),
    "operation_id" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "operations" (
    "id" VARCHAR(40) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "idempotency_key" VARCHAR(128) NOT NULL,
    "command" VARCHAR(32) NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "operations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entries_seq_key" ON "ledger_entries"("seq");

-- CreateIndex
CREATE INDEX "ledger_entries_user_id_seq_idx" ON "ledger_entries"("user_id", "seq" DESC);

-- CreateIndex
CREATE INDEX "ledger_entries_operation_id_idx" ON "ledger_entries"("operation_id");

-- CreateIndex
CREATE UNIQUE INDEX "operations_actor_idempotency_key_key" ON "operations"("actor", "idempotency_key");

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_operation_id_fkey" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-added: Prisma's schema language cannot express CHECK constraints. A balance never goes negative.
ALTER TABLE "balances" ADD CONSTRAINT "balances_amount_non_negative" CHECK ("amount" >= 0);
