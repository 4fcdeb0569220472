-- The schema registry: every published supergraph, with the subgraph schemas it was composed from.
-- History is append-only: a rollback publishes an older supergraph again as a new version.
CREATE TABLE "schema_versions" (
    "id"             SERIAL PRIMARY KEY,
    "supergraph_sdl" TEXT NOT NULL,
    "sha256"         CHAR(64) NOT NULL,
    "message"        TEXT NOT NULL DEFAULT '',
    "published_by"   TEXT NOT NULL DEFAULT '',
    "rollback_of"    INTEGER REFERENCES "schema_versions"("id"),
    "created_at"     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE "subgraph_schemas" (
    "version_id"  INTEGER NOT NULL REFERENCES "schema_versions"("id") ON DELETE CASCADE,
    "name"        TEXT NOT NULL,
    "routing_url" TEXT NOT NULL,
    "sdl"         TEXT NOT NULL,
    PRIMARY KEY ("version_id", "name")
);
