package org.photonledger.processing.figure;

import java.time.Instant;
import java.util.List;
import org.photonledger.domain.figure.Panel;

/** A figure's current definition as the read model holds it. */
public record FigureRow(String id, String name, String caption, int version, Integer publishedVersion,
        String publishedReason, List<Panel> panels, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public boolean published() {
        return publishedVersion != null && publishedVersion == version;
    }
}
