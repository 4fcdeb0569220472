-- Support staff (tickets and reports) beside admins. Hand-written: the shadow database cannot
-- replay this context's trigger migration.
ALTER TYPE "Role" ADD VALUE 'support' AFTER 'admin';

-- CreateTable
CREATE TABLE "user_limitations" (
    "user_id" UUID NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_limitations_pkey" PRIMARY KEY ("user_id","kind")
);
