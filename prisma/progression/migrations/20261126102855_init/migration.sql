-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "levels" (
    "number" INTEGER NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "threshold" INTEGER NOT NULL,
    "perks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "levels_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "activity_rules" (
    "activity" VARCHAR(64) NOT NULL,
    "description" VARCHAR(200) NOT NULL DEFAULT '',
    "source_context" VARCHAR(32),
    "event_type" VARCHAR(64),
    "user_field" VARCHAR(64) NOT NULL DEFAULT 'userId',
    "match" JSONB NOT NULL DEFAULT '{}',
    "points" INTEGER NOT NULL,
    "daily_cap" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_rules_pkey" PRIMARY KEY ("activity")
);

-- CreateTable
CREATE TABLE "user_levels" (
    "user_id" UUID NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "level" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_levels_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "user_activities" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "activity" VARCHAR(64) NOT NULL,
    "source_id" VARCHAR(160) NOT NULL,
    "points" INTEGER NOT NULL,
    "capped" BOOLEAN NOT NULL DEFAULT false,
    "day" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_activity_counts" (
    "user_id" UUID NOT NULL,
    "activity" VARCHAR(64) NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_activity_counts_pkey" PRIMARY KEY ("user_id","activity","day")
);

-- CreateTable
CREATE TABLE "level_changes" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "from_level" INTEGER NOT NULL,
    "to_level" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "level_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questions" (
    "id" VARCHAR(64) NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "choices" TEXT[],
    "correct_index" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "challenge_rounds" (
    "id" VARCHAR(64) NOT NULL,
    "question_id" VARCHAR(64) NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "prize_asset" VARCHAR(16),
    "prize_amount" DECIMAL(20,10),
    "winner_limit" INTEGER NOT NULL DEFAULT 0,
    "winners" INTEGER NOT NULL DEFAULT 0,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "challenge_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answers" (
    "id" VARCHAR(64) NOT NULL,
    "round_id" VARCHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "choice_index" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "rank" INTEGER,
    "answered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prizes" (
    "id" VARCHAR(64) NOT NULL,
    "answer_id" VARCHAR(64) NOT NULL,
    "round_id" VARCHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "asset" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" VARCHAR(500),
    "paid_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prizes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "aggregate_id" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "levels_threshold_key" ON "levels"("threshold");

-- CreateIndex
CREATE INDEX "activity_rules_source_context_event_type_idx" ON "activity_rules"("source_context", "event_type");

-- CreateIndex
CREATE INDEX "user_levels_points_idx" ON "user_levels"("points" DESC);

-- CreateIndex
CREATE INDEX "user_activities_created_at_user_id_idx" ON "user_activities"("created_at", "user_id");

-- CreateIndex
CREATE INDEX "user_activities_user_id_id_idx" ON "user_activities"("user_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "user_activities_user_id_activity_source_id_key" ON "user_activities"("user_id", "activity", "source_id");

-- CreateIndex
CREATE INDEX "level_changes_user_id_id_idx" ON "level_changes"("user_id", "id");

-- CreateIndex
CREATE INDEX "challenge_rounds_closes_at_idx" ON "challenge_rounds"("closes_at");

-- CreateIndex
CREATE UNIQUE INDEX "answers_round_id_user_id_key" ON "answers"("round_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "answers_round_id_rank_key" ON "answers"("round_id", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "prizes_answer_id_key" ON "prizes"("answer_id");

-- CreateIndex
CREATE INDEX "prizes_paid_at_created_at_idx" ON "prizes"("paid_at", "created_at");

-- CreateIndex
CREATE INDEX "prizes_user_id_created_at_idx" ON "prizes"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "prizes_round_id_rank_key" ON "prizes"("round_id", "rank");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- AddForeignKey
ALTER TABLE "challenge_rounds" ADD CONSTRAINT "challenge_rounds_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "challenge_rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prizes" ADD CONSTRAINT "prizes_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: wakes the kit's outbox relay (LISTEN outbox_events) as soon as events are committed.
CREATE OR REPLACE FUNCTION "notify_outbox_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events"();

-- Hand-written: the starting levels and activity rules (data; admins change them with
-- upsertLevel / upsertActivityRule).
INSERT INTO "levels" ("number", "name", "threshold", "perks") VALUES
  (1, 'Settler', 0, '{}'),
  (2, 'Surveyor', 100, '{"Profile badge"}'),
  (3, 'Landholder', 300, '{"Profile badge","Early access to challenges"}'),
  (4, 'Baron', 700, '{"Profile badge","Early access to challenges","Highlighted on the map"}'),
  (5, 'Magnate', 1500, '{"Profile badge","Early access to challenges","Highlighted on the map","Magnate title"}');

INSERT INTO "activity_rules" ("activity", "description", "source_context", "event_type", "user_field", "match", "points", "daily_cap") VALUES
  ('parcel_bought', 'Buying a parcel', 'features', 'FeatureSold', 'buyerId', '{}', 50, 10),
  ('offer_accepted', 'Accepting an offer for one of your parcels', 'features', 'BuyRequestAccepted', 'sellerId', '{}', 20, 10),
  ('clue_discovered', 'Discovering a hunt clue', 'hunts', 'ClueDiscovered', 'userId', '{}', 10, 20),
  ('hunt_finished', 'Finishing a treasure hunt', 'hunts', 'HuntFinished', 'userId', '{}', 40, 5),
  ('daily_sign_in', 'Coming online, once a day', 'accounts', 'UserStatusChanged', 'userId', '{"status":"online"}', 5, 1),
  ('challenge_correct', 'Answering a challenge right', NULL, NULL, 'userId', '{}', 30, NULL);
