-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "audit_entries" (
    "event_id" VARCHAR(128) NOT NULL,
    "context" VARCHAR(64) NOT NULL,
    "seq" BIGINT NOT NULL,
    "action" VARCHAR(128) NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "error_code" VARCHAR(64),
    "actor" VARCHAR(128) NOT NULL,
    "user_ids" VARCHAR(64)[],
    "entity_type" VARCHAR(64),
    "entity_id" VARCHAR(128),
    "request_id" VARCHAR(128),
    "client_address" VARCHAR(64),
    "user_agent" VARCHAR(256),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "text" TEXT NOT NULL,
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "audit_chain_heads" (
    "context" VARCHAR(64) NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_chain_heads_pkey" PRIMARY KEY ("context")
);

-- CreateIndex
CREATE INDEX "audit_entries_occurred_at_event_id_idx" ON "audit_entries"("occurred_at" DESC, "event_id" DESC);

-- CreateIndex
CREATE INDEX "audit_entries_actor_occurred_at_idx" ON "audit_entries"("actor", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_entries_entity_type_entity_id_idx" ON "audit_entries"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_entries_context_recorded_at_idx" ON "audit_entries"("context", "recorded_at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_entries_context_seq_key" ON "audit_entries"("context", "seq");

-- Hand-added: Prisma's schema language cannot declare this.
-- User.auditTrail: entries concerning one user.
CREATE INDEX "audit_entries_user_ids" ON "audit_entries" USING GIN ("user_ids");
