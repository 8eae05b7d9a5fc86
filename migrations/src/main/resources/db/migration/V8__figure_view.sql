-- Read model of figure definitions (issue 8): the current version of each figure with its panels as JSON, and
-- which version was last published. Every version stays in the event store and the audit view (sample_event_view).
-- V8 rather than V7: the users/roles work (issue 9) adds a migration of its own in parallel.

CREATE TABLE figure_view (
    id                VARCHAR(64)     NOT NULL PRIMARY KEY,
    name              VARCHAR(200)    NOT NULL,
    caption           VARCHAR(4000),
    version           INTEGER         NOT NULL,
    published_version INTEGER,
    published_reason  VARCHAR(1000),
    panels_json       VARCHAR(1000000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)    NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)    NOT NULL,
    global_index      BIGINT          NOT NULL
);
CREATE INDEX ix_figure_view_name ON figure_view (name);
