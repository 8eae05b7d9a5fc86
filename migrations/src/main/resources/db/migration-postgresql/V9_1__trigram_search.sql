-- PostgreSQL only (quarkus.flyway.pg.locations): trigram indexes for the samples text search, which matches
-- LOWER(id|label|subtype) LIKE '%text%' — a scan without them (761.8 ms p95 at 422 k events, BENCHMARKS.md).
-- pg_trgm ships with Debian's postgresql package and is a trusted extension (PostgreSQL 13+): the database owner
-- may create it. The extension lives once per database (in public), while the ledger may live in a schema of its
-- own, so the operator class is named with the extension's schema. Where pg_trgm cannot be created (a managed
-- server without it, no privilege), the migration leaves a notice and the search keeps scanning.
-- The embedded H2 default keeps the plain scan (its histories are small).

DO $$
DECLARE
    ext_schema text;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION WHEN insufficient_privilege OR undefined_file OR invalid_schema_name OR feature_not_supported THEN
        RAISE NOTICE 'pg_trgm is not available here (%); the samples text search scans sample_view', SQLERRM;
    END;
    SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    IF ext_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX ix_sample_view_id_trgm ON sample_view USING gin (LOWER(id) %I.gin_trgm_ops)',
                ext_schema);
        EXECUTE format('CREATE INDEX ix_sample_view_label_trgm ON sample_view USING gin (LOWER(label) %I.gin_trgm_ops)',
                ext_schema);
        EXECUTE format('CREATE INDEX ix_sample_view_subtype_trgm ON sample_view USING gin '
                || '(LOWER(COALESCE(subtype, %L)) %I.gin_trgm_ops)', '', ext_schema);
    END IF;
END $$;
