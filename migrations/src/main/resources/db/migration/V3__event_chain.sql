-- Head of the tamper-evident hash chain over all events in global order. Appending transactions lock this single
-- row, so chain order, global index order and commit order agree, on one instance or several.
CREATE TABLE event_chain_head (
    id                INTEGER     NOT NULL PRIMARY KEY,
    last_hash         VARCHAR(64) NOT NULL,
    chained_events    BIGINT      NOT NULL
);
INSERT INTO event_chain_head (id, last_hash, chained_events)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
