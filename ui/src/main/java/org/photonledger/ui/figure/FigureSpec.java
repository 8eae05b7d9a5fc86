package org.photonledger.ui.figure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.photonledger.domain.figure.Panel;

/**
 * A figure's current definition as its events hold it (what reproduce, verify and export work from, so they need
 * no read model): name, caption, version, panels, and the last publication.
 */
public record FigureSpec(String id, String name, String caption, int version, List<Panel> panels,
        Integer publishedVersion, String publishedReason, String definedBy, Instant definedAt) {

    public Optional<Panel> panel(String label) {
        return panels.stream().filter(p -> p.label().equals(label)).findFirst();
    }
}
