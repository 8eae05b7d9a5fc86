-- Read model of reagent lots: one row per lot, rebuilt from events on replay.
CREATE TABLE reagent_lot_view (
    lot_id           VARCHAR(64)      NOT NULL PRIMARY KEY,
    chemical_name    VARCHAR(200)     NOT NULL,
    cas_number       VARCHAR(16)      NOT NULL,
    supplier         VARCHAR(200)     NOT NULL,
    catalogue_number VARCHAR(200),
    lot_number       VARCHAR(200)     NOT NULL,
    purity_percent   DOUBLE PRECISION,
    grade            VARCHAR(200),
    amount_value     DOUBLE PRECISION NOT NULL,
    amount_unit      VARCHAR(16)      NOT NULL,
    remaining_value  DOUBLE PRECISION NOT NULL,
    received_on      DATE             NOT NULL,
    storage_location VARCHAR(200),
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by    VARCHAR(100)     NOT NULL
);

CREATE INDEX ix_reagent_lot_view_name ON reagent_lot_view (chemical_name);
CREATE INDEX ix_reagent_lot_view_cas ON reagent_lot_view (cas_number);
CREATE INDEX ix_reagent_lot_view_received ON reagent_lot_view (received_on);
CREATE INDEX ix_reagent_lot_view_supplier ON reagent_lot_view (supplier);
