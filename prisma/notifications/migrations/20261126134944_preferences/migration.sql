-- Notification preferences per kind and channel; rows kept when in-app is off for their kind.
-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('in_app', 'email', 'sms');

-- AlterEnum: security kinds (password reset, two-factor codes), listed in preferences as mandatory
ALTER TYPE "NotificationKind" ADD VALUE 'password_reset';
ALTER TYPE "NotificationKind" ADD VALUE 'two_factor_code';

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "in_app" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id","kind","channel")
);
