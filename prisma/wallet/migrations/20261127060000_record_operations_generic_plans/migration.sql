-- wallet_record_operations (the group commit's one statement per batch) plans its statements once
-- per connection instead of on every call. Its statements take the batch's arrays as parameters,
-- and for those PL/pgSQL's plan cache kept choosing a custom plan (planned again with each call's
-- arrays) over the cached generic one: the arrays' sizes change the estimates, never the plan
-- (index lookups by key, inserts of the unnested rows). pg_stat_statements under Scenario B's
-- buyFeature (50 in flight): 1.58 ms per call, of which the statements it ran took ~0.7 ms; the
-- same batch under pgbench, 1.25–1.84 ms a call as it was, 0.68–1.17 ms with generic plans.
-- Same statements, same rows; the signature is unchanged, so pods of the previous release call it
-- as before. Hand-written: Prisma's schema does not model functions.
ALTER FUNCTION "wallet_record_operations"(
  VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], CHAR(64)[], TEXT[], INT[], VARCHAR[], UUID[], VARCHAR[], NUMERIC[], TEXT[], UUID[], VARCHAR[], VARCHAR[]
) SET plan_cache_mode = force_generic_plan;
