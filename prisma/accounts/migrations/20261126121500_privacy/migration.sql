-- Who sees what of a user (kit's privacy rule): one audience per field. Hand-written: the shadow
-- database cannot replay this context's trigger migration.
ALTER TABLE "users" ADD COLUMN "privacy_email" VARCHAR(16) NOT NULL DEFAULT 'only_me',
    ADD COLUMN "privacy_presence" VARCHAR(16) NOT NULL DEFAULT 'everyone',
    ADD COLUMN "privacy_holdings" VARCHAR(16) NOT NULL DEFAULT 'only_me',
    ADD COLUMN "privacy_level" VARCHAR(16) NOT NULL DEFAULT 'everyone';
