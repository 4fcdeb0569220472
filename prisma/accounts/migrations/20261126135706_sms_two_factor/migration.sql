-- Two-factor sign-in by SMS: the confirmed phone number, and one-time codes kept as keyed hashes.
-- CreateEnum
CREATE TYPE "SmsPurpose" AS ENUM ('enrol', 'login', 'disable');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "phone_number" VARCHAR(16),
ADD COLUMN     "sms_two_factor_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "sms_codes" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "SmsPurpose" NOT NULL,
    "phone" VARCHAR(16) NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sms_codes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sms_codes_user_id_purpose_idx" ON "sms_codes"("user_id", "purpose");

-- AddForeignKey
ALTER TABLE "sms_codes" ADD CONSTRAINT "sms_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
