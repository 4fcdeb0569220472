-- wallet_record_operation loses its guard (migration 20261126140000_record_operation has the rest):
-- since the group commit (20261126180000_record_operations) the one-statement path is
-- wallet_record_operations, which answers 'full' for a child debtor or a referral owed, and
-- wallet_record_operation is called only inside the full transaction, where the checks were done
-- and p_guard was always NULL: the guard and its WGFUL refusal were dead. Same body otherwise.
-- Hand-written: Prisma's schema does not model functions.

DROP FUNCTION "wallet_record_operation"(VARCHAR, VARCHAR, VARCHAR, VARCHAR, CHAR(64), VARCHAR[], UUID[], VARCHAR[], NUMERIC[], TEXT[], UUID[], VARCHAR[], VARCHAR[], TEXT);

CREATE FUNCTION "wallet_record_operation"(
  "p_operation_id" VARCHAR, "p_actor" VARCHAR, "p_idempotency_key" VARCHAR, "p_command" VARCHAR, "p_request_hash" CHAR(64),
  "p_entry_ids" VARCHAR[], "p_user_ids" UUID[], "p_assets" VARCHAR[], "p_amounts" NUMERIC[], "p_kinds" TEXT[],
  "p_counterparty_ids" UUID[], "p_memos" VARCHAR[], "p_references" VARCHAR[]
) RETURNS TABLE ("seq" BIGINT, "balance_after" TEXT, "created_at" TIMESTAMPTZ) LANGUAGE plpgsql AS $$
DECLARE
  "v_key" RECORD;
  "v_i" INT;
  "v_amount" NUMERIC(20,10);
  "v_balance" NUMERIC(20,10);
  "v_after" NUMERIC(20,10);
BEGIN
  INSERT INTO "operations" ("id", "actor", "idempotency_key", "command", "request_hash")
  VALUES ("p_operation_id", "p_actor", "p_idempotency_key", "p_command", "p_request_hash");

  FOR "v_key" IN SELECT DISTINCT m."user_id", m."asset" FROM unnest("p_user_ids", "p_assets") AS m("user_id", "asset") ORDER BY 1, 2 LOOP
    INSERT INTO "balances" ("user_id", "asset", "amount", "updated_at") VALUES ("v_key"."user_id", "v_key"."asset", 0, now()) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM "balances" b WHERE b."user_id" = "v_key"."user_id" AND b."asset" = "v_key"."asset" FOR UPDATE;
  END LOOP;

  FOR "v_i" IN 1 .. coalesce(array_length("p_user_ids", 1), 0) LOOP
    "v_amount" := "p_amounts"["v_i"];
    SELECT b."amount" INTO "v_balance" FROM "balances" b WHERE b."user_id" = "p_user_ids"["v_i"] AND b."asset" = "p_assets"["v_i"];
    "v_after" := "v_balance" + "v_amount";
    IF "v_after" < 0 THEN
      RAISE EXCEPTION 'Not enough %: balance %, needed %', "p_assets"["v_i"], trim_scale("v_balance"), trim_scale(-"v_amount")
        USING ERRCODE = 'WGFND', DETAIL = "p_assets"["v_i"];
    END IF;
    UPDATE "balances" b SET "amount" = "v_after", "updated_at" = now() WHERE b."user_id" = "p_user_ids"["v_i"] AND b."asset" = "p_assets"["v_i"];
    INSERT INTO "ledger_entries" ("id", "user_id", "asset", "amount", "balance_after", "kind", "counterparty_id", "memo", "reference", "operation_id")
    VALUES ("p_entry_ids"["v_i"], "p_user_ids"["v_i"], "p_assets"["v_i"], "v_amount", "v_after", "p_kinds"["v_i"]::"EntryKind", "p_counterparty_ids"["v_i"], "p_memos"["v_i"], "p_references"["v_i"], "p_operation_id")
    RETURNING "ledger_entries"."seq", "ledger_entries"."created_at" INTO "seq", "created_at";
    "balance_after" := trim_scale("v_after")::text;
    -- In the same transaction: the event exists exactly when the movement does (walletChanged, notifications, audit).
    INSERT INTO "outbox_events" ("type", "aggregate_id", "payload")
    VALUES ('WalletChanged', "p_user_ids"["v_i"]::text, jsonb_build_object(
      'type', 'WalletChanged', 'userId', "p_user_ids"["v_i"], 'asset', "p_assets"["v_i"], 'entryId', "p_entry_ids"["v_i"],
      'amount', trim_scale("v_amount")::text, 'balanceAfter', "balance_after", 'kind', "p_kinds"["v_i"], 'operationId', "p_operation_id"));
    RETURN NEXT;
  END LOOP;
END $$;
