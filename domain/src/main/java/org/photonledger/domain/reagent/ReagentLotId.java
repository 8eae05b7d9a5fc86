package org.photonledger.domain.reagent;

import java.util.Objects;
import java.util.UUID;

/** Identifies one reagent lot (one bottle or batch of bottles with the supplier's lot number). */
public record ReagentLotId(String value) {

    public ReagentLotId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("reagent lot id must not be blank");
        }
    }

    public static ReagentLotId newId() {
        return new ReagentLotId("lot-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
