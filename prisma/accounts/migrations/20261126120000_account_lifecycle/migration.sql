-- The rest of an account's life: verified email, reset and verification tokens, two-factor
-- sign-in, erasure, and append-only sign-in records. Hand-written: the shadow database cannot
-- replay this context's trigger migration.
ALTER TABLE "users" ADD COLUMN "email_verified_at" TIMESTAMPTZ(3),
    ADD COLUMN "totp_secret" VARCHAR(64),
    ADD COLUMN "totp_enabled_at" TIMESTAMPTZ(3),
    ADD COLUMN "erased_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "account_tokens" (
    "token_hash" CHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" VARCHAR(16) NOT NULL,
    "email" VARCHAR(254),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("token_hash")
);
CREATE INDEX "account_tokens_user_id_idx" ON "account_tokens"("user_id");
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "recovery_codes" (
    "code_hash" CHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("code_hash")
);
CREATE INDEX "recovery_codes_user_id_idx" ON "recovery_codes"("user_id");
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable: no foreign key and no login text, so an erased user's records stay (an id, an address, a user agent).
CREATE TABLE "sign_in_records" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "address" VARCHAR(64),
    "user_agent" VARCHAR(512),
    "outcome" VARCHAR(32) NOT NULL,

    CONSTRAINT "sign_in_records_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sign_in_records_user_id_at_idx" ON "sign_in_records"("user_id", "at");

-- Sign-in records are append-only: the database itself refuses to change or remove one.
CREATE OR REPLACE FUNCTION sign_in_records_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'sign_in_records are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER sign_in_records_no_update_delete
  BEFORE UPDATE OR DELETE ON "sign_in_records"
  FOR EACH ROW EXECUTE FUNCTION sign_in_records_append_only();
CREATE TRIGGER sign_in_records_no_truncate
  BEFORE TRUNCATE ON "sign_in_records"
  FOR EACH STATEMENT EXECUTE FUNCTION sign_in_records_append_only();
