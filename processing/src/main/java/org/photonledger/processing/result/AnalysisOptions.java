package org.photonledger.processing.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * The choices a physicist may change when re-analysing a run (everything else is chosen from the data and reported):
 * pulsed g² — repetition period, integration window, background; CW g² — timing jitter, bunching term; lifetime —
 * number of components and fit range; spectrum — line shape. Parsed from text with units ("12.5 ns", "flat"), every
 * problem reported at once naming the option; recorded with the result as {@code given.<name>} settings, so the same
 * choices can be read back to reproduce it.
 */
public final class AnalysisOptions {

    /** Prefix of the settings that record the user's choices among a result's parameters. */
    public static final String GIVEN = "given.";

    /** One option of a model: a time in a unit, or one of a few words. */
    public record Option(String name, Unit unit, List<String> choices, String help) {

        public boolean isChoice() {
            return !choices.isEmpty();
        }
    }

    private static final Map<String, List<Option>> BY_MODEL = Map.of(
            "g2-pulsed", List.of(
                    time("period", "repetition period (default: found from the data)"),
                    time("window", "integration window around each peak (default: chosen from the data)"),
                    choice("background", "none: raw areas; flat: subtract the level between the peaks", "none", "flat")),
            "g2-cw", List.of(
                    time("jitter", "FWHM of the Gaussian timing jitter convolved into the model (default 0)"),
                    choice("bunching", "auto: fit the bunching term when the data show it", "auto", "none", "fit")),
            "lifetime", List.of(
                    choice("components", "mono- or bi-exponential decay", "1", "2"),
                    time("from", "start of the fit range (default: chosen from the data)"),
                    time("to", "end of the fit range (default: chosen from the data)")),
            "spectrum", List.of(choice("shape", "line shape", "lorentzian", "gaussian")),
            "malus", List.of(),
            "blinking", List.of());

    private final String model;
    private final Map<String, String> values;

    private AnalysisOptions(String model, Map<String, String> values) {
        this.model = model;
        this.values = values;
    }

    /** The options a model takes (empty for a model without choices); unknown models are refused by name. */
    public static List<Option> of(String model) {
        List<Option> options = BY_MODEL.get(model);
        if (options == null) {
            throw new IllegalArgumentException("no analysis model '" + model + "' (known: " + String.join(", ",
                    BY_MODEL.keySet().stream().sorted().toList()) + ")");
        }
        return options;
    }

    /** No choices: the standard analysis, as the automatic analysis runs it. */
    public static AnalysisOptions defaults(String model) {
        of(model);
        return new AnalysisOptions(model, Map.of());
    }

    /** Checks the given options (blank values mean "default"); every problem names {@code options.<name>}. */
    public static AnalysisOptions parse(String model, Map<String, String> given) {
        List<Option> options = of(model);
        FieldErrors errors = new FieldErrors();
        Map<String, String> rest = new LinkedHashMap<>(given == null ? Map.of() : given);
        Map<String, String> values = new LinkedHashMap<>();
        for (Option o : options) {
            String text = rest.remove(o.name());
            if (text == null || text.isBlank()) {
                continue;
            }
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (o.isChoice()) {
                if (!o.choices().contains(t)) {
                    errors.add("options." + o.name(), text, "must be one of " + String.join(", ", o.choices()));
                } else {
                    values.put(o.name(), t);
                }
            } else {
                Optional<Quantity> q = time(text).filter(v -> v.unit().dimension() == o.unit()
                        .dimension());
                if (q.isEmpty() || !(q.get().in(Unit.PICOSECOND) > 0)) {
                    errors.add("options." + o.name(), text, "must be a positive time with its unit, e.g. '12.5 ns'");
                } else {
                    values.put(o.name(), text.strip());
                }
            }
        }
        rest.keySet().forEach(unknown -> errors.add("options." + unknown, given.get(unknown), "is not an option of "
                + model + (options.isEmpty() ? " (it takes none)" : " (options: " + String.join(", ", options.stream()
                        .map(Option::name).toList()) + ")")));
        errors.throwIfAny();
        return new AnalysisOptions(model, values);
    }

    /** The choices recorded with a result ({@code given.*} settings), to reproduce it. */
    public static AnalysisOptions recorded(String model, List<Setting> parameters) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Setting s : parameters) {
            if (s.name().startsWith(GIVEN)) {
                given.put(s.name().substring(GIVEN.length()), s.display());
            }
        }
        return parse(model, given);
    }

    public String model() {
        return model;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public boolean isDefault() {
        return values.isEmpty();
    }

    public Optional<String> choice(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A time option in ps, when given. */
    public Optional<Double> picoseconds(String name) {
        return Optional.ofNullable(values.get(name)).map(t -> time(t).orElseThrow().in(Unit.PICOSECOND));
    }

    /** The choices as settings named {@code given.<name>}, to be recorded among the result's parameters. */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(Setting.text(GIVEN + k, v)));
        return out;
    }

    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S+)");

    /** "12.5 ns" → 12.5 ns; a bare number or an unknown unit is not a time. */
    private static Optional<Quantity> time(String text) {
        java.util.regex.Matcher m = QUANTITY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return Double.isFinite(v) ? Unit.parse(m.group(2)).map(u -> Quantity.of(v, u)) : Optional.empty();
    }

    private static Option time(String name, String help) {
        return new Option(name, Unit.NANOSECOND, List.of(), help);
    }

    private static Option choice(String name, String help, String... choices) {
        return new Option(name, null, List.of(choices), help);
    }

    @Override
    public String toString() {
        return model + values;
    }
}
