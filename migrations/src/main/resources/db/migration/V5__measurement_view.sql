-- Read model of measurement runs: what was measured, how, by whom, how it ended and where its raw data is.
-- The instrument snapshot and parameters stay in the event (and its audit view); here only what lists and
-- the console need.

CREATE TABLE measurement_view (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    type                VARCHAR(32)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    target_kind         VARCHAR(16)   NOT NULL,
    target_id           VARCHAR(64)   NOT NULL,
    cavity_configuration VARCHAR(64),
    film_id             VARCHAR(64)   NOT NULL,
    position_x_um       DOUBLE PRECISION,
    position_y_um       DOUBLE PRECISION,
    duration_s          DOUBLE PRECISION NOT NULL,
    parameters_json     VARCHAR(20000) NOT NULL,
    instrument_set      VARCHAR(100)  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by          VARCHAR(100)  NOT NULL,
    ended_at            TIMESTAMP WITH TIME ZONE,
    end_message         VARCHAR(2000),
    raw_sha256          VARCHAR(64),
    raw_format          VARCHAR(16),
    raw_bytes           BIGINT,
    raw_records         BIGINT,
    raw_duration_ps     BIGINT,
    raw_complete        BOOLEAN,
    channel_counts_json VARCHAR(2000),
    summary_json        VARCHAR(20000),
    global_index        BIGINT        NOT NULL
);
CREATE INDEX ix_measurement_view_started ON measurement_view (started_at);
CREATE INDEX ix_measurement_view_target ON measurement_view (target_id, started_at);
CREATE INDEX ix_measurement_view_status ON measurement_view (status, started_at);
CREATE INDEX ix_measurement_view_type ON measurement_view (type, started_at);
CREATE INDEX ix_measurement_view_film ON measurement_view (film_id, started_at);
