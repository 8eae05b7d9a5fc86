package org.photonledger.processing.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.photonledger.processing.analysis.Estimate;
import org.photonledger.processing.analysis.FitQuality;

/**
 * One analysis result written twice from the same entries: as JSON (each value by name with a
 * {@code …Sigma} next to it) and as aligned text for people (value ± σ rounded to two significant digits of σ).
 */
final class Report {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode json = MAPPER.createObjectNode();
    private final List<String[]> lines = new ArrayList<>();
    private final String heading;

    Report(String model, String file, String source) {
        json.put("model", model);
        json.put("file", file);
        json.put("input", source);
        heading = model + "  " + file + "  (" + source + ")";
    }

    ObjectNode json() {
        return json;
    }

    Report estimate(String key, String label, Estimate e, String unit) {
        json.put(key, e.value());
        json.put(key + "Sigma", e.sigma());
        lines.add(new String[] {label, e.sigma() == 0 ? plain(e.value()) + suffix(unit) + " (exact)" : format(e) + suffix(unit)});
        return this;
    }

    Report optional(String key, String label, Optional<Estimate> e, String unit) {
        if (e.isPresent()) {
            return estimate(key, label, e.get(), unit);
        }
        json.putNull(key);
        json.putNull(key + "Sigma");
        return this;
    }

    Report number(String key, String label, double v, String unit) {
        json.put(key, v);
        lines.add(new String[] {label, plain(v) + suffix(unit)});
        return this;
    }

    Report integer(String key, String label, long v, String note) {
        json.put(key, v);
        lines.add(new String[] {label, v + (note == null ? "" : "  (" + note + ")")});
        return this;
    }

    Report flag(String key, String label, boolean v) {
        json.put(key, v);
        lines.add(new String[] {label, v ? "yes" : "no"});
        return this;
    }

    Report text(String key, String label, String v) {
        json.put(key, v);
        lines.add(new String[] {label, v});
        return this;
    }

    /** χ²/dof and dof; {@code chi2red} is null when nothing was left to test. */
    Report quality(FitQuality q, String what) {
        if (q.tested()) {
            json.put("chi2red", q.chi2Reduced());
        } else {
            json.putNull("chi2red");
        }
        json.put("dof", q.degreesOfFreedom());
        lines.add(new String[] {"χ²/dof", q.tested()
                ? String.format(Locale.ROOT, "%.3f  (%d dof, %s)", q.chi2Reduced(), q.degreesOfFreedom(), what)
                : "–  (no degrees of freedom left)"});
        return this;
    }

    /** The method with version and every setting used, last in both forms. */
    Report method(String method, Map<String, Object> parameters) {
        json.put("method", method);
        json.set("parameters", MAPPER.valueToTree(parameters));
        lines.add(new String[] {"method", method});
        parameters.forEach((k, v) -> lines.add(new String[] {"  " + k, v instanceof Double d ? plain(d) : String.valueOf(v)}));
        return this;
    }

    /** Another report's values as a JSON object under {@code key} and an indented block in the text. */
    Report nest(String key, String label, Report inner) {
        ObjectNode values = inner.json.deepCopy();
        values.remove(List.of("model", "file", "input"));
        json.set(key, values);
        lines.add(new String[] {label, ""});
        inner.lines.forEach(l -> lines.add(new String[] {"  " + l[0], l[1]}));
        return this;
    }

    /** A remark in place of a nested result, e.g. why a second fit was refused. */
    Report note(String key, String label, String remark) {
        json.putObject(key).put("refused", remark);
        lines.add(new String[] {label, "refused: " + remark});
        return this;
    }

    String toJson() {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the result as JSON", ex);
        }
    }

    String toText() {
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        StringBuilder sb = new StringBuilder(heading).append(System.lineSeparator());
        for (String[] l : lines) {
            sb.append("  ").append(l[0]).append(" ".repeat(width - l[0].length() + 2)).append(l[1]).append(System.lineSeparator());
        }
        return sb.toString().stripTrailing();
    }

    /** value ± σ with σ to two significant digits and the value to the same decimal place. */
    static String format(Estimate e) {
        double s = e.sigma();
        if (s == 0) {
            return plain(e.value());
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(s)));
        return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", e.value(), s);
    }

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    private static String suffix(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }
}
