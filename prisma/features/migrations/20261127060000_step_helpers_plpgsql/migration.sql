-- The purchase steps' two helpers in PL/pgSQL instead of SQL, same signatures, same results
-- (20261126173000_purchase_steps has them as LANGUAGE sql). A SQL function that cannot be inlined
-- (feature_status_event is an INSERT; purchase_step_of returns a row) has its body parsed, analysed
-- and planned again on every call, for only the length of the calling statement; PL/pgSQL keeps
-- its statements' plans for the connection. pg_stat_statements under Scenario B's buyFeature
-- (50 in flight): feature_status_event took 0.33 ms a call of which its INSERT ran 0.09 ms, and
-- each reservation and transfer spent ~0.35 ms outside any statement it ran: together about
-- 0.7 ms of Postgres per purchase on planning the same four statements again.
-- CREATE OR REPLACE keeps the signatures, so pods of the previous release call these unchanged.
-- Hand-written: Prisma's schema does not model functions.

CREATE OR REPLACE FUNCTION "purchase_step_of"("p_outcome" TEXT, "p" "purchases") RETURNS "purchase_step" LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE "s" "purchase_step";
BEGIN
  s."outcome" := "p_outcome";
  s."id" := p."id"; s."feature_id" := p."feature_id"; s."buyer_id" := p."buyer_id"::text; s."seller_id" := p."seller_id"::text;
  s."asset" := p."asset"; s."price" := trim_scale(p."price")::text; s."commission" := trim_scale(p."commission")::text;
  s."buy_request_id" := p."buy_request_id"; s."from_status" := p."from_status"::text; s."idempotency_key" := p."idempotency_key";
  s."status" := p."status"::text; s."failure" := p."failure"; s."created_at" := p."created_at"; s."updated_at" := p."updated_at";
  RETURN "s";
END $$;

CREATE OR REPLACE FUNCTION "feature_status_event"("p_feature_id" VARCHAR, "p_status" TEXT, "p_previous" TEXT, "p_owner_id" UUID) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outbox_events" ("type", "aggregate_id", "payload")
  SELECT 'FeatureStatusChanged', f."id", jsonb_build_object(
    'type', 'FeatureStatusChanged', 'featureId', f."id", 'status', "p_status", 'previousStatus', "p_previous", 'ownerId', "p_owner_id",
    -- A box's corners are (upper right, lower left).
    'bounds', jsonb_build_array((f."bounds"[1])[0], (f."bounds"[1])[1], (f."bounds"[0])[0], (f."bounds"[0])[1]))
  FROM "features" f WHERE f."id" = "p_feature_id";
END $$;
