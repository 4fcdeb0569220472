-- A rolling deploy's old pods keep their features_reserve_purchase: 20261126210000_reserve_checks_child
-- dropped its nine-argument form, which releases from 20261126173000_purchase_steps until then call,
-- so during such a rollout the old pods' buyFeature failed until they were replaced (README:
-- migrations and rolling deploys). Here that signature comes back beside the new one. Its callers
-- read the buyer's child permissions themselves before reserving, so it is the new form with
-- p_child_checked: the same reservation as before. A later release drops it, once no running code
-- calls it.
-- Hand-written: Prisma's schema does not model functions.
CREATE FUNCTION "features_reserve_purchase"(
  "p_purchase_id" VARCHAR, "p_feature_id" VARCHAR, "p_buyer_id" UUID, "p_idempotency_key" VARCHAR, "p_commission_rate" NUMERIC,
  "p_request_id" VARCHAR, "p_seller_id" UUID, "p_price" NUMERIC, "p_asset" VARCHAR
) RETURNS SETOF "purchase_step" LANGUAGE sql AS $$
  SELECT * FROM "features_reserve_purchase"("p_purchase_id", "p_feature_id", "p_buyer_id", "p_idempotency_key", "p_commission_rate",
    "p_request_id", "p_seller_id", "p_price", "p_asset", true);
$$;
