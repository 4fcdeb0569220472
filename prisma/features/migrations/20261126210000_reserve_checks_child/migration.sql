-- A purchase's reservation step also answers whether the buyer is a child (migration
-- 20261126173000_purchase_steps has the rest of it): buyFeature read features' copy of children's
-- permissions in a query of its own before reserving, one more round trip for every purchase,
-- though almost no buyer is a child. Now a buyer with an active child_permissions row is answered
-- 'child' before anything else is looked at, and only then does the caller read their permissions,
-- apply the kit's rule (assertChildMay: FORBIDDEN, reason CHILD_BUY_NOT_ALLOWED) and call again with
-- p_child_checked; everyone else is reserved in the same one statement. The rule stays in the kit.
-- An accepted buy request passes p_child_checked (its buyer was checked when they made it).
-- Hand-written: Prisma's schema does not model functions.

DROP FUNCTION "features_reserve_purchase"(VARCHAR, VARCHAR, UUID, VARCHAR, NUMERIC, VARCHAR, UUID, NUMERIC, VARCHAR);

CREATE FUNCTION "features_reserve_purchase"(
  "p_purchase_id" VARCHAR, "p_feature_id" VARCHAR, "p_buyer_id" UUID, "p_idempotency_key" VARCHAR, "p_commission_rate" NUMERIC,
  "p_request_id" VARCHAR, "p_seller_id" UUID, "p_price" NUMERIC, "p_asset" VARCHAR, "p_child_checked" BOOLEAN
) RETURNS SETOF "purchase_step" LANGUAGE plpgsql AS $$
DECLARE
  "f" RECORD;
  "p" "purchases";
  "v_price" NUMERIC(20,10);
  "s" "purchase_step";
BEGIN
  -- Before anything else, as the separate read did: a buyer who is a child goes back to the caller,
  -- which applies the kit's rule to their permissions and calls again with p_child_checked.
  IF NOT "p_child_checked" AND EXISTS (SELECT 1 FROM "child_permissions" WHERE "user_id" = "p_buyer_id" AND "active") THEN
    s."outcome" := 'child'; RETURN NEXT "s"; RETURN;
  END IF;
  SELECT * INTO "p" FROM "purchases" WHERE "buyer_id" = "p_buyer_id" AND "idempotency_key" = "p_idempotency_key";
  IF FOUND THEN RETURN NEXT "purchase_step_of"('same', "p"); RETURN; END IF;

  SELECT "status"::text AS "status", "owner_id", "price", "price_asset" INTO "f" FROM "features" WHERE "id" = "p_feature_id" FOR UPDATE;
  IF NOT FOUND THEN RETURN NEXT "purchase_refusal"('NOT_FOUND', 'Parcel not found'); RETURN; END IF;
  -- The same buyer and key got here first (we waited on its row lock): that purchase is the answer.
  SELECT * INTO "p" FROM "purchases" WHERE "buyer_id" = "p_buyer_id" AND "idempotency_key" = "p_idempotency_key";
  IF FOUND THEN RETURN NEXT "purchase_step_of"('same', "p"); RETURN; END IF;

  IF f."status" = 'reserved' THEN RETURN NEXT "purchase_refusal"('CONFLICT', 'Someone is buying this parcel right now'); RETURN; END IF;
  IF "p_request_id" IS NULL THEN
    IF f."owner_id" = "p_buyer_id" THEN RETURN NEXT "purchase_refusal"('BAD_USER_INPUT', 'You already own this parcel'); RETURN; END IF;
    IF f."status" = 'sold' THEN RETURN NEXT "purchase_refusal"('CONFLICT', 'This parcel was just sold; its owner can still accept a buy request'); RETURN; END IF;
  ELSIF f."owner_id" IS DISTINCT FROM "p_seller_id" THEN
    RETURN NEXT "purchase_refusal"('CONFLICT', 'This parcel changed hands; the buy request no longer applies'); RETURN;
  END IF;

  "v_price" := coalesce("p_price", f."price");
  INSERT INTO "purchases" ("id", "feature_id", "buyer_id", "seller_id", "asset", "price", "commission", "buy_request_id", "from_status", "idempotency_key", "status", "updated_at")
  VALUES ("p_purchase_id", "p_feature_id", "p_buyer_id", f."owner_id", coalesce("p_asset", f."price_asset"), "v_price",
          -- the platform's share, rounded down to the column's scale; nothing when nobody sells
          CASE WHEN f."owner_id" IS NULL THEN 0 ELSE trunc("v_price" * "p_commission_rate", 10) END,
          "p_request_id", f."status"::"FeatureStatus", "p_idempotency_key", 'reserved', now())
  ON CONFLICT ("buyer_id", "idempotency_key") DO NOTHING
  RETURNING * INTO "p";
  IF NOT FOUND THEN
    -- Same buyer and key raced in for another parcel: the first one's purchase is the answer.
    SELECT * INTO "p" FROM "purchases" WHERE "buyer_id" = "p_buyer_id" AND "idempotency_key" = "p_idempotency_key";
    RETURN NEXT "purchase_step_of"('same', "p"); RETURN;
  END IF;
  UPDATE "features" SET "status" = 'reserved', "version" = "version" + 1, "updated_at" = now() WHERE "id" = "p_feature_id";
  PERFORM "feature_status_event"("p_feature_id", 'reserved', f."status", f."owner_id");
  RETURN NEXT "purchase_step_of"('fresh', "p");
END $$;
