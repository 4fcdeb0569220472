-- Group commit of money commands: many operations in one statement and one transaction (one WAL
-- flush), for the commands that queue on one busy balance (domain/ledger-batch.ts). Each operation
-- keeps what wallet_record_operation gives it alone, and one's refusal never fails the others:
-- - its idempotency record: a key already recorded (or recorded earlier in the same batch) is
--   answered 'duplicate' and the caller replays the first result;
-- - its funds check against the balance left by the operations before it in the batch: a debit it
--   cannot cover is answered 'funds' with the same message, and nothing of it is written;
-- - its guard: a debtor who is an active child, or (p_guards 'purchase') owes a referral reward, is
--   answered 'full' and the caller runs that command in the full transaction;
-- - a balance beyond DECIMAL(20,10) is answered 'overflow' instead of failing the statement;
-- - otherwise its ledger entries (sequential balance_after) and WalletChanged outbox events, in the
--   same transaction, one row 'ok' per movement (in movement order; refusals come first).
-- Every balance of the batch is locked first, in key order, as the one-operation function does,
-- so batches and single commands cannot deadlock. No savepoints: a refusal is decided before any
-- row of that operation is written (subtransactions would cost more than the batch saves).
-- Movements name their operation by its 1-based index in the operation arrays (p_op_index).
CREATE FUNCTION "wallet_record_operations"(
  "p_operation_ids" VARCHAR[], "p_actors" VARCHAR[], "p_idempotency_keys" VARCHAR[], "p_commands" VARCHAR[], "p_request_hashes" CHAR(64)[], "p_guards" TEXT[],
  "p_op_index" INT[], "p_entry_ids" VARCHAR[], "p_user_ids" UUID[], "p_assets" VARCHAR[], "p_amounts" NUMERIC[], "p_kinds" TEXT[],
  "p_counterparty_ids" UUID[], "p_memos" VARCHAR[], "p_references" VARCHAR[]
) RETURNS TABLE ("op_index" INT, "status" TEXT, "seq" BIGINT, "balance_after" TEXT, "created_at" TIMESTAMPTZ, "message" TEXT) LANGUAGE plpgsql AS $$
DECLARE
  "v_key" RECORD;
  "v_op" INT;
  "v_i" INT;
  "v_j" INT;
  "v_first" INT;
  "v_last" INT;
  "v_amount" NUMERIC;
  "v_balance" NUMERIC;
  "v_after" NUMERIC;
  "v_refusal" TEXT;
  "v_message" TEXT;
  "v_max" CONSTANT NUMERIC := 9999999999.9999999999;
  -- refusals, and the applied movements (operation, movement index, amount, balance after)
  "r_op" INT[] := '{}';
  "r_status" TEXT[] := '{}';
  "r_message" TEXT[] := '{}';
  "a_op" INT[] := '{}';
  "a_i" INT[] := '{}';
  "a_amount" NUMERIC[] := '{}';
  "a_after" NUMERIC[] := '{}';
BEGIN
  FOR "v_key" IN SELECT DISTINCT m."user_id", m."asset" FROM unnest("p_user_ids", "p_assets") AS m("user_id", "asset") ORDER BY 1, 2 LOOP
    INSERT INTO "balances" ("user_id", "asset", "amount", "updated_at") VALUES ("v_key"."user_id", "v_key"."asset", 0, now()) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM "balances" b WHERE b."user_id" = "v_key"."user_id" AND b."asset" = "v_key"."asset" FOR UPDATE;
  END LOOP;

  "v_last" := 0;
  FOR "v_op" IN 1 .. coalesce(array_length("p_operation_ids", 1), 0) LOOP
    -- This operation's movements: the next run of p_op_index equal to v_op (the caller sends them in order).
    "v_first" := "v_last" + 1;
    "v_last" := "v_first" - 1;
    WHILE "v_last" < coalesce(array_length("p_op_index", 1), 0) AND "p_op_index"["v_last" + 1] = "v_op" LOOP
      "v_last" := "v_last" + 1;
    END LOOP;
    "v_refusal" := NULL;
    "v_message" := NULL;

    IF EXISTS (SELECT 1 FROM "operations" o WHERE o."actor" = "p_actors"["v_op"] AND o."idempotency_key" = "p_idempotency_keys"["v_op"]) THEN
      "v_refusal" := 'duplicate';
    ELSIF "p_guards"["v_op"] IS NOT NULL AND EXISTS (
      SELECT 1 FROM generate_series("v_first", "v_last") AS i
      WHERE "p_amounts"[i] < 0 AND (
        EXISTS (SELECT 1 FROM "child_permissions" c WHERE c."user_id" = "p_user_ids"[i] AND c."active")
        OR ("p_guards"["v_op"] = 'purchase' AND EXISTS (SELECT 1 FROM "referrals" r WHERE r."referred_id" = "p_user_ids"[i] AND r."rewarded_at" IS NULL))
      )
    ) THEN
      "v_refusal" := 'full';
    ELSE
      -- Every movement against the balance as the operation's earlier movements leave it; nothing written yet.
      FOR "v_i" IN "v_first" .. "v_last" LOOP
        SELECT b."amount" INTO "v_balance" FROM "balances" b WHERE b."user_id" = "p_user_ids"["v_i"] AND b."asset" = "p_assets"["v_i"];
        "v_after" := "v_balance";
        FOR "v_j" IN "v_first" .. "v_i" LOOP
          IF "p_user_ids"["v_j"] = "p_user_ids"["v_i"] AND "p_assets"["v_j"] = "p_assets"["v_i"] THEN
            "v_after" := "v_after" + round("p_amounts"["v_j"], 10);
          END IF;
        END LOOP;
        IF "v_after" < 0 THEN
          "v_refusal" := 'funds';
          "v_message" := format('Not enough %s: balance %s, needed %s', "p_assets"["v_i"], trim_scale("v_after" - round("p_amounts"["v_i"], 10)), trim_scale(-round("p_amounts"["v_i"], 10)));
          EXIT;
        END IF;
        IF "v_after" > "v_max" OR abs(round("p_amounts"["v_i"], 10)) > "v_max" THEN
          "v_refusal" := 'overflow';
          EXIT;
        END IF;
      END LOOP;
    END IF;

    IF "v_refusal" IS NULL THEN
      -- A key recorded concurrently by a command outside this batch (the full transaction) waits for it, then is a duplicate.
      INSERT INTO "operations" ("id", "actor", "idempotency_key", "command", "request_hash")
      VALUES ("p_operation_ids"["v_op"], "p_actors"["v_op"], "p_idempotency_keys"["v_op"], "p_commands"["v_op"], "p_request_hashes"["v_op"])
      ON CONFLICT ("actor", "idempotency_key") DO NOTHING;
      IF NOT FOUND THEN "v_refusal" := 'duplicate'; END IF;
    END IF;

    IF "v_refusal" IS NOT NULL THEN
      "r_op" := "r_op" || "v_op";
      "r_status" := "r_status" || "v_refusal";
      "r_message" := "r_message" || "v_message";
      CONTINUE;
    END IF;

    FOR "v_i" IN "v_first" .. "v_last" LOOP
      "v_amount" := round("p_amounts"["v_i"], 10);
      UPDATE "balances" b SET "amount" = b."amount" + "v_amount", "updated_at" = now()
      WHERE b."user_id" = "p_user_ids"["v_i"] AND b."asset" = "p_assets"["v_i"]
      RETURNING b."amount" INTO "v_after";
      "a_op" := "a_op" || "v_op";
      "a_i" := "a_i" || "v_i";
      "a_amount" := "a_amount" || "v_amount";
      "a_after" := "a_after" || "v_after";
    END LOOP;
  END LOOP;

  RETURN QUERY SELECT r."op", r."status", NULL::BIGINT, NULL::TEXT, NULL::TIMESTAMPTZ, r."message" FROM unnest("r_op", "r_status", "r_message") AS r("op", "status", "message");

  -- The batch's ledger entries and their WalletChanged events in one statement each, in movement
  -- order (seq and the outbox ids follow it); the outbox trigger then fires once per batch.
  RETURN QUERY
  WITH "m" AS (
    SELECT u."op", u."i", u."amount", u."after", u."ord" FROM unnest("a_op", "a_i", "a_amount", "a_after") WITH ORDINALITY AS u("op", "i", "amount", "after", "ord")
  ), "e" AS (
    INSERT INTO "ledger_entries" ("id", "user_id", "asset", "amount", "balance_after", "kind", "counterparty_id", "memo", "reference", "operation_id")
    SELECT "p_entry_ids"[m."i"], "p_user_ids"[m."i"], "p_assets"[m."i"], m."amount", m."after", "p_kinds"[m."i"]::"EntryKind", "p_counterparty_ids"[m."i"], "p_memos"[m."i"], "p_references"[m."i"], "p_operation_ids"[m."op"]
    FROM "m" ORDER BY m."ord"
    RETURNING "ledger_entries"."id", "ledger_entries"."seq", "ledger_entries"."created_at"
  ), "ev" AS (
    INSERT INTO "outbox_events" ("type", "aggregate_id", "payload")
    SELECT 'WalletChanged', "p_user_ids"[m."i"]::text, jsonb_build_object(
      'type', 'WalletChanged', 'userId', "p_user_ids"[m."i"], 'asset', "p_assets"[m."i"], 'entryId', "p_entry_ids"[m."i"],
      'amount', trim_scale(m."amount")::text, 'balanceAfter', trim_scale(m."after")::text, 'kind', "p_kinds"[m."i"], 'operationId', "p_operation_ids"[m."op"])
    FROM "m" ORDER BY m."ord"
  )
  SELECT m."op"::INT, 'ok'::TEXT, e."seq", trim_scale(m."after")::text, e."created_at", NULL::TEXT
  FROM "m" JOIN "e" ON e."id" = "p_entry_ids"[m."i"] ORDER BY m."ord";
END $$;
