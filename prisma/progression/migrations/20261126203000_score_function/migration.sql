-- Scoring a chunk of occurrences in one statement (domain/scoring.ts). Each occurrence took four
-- statements (activity, daily count, points, the user's total), each a round trip from the stack's
-- busy event loop: under the purchase bench, two round trips per purchase. The function runs the same
-- statements, in the same order, per occurrence, inside the caller's transaction, and answers what
-- each did; level moves (and their LevelChanged events) stay in TypeScript, in that transaction.
-- Hand-written: Prisma's schema does not model functions.
CREATE FUNCTION "progression_score"("occurrences" JSONB)
RETURNS TABLE ("r_index" INTEGER, "r_duplicate" BOOLEAN, "r_capped" BOOLEAN, "r_points" INTEGER, "r_total" INTEGER, "r_level" INTEGER)
LANGUAGE plpgsql AS $$
DECLARE
  o JSONB;
  uid UUID;
  inserted BIGINT;
  n INTEGER;
BEGIN
  r_index := -1;
  FOR o IN SELECT e FROM jsonb_array_elements("occurrences") AS e LOOP
    r_index := r_index + 1; -- the occurrence's place in the input, which the caller matches on
    uid := (o->>'userId')::uuid;
    -- Once per (user, activity, source): a repeat scores nothing and reports the user as they stand.
    INSERT INTO "user_activities" ("user_id", "activity", "source_id", "points", "day", "created_at")
    VALUES (uid, o->>'activity', o->>'sourceId', 0, (o->>'day')::date, now())
    ON CONFLICT ("user_id", "activity", "source_id") DO NOTHING
    RETURNING "id" INTO inserted;
    IF inserted IS NULL THEN
      r_duplicate := true; r_capped := false; r_points := 0;
      SELECT ul."points", ul."level" INTO r_total, r_level FROM "user_levels" ul WHERE ul."user_id" = uid;
      r_total := coalesce(r_total, 0); r_level := coalesce(r_level, 1);
      RETURN NEXT;
      CONTINUE;
    END IF;
    r_duplicate := false; r_capped := false;
    -- The daily count's row lock makes the cap exact under concurrency.
    IF jsonb_typeof(o->'dailyCap') = 'number' THEN
      INSERT INTO "daily_activity_counts" AS d ("user_id", "activity", "day", "count") VALUES (uid, o->>'activity', (o->>'day')::date, 1)
      ON CONFLICT ("user_id", "activity", "day") DO UPDATE SET "count" = d."count" + 1
      RETURNING d."count" INTO n;
      r_capped := n > (o->>'dailyCap')::integer;
    END IF;
    r_points := CASE WHEN r_capped THEN 0 ELSE (o->>'points')::integer END;
    UPDATE "user_activities" SET "points" = r_points, "capped" = r_capped WHERE "id" = inserted;
    INSERT INTO "user_levels" AS ul ("user_id", "points", "level", "updated_at") VALUES (uid, r_points, 1, now())
    ON CONFLICT ("user_id") DO UPDATE SET "points" = ul."points" + EXCLUDED."points", "updated_at" = now()
    RETURNING ul."points", ul."level" INTO r_total, r_level;
    RETURN NEXT;
  END LOOP;
END
$$;
