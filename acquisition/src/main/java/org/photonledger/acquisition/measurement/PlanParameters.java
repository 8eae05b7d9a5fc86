package org.photonledger.acquisition.measurement;

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

/** A plan's parameters, every one resolved (given or default), checked against its range and held in its unit. */
public final class PlanParameters {

    private final List<ParameterSpec> specs;
    private final Map<String, Double> values;

    private PlanParameters(List<ParameterSpec> specs, Map<String, Double> values) {
        this.specs = specs;
        this.values = values;
    }

    /**
     * Resolves the given values ("100 ps", "0.1 ns", "5", or a bare number meaning the parameter's own unit) against
     * the specs; every problem is reported at once, naming the parameter ("parameters.binWidth").
     */
    public static PlanParameters resolve(List<ParameterSpec> specs, Map<String, String> given) {
        FieldErrors errors = new FieldErrors();
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> rest = new LinkedHashMap<>(given == null ? Map.of() : given);
        for (ParameterSpec spec : specs) {
            String text = rest.remove(spec.name());
            String field = "parameters." + spec.name();
            if (text == null || text.isBlank()) {
                values.put(spec.name(), spec.defaultValue());
                continue;
            }
            Optional<Double> parsed = parse(text, spec.unit());
            if (parsed.isEmpty()) {
                errors.add(field, text, "must be a number" + (spec.unit() == null ? ""
                        : " in " + spec.unit().symbol() + " or another " + spec.unit().dimension().name()
                                .toLowerCase(Locale.ROOT).replace('_', ' ') + " unit (e.g. '" + spec.display(
                                spec.defaultValue()) + "')"));
                continue;
            }
            double v = parsed.get();
            if (v < spec.min() || v > spec.max()) {
                errors.add(field, text, "must be between " + spec.display(spec.min()) + " and " + spec.display(spec.max()));
                continue;
            }
            values.put(spec.name(), v);
        }
        rest.keySet().forEach(unknown -> errors.add("parameters." + unknown, given.get(unknown),
                "is not a parameter of this measurement (known: " + String.join(", ", specs.stream()
                        .map(ParameterSpec::name).toList()) + ")"));
        errors.throwIfAny();
        return new PlanParameters(List.copyOf(specs), values);
    }

    private static Optional<Double> parse(String text, Unit unit) {
        String t = text.strip();
        int split = 0;
        while (split < t.length() && "+-0123456789.eE".indexOf(t.charAt(split)) >= 0) {
            split++;
        }
        double number;
        try {
            number = Double.parseDouble(t.substring(0, split));
        } catch (NumberFormatException e) {
            if (split == 0 || "eE".indexOf(t.charAt(split - 1)) < 0) {
                return Optional.empty();
            }
            split--; // "5eV": the 'e' starts the unit, not an exponent
            try {
                number = Double.parseDouble(t.substring(0, split));
            } catch (NumberFormatException again) {
                return Optional.empty();
            }
        }
        if (!Double.isFinite(number)) {
            return Optional.empty();
        }
        String symbol = t.substring(split).strip();
        if (symbol.isEmpty()) {
            return Optional.of(number);
        }
        if (unit == null) {
            return Optional.empty();
        }
        double value = number;
        // the same unit is taken as written: converting through SI would turn 30° into 29.999999999999996°
        return Unit.parse(symbol).filter(u -> u.dimension() == unit.dimension())
                .map(u -> u == unit ? value : Quantity.of(value, u).in(unit));
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    public long getLong(String name) {
        return Math.round(get(name));
    }

    public Quantity quantity(String name) {
        ParameterSpec spec = specs.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter '" + name + "'"));
        return Quantity.of(get(name), spec.unit() == null ? Unit.ONE : spec.unit());
    }

    /** Every parameter as recorded in the measurement's start event. */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        for (ParameterSpec spec : specs) {
            out.add(Setting.of(spec.name(), get(spec.name()), spec.unit() == null ? "" : spec.unit().symbol()));
        }
        return out;
    }
}
