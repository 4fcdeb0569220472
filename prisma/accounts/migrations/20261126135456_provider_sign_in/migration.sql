-- AlterTable
ALTER TABLE "sign_in_records" ADD COLUMN     "provider" VARCHAR(32);

-- CreateTable
CREATE TABLE "provider_links" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "provider" VARCHAR(32) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "email" VARCHAR(254),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "provider_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_states" (
    "state_hash" CHAR(64) NOT NULL,
    "provider" VARCHAR(32) NOT NULL,
    "purpose" VARCHAR(8) NOT NULL,
    "redirect_uri" VARCHAR(2048) NOT NULL,
    "code_verifier" VARCHAR(128) NOT NULL,
    "nonce" VARCHAR(128) NOT NULL,
    "user_id" UUID,
    "session_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provider_states_pkey" PRIMARY KEY ("state_hash")
);

-- CreateIndex
CREATE UNIQUE INDEX "provider_links_provider_subject_key" ON "provider_links"("provider", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "provider_links_user_id_provider_key" ON "provider_links"("user_id", "provider");

-- CreateIndex
CREATE INDEX "provider_states_expires_at_idx" ON "provider_states"("expires_at");

-- AddForeignKey
ALTER TABLE "provider_links" ADD CONSTRAINT "provider_links_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
