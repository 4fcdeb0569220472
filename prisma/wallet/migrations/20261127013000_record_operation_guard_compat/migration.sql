-- A rolling deploy's old pods keep their wallet_record_operation: 20261126210500_record_operation_no_guard
-- dropped its fourteen-argument form (with p_guard), which release 1.0.0 calls, so during the rollout
-- from 1.0.0 the old pods' wallet commands failed until they were replaced (README: migrations and
-- rolling deploys). Here that signature comes back beside the new one, with the same behaviour as in
-- 20261126140000_record_operation: its guard (SQLSTATE WGFUL for a debtor who is an active child, or,
-- with 'purchase', who owes a referral reward), then the same recording, done by the new form.
-- A later release drops it, once no running code calls it.
-- Hand-written: Prisma's schema does not model functions.
CREATE FUNCTION "wallet_record_operation"(
  "p_operation_id" VARCHAR, "p_actor" VARCHAR, "p_idempotency_key" VARCHAR, "p_command" VARCHAR, "p_request_hash" CHAR(64),
  "p_entry_ids" VARCHAR[], "p_user_ids" UUID[], "p_assets" VARCHAR[], "p_amounts" NUMERIC[], "p_kinds" TEXT[],
  "p_counterparty_ids" UUID[], "p_memos" VARCHAR[], "p_references" VARCHAR[], "p_guard" TEXT
) RETURNS TABLE ("seq" BIGINT, "balance_after" TEXT, "created_at" TIMESTAMPTZ) LANGUAGE plpgsql AS $$
BEGIN
  IF "p_guard" IS NOT NULL THEN
    IF EXISTS (
      SELECT 1 FROM unnest("p_user_ids", "p_amounts") AS m("user_id", "amount")
      WHERE m."amount" < 0 AND (
        EXISTS (SELECT 1 FROM "child_permissions" c WHERE c."user_id" = m."user_id" AND c."active")
        OR ("p_guard" = 'purchase' AND EXISTS (SELECT 1 FROM "referrals" r WHERE r."referred_id" = m."user_id" AND r."rewarded_at" IS NULL))
      )
    ) THEN
      RAISE EXCEPTION 'this command needs the full transaction' USING ERRCODE = 'WGFUL';
    END IF;
  END IF;
  RETURN QUERY SELECT * FROM "wallet_record_operation"(
    "p_operation_id", "p_actor", "p_idempotency_key", "p_command", "p_request_hash",
    "p_entry_ids", "p_user_ids", "p_assets", "p_amounts", "p_kinds",
    "p_counterparty_ids", "p_memos", "p_references");
END $$;
