-- The purchase steps of the purchases in flight, together: one statement and one commit for a batch
-- of reservations (features_reserve_purchases) or of ownership transfers (features_transfer_purchases)
-- instead of one each (domain/market.ts gathers them, as wallet's group commit gathers debits). Each
-- item is the same single step as before (20261126210000_reserve_checks_child,
-- 20261126173000_purchase_steps), called in turn in one transaction, and answers its own row, tagged
-- with its place in the input ("ord", from 1). Items run in parcel-id order (then input order), so
-- two batches lock the parcels they share in the same order and never wait on each other in a cycle.
-- A reservation's refusals are rows like any other; a transfer that raises (its parcel not reserved
-- for it) fails the whole batch, which changes nothing, and the caller then runs that batch's items
-- one by one so that only that purchase fails. The single-step functions stay: pods of the previous
-- release call them, and so does the caller's one-by-one path.
-- Hand-written: Prisma's schema does not model functions.

CREATE FUNCTION "features_reserve_purchases"(
  "p_purchase_ids" VARCHAR[], "p_feature_ids" VARCHAR[], "p_buyer_ids" UUID[], "p_idempotency_keys" VARCHAR[], "p_commission_rates" NUMERIC[],
  "p_request_ids" VARCHAR[], "p_seller_ids" UUID[], "p_prices" NUMERIC[], "p_assets" VARCHAR[], "p_child_checked" BOOLEAN[]
) RETURNS TABLE (
  "ord" INT, "outcome" TEXT, "refusal_code" TEXT, "refusal" TEXT,
  "id" VARCHAR, "feature_id" VARCHAR, "buyer_id" TEXT, "seller_id" TEXT, "asset" VARCHAR, "price" TEXT, "commission" TEXT,
  "buy_request_id" VARCHAR, "from_status" TEXT, "idempotency_key" VARCHAR, "status" TEXT, "failure" VARCHAR,
  "created_at" TIMESTAMPTZ, "updated_at" TIMESTAMPTZ
) LANGUAGE plpgsql
-- Its statements take arrays, whose sizes change the estimates, never the plan (as wallet_record_operations).
SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
  "x" RECORD;
BEGIN
  FOR "x" IN
    SELECT * FROM unnest("p_purchase_ids", "p_feature_ids", "p_buyer_ids", "p_idempotency_keys", "p_commission_rates",
                         "p_request_ids", "p_seller_ids", "p_prices", "p_assets", "p_child_checked") WITH ORDINALITY
      AS i("purchase_id", "feature_id", "buyer_id", "idempotency_key", "commission_rate", "request_id", "seller_id", "price", "asset", "child_checked", "n")
    ORDER BY i."feature_id", i."n"
  LOOP
    RETURN QUERY SELECT x."n"::INT, s.* FROM "features_reserve_purchase"(x."purchase_id", x."feature_id", x."buyer_id", x."idempotency_key",
      x."commission_rate", x."request_id", x."seller_id", x."price", x."asset", x."child_checked") s;
  END LOOP;
END $$;

CREATE FUNCTION "features_transfer_purchases"("p_purchase_ids" VARCHAR[]) RETURNS TABLE (
  "ord" INT, "outcome" TEXT, "refusal_code" TEXT, "refusal" TEXT,
  "id" VARCHAR, "feature_id" VARCHAR, "buyer_id" TEXT, "seller_id" TEXT, "asset" VARCHAR, "price" TEXT, "commission" TEXT,
  "buy_request_id" VARCHAR, "from_status" TEXT, "idempotency_key" VARCHAR, "status" TEXT, "failure" VARCHAR,
  "created_at" TIMESTAMPTZ, "updated_at" TIMESTAMPTZ
) LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
  "x" RECORD;
BEGIN
  -- A purchase's parcel never changes, so it is read without a lock to order the items; an unknown
  -- id sorts last and raises in its step, as a single transfer of it does.
  FOR "x" IN
    SELECT i."purchase_id", i."n" FROM unnest("p_purchase_ids") WITH ORDINALITY AS i("purchase_id", "n")
      LEFT JOIN "purchases" p ON p."id" = i."purchase_id"
    ORDER BY p."feature_id", i."n"
  LOOP
    RETURN QUERY SELECT x."n"::INT, s.* FROM "features_transfer_purchase"(x."purchase_id") s;
  END LOOP;
END $$;
