-- A purchase's two steps in features, one statement each (domain/market.ts). Called on their own
-- (autocommit), a parcel stays locked only while Postgres runs the step, and a step costs one round
-- trip instead of a dozen: under 50 purchases in flight the interactive transactions held the
-- pool's connections across every round trip and each step queued for a connection. The checks,
-- the rows and the outbox events are the same as the TypeScript steps wrote. Hand-written: Prisma's
-- schema does not model functions.

-- The columns a step answers with: a purchase row (decimals as text, exact) and what happened.
CREATE TYPE "purchase_step" AS (
  "outcome" TEXT, "refusal_code" TEXT, "refusal" TEXT,
  "id" VARCHAR, "feature_id" VARCHAR, "buyer_id" TEXT, "seller_id" TEXT, "asset" VARCHAR, "price" TEXT, "commission" TEXT,
  "buy_request_id" VARCHAR, "from_status" TEXT, "idempotency_key" VARCHAR, "status" TEXT, "failure" VARCHAR,
  "created_at" TIMESTAMPTZ, "updated_at" TIMESTAMPTZ
);

CREATE FUNCTION "purchase_step_of"("p_outcome" TEXT, "p" "purchases") RETURNS "purchase_step" LANGUAGE sql IMMUTABLE AS $$
  SELECT "p_outcome", NULL::text, NULL::text, p."id", p."feature_id", p."buyer_id"::text, p."seller_id"::text, p."asset",
         trim_scale(p."price")::text, trim_scale(p."commission")::text, p."buy_request_id", p."from_status"::text,
         p."idempotency_key", p."status"::text, p."failure", p."created_at", p."updated_at"
$$;

CREATE FUNCTION "purchase_refusal"("p_code" TEXT, "p_message" TEXT) RETURNS "purchase_step" LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE "s" "purchase_step";
BEGIN
  s."outcome" := 'refused'; s."refusal_code" := "p_code"; s."refusal" := "p_message";
  RETURN "s";
END $$;

-- FeatureStatusChanged as emit() writes it: the parcel's box as [minLng, minLat, maxLng, maxLat].
CREATE FUNCTION "feature_status_event"("p_feature_id" VARCHAR, "p_status" TEXT, "p_previous" TEXT, "p_owner_id" UUID) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "outbox_events" ("type", "aggregate_id", "payload")
  SELECT 'FeatureStatusChanged', f."id", jsonb_build_object(
    'type', 'FeatureStatusChanged', 'featureId', f."id", 'status', "p_status", 'previousStatus', "p_previous", 'ownerId', "p_owner_id",
    -- A box's corners are (upper right, lower left).
    'bounds', jsonb_build_array((f."bounds"[1])[0], (f."bounds"[1])[1], (f."bounds"[0])[0], (f."bounds"[0])[1]))
  FROM "features" f WHERE f."id" = "p_feature_id"
$$;

-- Step 1: reserve the parcel. Locks it (of concurrent buyers exactly one reserves it), answers
-- 'same' with the purchase this buyer and key started before, 'refused' with a code and message,
-- or 'fresh' with the new purchase. p_request_id: the accepted buy request (its price and asset,
-- p_seller_id the owner it was made to); NULL for a direct buy at the listed price.
CREATE FUNCTION "features_reserve_purchase"(
  "p_purchase_id" VARCHAR, "p_feature_id" VARCHAR, "p_buyer_id" UUID, "p_idempotency_key" VARCHAR, "p_commission_rate" NUMERIC,
  "p_request_id" VARCHAR, "p_seller_id" UUID, "p_price" NUMERIC, "p_asset" VARCHAR
) RETURNS SETOF "purchase_step" LANGUAGE plpgsql AS $$
DECLARE
  "f" RECORD;
  "p" "purchases";
  "v_price" NUMERIC(20,10);
BEGIN
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

-- Step 3, once the buyer is debited: the parcel changes hands. The buyer becomes the owner, the
-- accepted request is marked, offers made to the previous owner are cancelled, the events are
-- written, and the purchase becomes 'transferred' (the seller is still to be paid) or 'completed'
-- (nobody to pay). Runs once: a purchase past this step is answered as it is ('same'). Raises
-- (and changes nothing) when the parcel is not reserved for it: the caller refunds the buyer.
CREATE FUNCTION "features_transfer_purchase"("p_purchase_id" VARCHAR) RETURNS SETOF "purchase_step" LANGUAGE plpgsql AS $$
DECLARE
  "p" "purchases";
  "r" RECORD;
BEGIN
  SELECT * INTO "p" FROM "purchases" WHERE "id" = "p_purchase_id" FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'purchase % not found', "p_purchase_id"; END IF;
  IF p."status" NOT IN ('reserved', 'debited') THEN RETURN NEXT "purchase_step_of"('same', "p"); RETURN; END IF;

  UPDATE "features" SET "owner_id" = p."buyer_id", "owned_since" = now(), "status" = 'sold', "price" = p."price",
         "version" = "version" + 1, "updated_at" = now()
  WHERE "id" = p."feature_id" AND "status" = 'reserved';
  IF NOT FOUND THEN RAISE EXCEPTION 'parcel % was not reserved for purchase %', p."feature_id", p."id"; END IF;

  IF p."buy_request_id" IS NOT NULL THEN
    UPDATE "buy_requests" SET "status" = 'accepted', "updated_at" = now() WHERE "id" = p."buy_request_id";
  END IF;
  -- Offers made to the previous owner no longer apply.
  FOR "r" IN
    UPDATE "buy_requests" SET "status" = 'cancelled', "deleted_at" = now(), "updated_at" = now()
    WHERE "feature_id" = p."feature_id" AND "status" = 'pending' AND "id" IS DISTINCT FROM p."buy_request_id"
    RETURNING "id", "feature_id", "buyer_id", "seller_id"
  LOOP
    INSERT INTO "outbox_events" ("type", "aggregate_id", "payload") VALUES ('BuyRequestCancelled', p."feature_id", jsonb_build_object(
      'type', 'BuyRequestCancelled', 'requestId', r."id", 'featureId', r."feature_id", 'buyerId', r."buyer_id", 'sellerId', r."seller_id"));
  END LOOP;
  IF p."buy_request_id" IS NOT NULL AND p."seller_id" IS NOT NULL THEN
    INSERT INTO "outbox_events" ("type", "aggregate_id", "payload") VALUES ('BuyRequestAccepted', p."feature_id", jsonb_build_object(
      'type', 'BuyRequestAccepted', 'requestId', p."buy_request_id", 'featureId', p."feature_id", 'buyerId', p."buyer_id", 'sellerId', p."seller_id"));
  END IF;
  PERFORM "feature_status_event"(p."feature_id", 'sold', 'reserved', p."buyer_id");
  INSERT INTO "outbox_events" ("type", "aggregate_id", "payload") VALUES ('FeatureSold', p."feature_id", jsonb_build_object(
    'type', 'FeatureSold', 'featureId', p."feature_id", 'purchaseId', p."id", 'buyerId', p."buyer_id", 'sellerId', p."seller_id",
    'asset', p."asset", 'price', trim_scale(p."price")::text));

  UPDATE "purchases" SET "updated_at" = now(),
         "status" = CASE WHEN p."seller_id" IS NOT NULL AND p."price" - p."commission" > 0 THEN 'transferred' ELSE 'completed' END::"PurchaseStatus"
  WHERE "id" = p."id" RETURNING * INTO "p";
  RETURN NEXT "purchase_step_of"('fresh', "p");
END $$;
