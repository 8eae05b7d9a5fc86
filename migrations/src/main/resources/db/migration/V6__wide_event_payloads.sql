-- The audit trail's payload copy held at most 20 000 characters; a measurement's start event carries the whole
-- instrument snapshot (about 17 000 characters with one dot in focus, more with a film's many dots), so the record
-- page read cut-off JSON. 1 000 000 characters holds every event the domain allows; the same statement runs on H2 and
-- PostgreSQL. The step view's value copies are widened alike.
ALTER TABLE sample_event_view ALTER COLUMN payload_json SET DATA TYPE VARCHAR(1000000);
ALTER TABLE sample_step_view ALTER COLUMN values_json SET DATA TYPE VARCHAR(1000000);
ALTER TABLE sample_step_view ALTER COLUMN original_json SET DATA TYPE VARCHAR(1000000);

-- The lineage answers "who recorded this link, when" by the edge's event id.
CREATE INDEX ix_sample_event_view_event ON sample_event_view (event_id);

-- The instance running a measurement says so every few seconds, so another instance sharing the database neither
-- takes the run for a crash leftover nor misses one whose instance died (not an event: liveness is not lab history).
CREATE TABLE run_heartbeat (
    measurement_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner          VARCHAR(300) NOT NULL,
    beat_at        TIMESTAMP    NOT NULL
);
