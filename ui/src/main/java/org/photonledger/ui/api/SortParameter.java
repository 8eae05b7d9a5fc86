package org.photonledger.ui.api;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.processing.store.SortOrder;

/** Parses the {@code sort} query parameter of list endpoints: field names, comma-separated, '-' for descending. */
public final class SortParameter {

    private SortParameter() {
    }

    public static List<SortOrder> parse(String sort) {
        List<SortOrder> orders = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            return orders;
        }
        for (String part : sort.split(",")) {
            String p = part.strip();
            boolean descending = p.startsWith("-");
            orders.add(new SortOrder(descending ? p.substring(1) : p, !descending));
        }
        return orders;
    }
}
