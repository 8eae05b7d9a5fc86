-- PostgreSQL only (quarkus.flyway.pg.locations): trigram indexes for the samples text search, which matches
-- LOWER(id|label|subtype) LIKE '%text%' — a scan without them (761.8 ms p95 at 422 k events, BENCHMARKS.md).
-- pg_trgm ships with Debian's postgresql package and is a trusted extension (PostgreSQL 13+): the database owner
-- may create it. The embedded H2 default keeps the plain scan (its histories are small).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_sample_view_id_trgm ON sample_view USING gin (LOWER(id) gin_trgm_ops);
CREATE INDEX ix_sample_view_label_trgm ON sample_view USING gin (LOWER(label) gin_trgm_ops);
CREATE INDEX ix_sample_view_subtype_trgm ON sample_view USING gin (LOWER(COALESCE(subtype, '')) gin_trgm_ops);
