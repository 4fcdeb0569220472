-- A user's bank accounts (IBAN, mod-97 checked), for payouts. Hand-written: the shadow database
-- cannot replay this context's trigger migration.
CREATE TABLE "bank_accounts" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "iban" VARCHAR(34) NOT NULL,
    "holder_name" VARCHAR(70) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_accounts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "bank_accounts_user_id_iban_key" ON "bank_accounts"("user_id", "iban");
ALTER TABLE "bank_accounts" ADD CONSTRAINT "bank_accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
