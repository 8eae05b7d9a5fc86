package org.photonledger.processing.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what {@code analyse} fits: the JSON written by {@code correlate --json}, or a text table of one column
 * (counts), two columns (x, counts) or two rows (x row, counts row, as Swabian's software saves them).
 * Header lines that are not numbers are skipped; once numbers have started, a non-number is an error.
 */
final class InputFile {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    /** Far beyond any histogram (the largest reference table has 1.3 MB), so a wrong file fails fast, not out of memory. */
    private static final long MAX_BYTES = 256L << 20;
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** Jackson's location of an earlier marker repeats the source, which is never shown. */
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: ");

    private InputFile() {
    }

    /**
     * The data of one file as x (ps for times, nm, degrees) and counts, plus where they came from.
     *
     * @param x      bin centres in the model's base unit, increasing
     * @param counts counts per bin
     * @param source what was read, e.g. "two columns" or "correlate JSON, lifetime of channel 2"
     */
    record Series(double[] x, double[] counts, String source) {
    }

    static Series read(Path file, Model model, XUnit unit, Double binPs) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("FILE " + file + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("FILE " + file + " is not a readable file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException("FILE " + file + " has " + size + " bytes; analyse reads histograms of up to "
                    + MAX_BYTES + " bytes (give the JSON of 'correlate --json' or a table of the histogram)");
        }
        String text = utf8(Files.readAllBytes(file), file);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            // spreadsheet exports start with one; left in, it would make the first line look like a header
            text = text.substring(1);
        }
        if (text.stripLeading().startsWith("{")) {
            if (unit != null) {
                throw new IllegalArgumentException("--x-unit applies to text tables; correlate JSON states its own units");
            }
            if (binPs != null) {
                throw new IllegalArgumentException("--bin-ps applies to one-column tables; correlate JSON states its own bins");
            }
            return json(text, file, model);
        }
        return table(text, file, model, unit == null ? model.defaultUnit() : unit, binPs);
    }

    private static Series json(String text, Path file, Model model) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException ex) {
            // limits such as the longest number have no location
            String where = ex.getLocation() == null ? "" : "line " + ex.getLocation().getLineNr() + ", column "
                    + ex.getLocation().getColumnNr() + ": ";
            String problem = JACKSON_SOURCE.matcher(String.valueOf(ex.getOriginalMessage())).replaceAll("[line: ");
            throw new IllegalArgumentException("FILE " + file + " is not valid JSON: " + where + problem);
        }
        return switch (model) {
            case G2_PULSED, G2_CW -> {
                JsonNode g2 = root.path("g2");
                if (!g2.isObject()) {
                    throw new IllegalArgumentException("FILE " + file + " has no \"g2\" object; run correlate with --mode g2");
                }
                double[] x = numbers(g2, "delaysPs", "g2");
                double[] y = numbers(g2, "counts", "g2");
                if (x.length != y.length) {
                    throw new IllegalArgumentException("g2.delaysPs has " + x.length + " values but g2.counts has " + y.length);
                }
                yield new Series(x, y, "correlate JSON, g2 of channels " + g2.path("channelA").asText("?") + " and "
                        + g2.path("channelB").asText("?"));
            }
            case LIFETIME -> {
                Map.Entry<String, JsonNode> channel = busiestChannel(root, "lifetime", file, "lifetime");
                double bin = positive(channel.getValue(), "binPs", "lifetime." + channel.getKey());
                double[] y = numbers(channel.getValue(), "counts", "lifetime." + channel.getKey());
                double[] x = new double[y.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (i + 0.5) * bin;
                }
                yield new Series(x, y, "correlate JSON, lifetime of channel " + channel.getKey());
            }
            case BLINKING -> {
                Map.Entry<String, JsonNode> channel = busiestChannel(root, "rate", file, "rate");
                double binMs = positive(channel.getValue(), "binMs", "rate." + channel.getKey());
                double[] y = numbers(channel.getValue(), "counts", "rate." + channel.getKey());
                double[] x = new double[y.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (i + 0.5) * binMs * 1e9;
                }
                yield new Series(x, y, "correlate JSON, count rate of channel " + channel.getKey());
            }
            case SPECTRUM, MALUS -> throw new IllegalArgumentException("correlate JSON holds no " + model.label()
                    + " data; give a text table of " + (model == Model.SPECTRUM ? "wavelength and counts" : "angle and counts"));
        };
    }

    /** The channel with the most counts under {@code key}, e.g. {@code lifetime.<channel>}. */
    private static Map.Entry<String, JsonNode> busiestChannel(JsonNode root, String key, Path file, String mode) {
        JsonNode channels = root.path(key);
        if (!channels.isObject() || channels.isEmpty()) {
            throw new IllegalArgumentException("FILE " + file + " has no \"" + key + "\" object; run correlate with --mode " + mode);
        }
        Map.Entry<String, JsonNode> best = null;
        double bestSum = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = channels.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            double sum = 0;
            for (JsonNode v : e.getValue().path("counts")) {
                sum += v.asDouble();
            }
            if (sum > bestSum) {
                best = e;
                bestSum = sum;
            }
        }
        return best;
    }

    private static double[] numbers(JsonNode parent, String field, String where) {
        JsonNode array = parent.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException(where + "." + field + " is missing or not an array");
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = array.get(i);
            if (!v.isNumber()) {
                throw new IllegalArgumentException(where + "." + field + "[" + i + "] is " + v + ", not a number");
            }
            out[i] = v.asDouble();
        }
        return out;
    }

    private static double positive(JsonNode parent, String field, String where) {
        JsonNode v = parent.path(field);
        if (!v.isNumber() || !(v.asDouble() > 0) || !Double.isFinite(v.asDouble())) {
            throw new IllegalArgumentException(where + "." + field + " must be a finite number > 0, got "
                    + (v.isMissingNode() ? "none" : shown(v.toString())));
        }
        return v.asDouble();
    }

    /** The text as UTF-8, or a refusal naming the first byte that is not (binary files end here). */
    private static String utf8(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IllegalArgumentException(String.format("FILE %s is not text: byte %d (0x%02X) is not UTF-8; give "
                    + "the JSON of 'correlate --json' or a text table", file, in.position(), bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A token as a message shows it: long ones cut, so one bad value cannot flood the terminal. */
    private static String shown(String token) {
        String cut = token.length() <= 40 ? token : token.substring(0, 32) + "… (" + token.length() + " characters)";
        StringBuilder visible = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> visible.append(Character.isISOControl(c) ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return visible.toString();
    }

    private static Series table(String text, Path file, Model model, XUnit unit, Double binPs) {
        if (unit.kind() != model.axis()) {
            throw new IllegalArgumentException("--x-unit " + unit.symbol() + " does not fit " + model.label() + "; use "
                    + XUnit.symbolsOf(model.axis()));
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("%") || line.startsWith("//")) {
                continue;
            }
            String[] tokens = SEPARATORS.split(line);
            double[] values = new double[tokens.length];
            int numeric = 0;
            String firstBad = null;
            for (int t = 0; t < tokens.length; t++) {
                try {
                    values[t] = Double.parseDouble(tokens[t]);
                    numeric++;
                } catch (NumberFormatException ex) {
                    if (firstBad == null) {
                        firstBad = tokens[t];
                    }
                }
            }
            if (numeric < tokens.length) {
                // a header is mostly words; a mostly numeric line with a bad value is data that went wrong, and
                // skipping it would silently drop a row (the x row of a two-row file)
                if (rows.isEmpty() && numeric * 2 <= tokens.length) {
                    continue;
                }
                throw new IllegalArgumentException("FILE " + file + " line " + (l + 1) + ": '" + shown(firstBad)
                        + "' is not a number (only header lines before the data may hold text)");
            }
            for (int t = 0; t < values.length; t++) {
                if (!Double.isFinite(values[t])) {
                    throw new IllegalArgumentException("FILE " + file + " line " + (l + 1) + ", column " + (t + 1) + ": "
                            + shown(tokens[t]) + " is not a finite number");
                }
            }
            rows.add(values);
            lineNumbers.add(l + 1);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("FILE " + file + " holds no numbers");
        }
        int columns = rows.get(0).length;
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).length != columns) {
                throw new IllegalArgumentException("FILE " + file + " line " + lineNumbers.get(r) + " has " + rows.get(r).length
                        + " values, but line " + lineNumbers.get(0) + " has " + columns + "; every row needs the same columns");
            }
        }
        if (rows.size() == 2 && columns > 2) {
            return withX(rows.get(0), rows.get(1), unit, binPs, "two rows (x, counts)");
        }
        if (rows.size() == 1 && columns > 2) {
            return countsOnly(rows.get(0), model, binPs, "one row of counts");
        }
        if (columns == 1) {
            return countsOnly(rows.stream().mapToDouble(r -> r[0]).toArray(), model, binPs, "one column of counts");
        }
        if (columns == 2) {
            return withX(rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray(), unit,
                    binPs, "two columns (x, counts)");
        }
        throw new IllegalArgumentException("FILE " + file + " has " + columns + " columns; expected one (counts) or two (x, counts),"
                + " or two rows");
    }

    private static Series withX(double[] x, double[] counts, XUnit unit, Double binPs, String layout) {
        if (binPs != null) {
            throw new IllegalArgumentException("--bin-ps applies to one-column tables; this file has " + layout);
        }
        int n = x.length;
        boolean decreasing = n > 1 && x[n - 1] < x[0];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            int j = decreasing ? n - 1 - i : i;
            xs[i] = x[j] * unit.toBase();
            ys[i] = counts[j];
        }
        return new Series(xs, ys, layout + ", x in " + unit.symbol());
    }

    private static Series countsOnly(double[] counts, Model model, Double binPs, String layout) {
        if (model == Model.SPECTRUM || model == Model.MALUS) {
            throw new IllegalArgumentException(model.label() + " needs two columns (" + (model == Model.SPECTRUM ? "wavelength"
                    : "angle") + ", counts); the file has " + layout);
        }
        if (binPs == null) {
            throw new IllegalArgumentException("the file has " + layout + "; give the bin width with --bin-ps");
        }
        int n = counts.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // a correlation histogram is taken as centred on zero delay; decays and traces start at zero
            x[i] = model == Model.G2_PULSED || model == Model.G2_CW ? (i - (n - 1) / 2.0) * binPs : (i + 0.5) * binPs;
        }
        return new Series(x, counts.clone(), layout + ", " + binPs + " ps bins");
    }
}
