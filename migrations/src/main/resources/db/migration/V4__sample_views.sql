-- Read models of the sample history: every lab object (reagent lots, batches, QD samples, mirrors, films,
-- cavities), their steps with the current (corrected) values, every event for the audit trail, and lineage edges.

CREATE TABLE sample_view (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    subtype     VARCHAR(64),
    label       VARCHAR(300) NOT NULL,
    status      VARCHAR(32)  NOT NULL,
    status_reason VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    event_count INTEGER      NOT NULL
);
CREATE INDEX ix_sample_view_kind ON sample_view (kind, created_at);
CREATE INDEX ix_sample_view_label ON sample_view (label);
CREATE INDEX ix_sample_view_created ON sample_view (created_at);
CREATE INDEX ix_sample_view_created_by ON sample_view (created_by);

CREATE TABLE sample_step_view (
    aggregate_id  VARCHAR(64)   NOT NULL,
    step_id       VARCHAR(64)   NOT NULL,
    kind          VARCHAR(100)  NOT NULL,
    values_json   VARCHAR(20000) NOT NULL,
    original_json VARCHAR(20000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    corrections   INTEGER       NOT NULL,
    last_reason   VARCHAR(1000),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    global_index  BIGINT        NOT NULL,
    CONSTRAINT pk_sample_step_view PRIMARY KEY (aggregate_id, step_id)
);
CREATE INDEX ix_sample_step_view_order ON sample_step_view (aggregate_id, global_index);

CREATE TABLE sample_event_view (
    global_index  BIGINT        NOT NULL PRIMARY KEY,
    event_id      VARCHAR(64)   NOT NULL,
    aggregate_id  VARCHAR(64)   NOT NULL,
    sequence_number BIGINT      NOT NULL,
    event_type    VARCHAR(100)  NOT NULL,
    step_id       VARCHAR(64),
    summary       VARCHAR(1000) NOT NULL,
    payload_json  VARCHAR(20000) NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    reason        VARCHAR(1000),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sample_event_view_aggregate ON sample_event_view (aggregate_id, global_index);
CREATE INDEX ix_sample_event_view_actor ON sample_event_view (actor, occurred_at);
CREATE INDEX ix_sample_event_view_time ON sample_event_view (occurred_at);

CREATE TABLE lineage_edge (
    parent_id    VARCHAR(64)  NOT NULL,
    child_id     VARCHAR(64)  NOT NULL,
    relation     VARCHAR(64)  NOT NULL,
    event_id     VARCHAR(64)  NOT NULL,
    global_index BIGINT       NOT NULL,
    CONSTRAINT pk_lineage_edge PRIMARY KEY (parent_id, child_id, relation)
);
CREATE INDEX ix_lineage_edge_child ON lineage_edge (child_id);
