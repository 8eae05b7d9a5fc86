package org.photonledger.ui.preparation;

import java.time.Instant;
import java.util.Locale;
import org.photonledger.domain.cavity.CavityStep;
import org.photonledger.domain.film.FilmStep;
import org.photonledger.domain.mirror.MirrorStep;
import org.photonledger.domain.sample.SamplePreparation;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.SynthesisStep;

/**
 * One step of a lab object as its aggregate sees it, read straight from the event store: the current (possibly
 * corrected) values as the domain's own value record, whether it was voided, and who recorded it when.
 */
public record RecordedStep(StepId stepId, Object values, boolean voided, int corrections, String lastReason,
        Instant recordedAt, String recordedBy) {

    /** How the step is named in the domain ("hot injection and quench"), capitalised for a heading or a list. */
    public String title() {
        return capitalise(titleOf(values));
    }

    static String titleOf(Object values) {
        return switch (values) {
            case SynthesisStep s -> s.kind().title();
            case SamplePreparation s -> s.kind().title();
            case MirrorStep s -> s.kind().title();
            case FilmStep s -> s.kind().title();
            case CavityStep s -> s.kind().title();
            default -> values.getClass().getSimpleName();
        };
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
