-- CreateTable
CREATE TABLE "kyc_submissions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "legal_name" VARCHAR(200) NOT NULL,
    "birth_date" DATE NOT NULL,
    "document_number" VARCHAR(64) NOT NULL,
    "document_country" CHAR(2) NOT NULL,
    "document_ids" UUID[],
    "status" "KycStatus" NOT NULL DEFAULT 'pending',
    "queue_rank" SMALLINT NOT NULL DEFAULT 0,
    "rejection_reason" VARCHAR(1000),
    "decided_by" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "kyc_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "kyc_submissions_queue_rank_submitted_at_id_idx" ON "kyc_submissions"("queue_rank", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "kyc_submissions_user_id_submitted_at_idx" ON "kyc_submissions"("user_id", "submitted_at");

-- AddForeignKey
ALTER TABLE "kyc_submissions" ADD CONSTRAINT "kyc_submissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one pending submission per user: two concurrent submissions cannot both wait for review.
CREATE UNIQUE INDEX "kyc_submissions_one_pending" ON "kyc_submissions"("user_id") WHERE "status" = 'pending';
