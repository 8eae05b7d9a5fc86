package org.photonledger.ui.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleQueries;

/**
 * The audit trail of any lab object — sample, film, cavity, measurement, result, figure: every event in time order
 * with actor, time, reason and payload, optionally only one actor's and only within a date range.
 */
@ApplicationScoped
public class AuditTrail {

    static final int MAX_EVENTS = 5000;

    @Inject
    SampleQueries samples;

    /** A filter: actor (exact, case-insensitive) and an inclusive range; each part may be null. */
    public record Filter(String actor, Instant from, Instant to) {

        /**
         * Parses "2026-12-07" (a whole day; as {@code to}: up to its end) or an instant ("2026-12-07T12:00:00Z");
         * bad values are reported by field.
         */
        public static Filter parse(String actor, String from, String to) {
            FieldErrors errors = new FieldErrors();
            Instant f = time("from", from, false, errors);
            Instant t = time("to", to, true, errors);
            if (f != null && t != null && f.isAfter(t)) {
                errors.add("from", from, "must not be after 'to' (" + to + ")");
            }
            errors.throwIfAny();
            return new Filter(actor == null || actor.isBlank() ? null : actor.strip(), f, t);
        }

        private static Instant time(String field, String text, boolean end, FieldErrors errors) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String t = text.strip();
            try {
                if (t.length() == 10) {
                    LocalDate day = LocalDate.parse(t);
                    return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC)
                            .minusNanos(end ? 1 : 0);
                }
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                errors.add(field, text, "must be a date (2026-12-07) or an instant (2026-12-07T12:00:00Z)");
                return null;
            }
        }

        boolean accepts(HistoryRow r) {
            return (actor == null || actor.equalsIgnoreCase(r.actor()))
                    && (from == null || !r.occurredAt().isBefore(from))
                    && (to == null || !r.occurredAt().isAfter(to));
        }
    }

    /** The object's events that pass the filter, oldest first. */
    public List<HistoryRow> events(String id, Filter filter) {
        return samples.history(id, MAX_EVENTS).stream().filter(filter::accepts).toList();
    }

    /** Everyone who recorded an event of this object. */
    public List<String> actors(String id) {
        return samples.history(id, MAX_EVENTS).stream().map(HistoryRow::actor).distinct().sorted().toList();
    }

    public boolean exists(String id) {
        return samples.byId(id).isPresent();
    }
}
