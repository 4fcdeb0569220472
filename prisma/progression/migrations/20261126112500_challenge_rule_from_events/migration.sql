-- Hand-written (data): a right challenge answer scores from progression's own ChallengeAnswered
-- event, like every other activity, so recording an answer is one statement.
UPDATE "activity_rules"
SET "source_context" = 'progression', "event_type" = 'ChallengeAnswered', "user_field" = 'userId', "match" = '{"correct": true}'
WHERE "activity" = 'challenge_correct';
