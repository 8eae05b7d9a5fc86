package org.photonledger.processing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.processing.analysis.Histogram;
import org.photonledger.processing.analysis.SimulatedData;
import picocli.CommandLine;

/**
 * Seeded fuzzing of what {@code analyse} reads: valid text tables (one column, two columns, two rows; comma, tab,
 * space; with and without headers) and valid {@code correlate --json} documents are truncated, byte-flipped, given
 * NaN, infinite, negative, huge or overlong numbers, emptied, replaced by binary garbage or given very long lines,
 * and run through the command as a user runs it. Every case must end in a result (exit 0) or in exactly one line on
 * stderr naming the problem with exit code 2: never a stack trace, another exit code or a run past its budget.
 */
class InputFuzzTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 2000;
    private static final long CASE_SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analyse-fuzz");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** A valid input: the file's text and the arguments that analyse it. */
    record Seed(String name, String text, List<String> args, boolean json) {
    }

    enum Mutation {
        TRUNCATE, SET_BYTES, NUMBER_TO_SPECIAL, NUMBER_TO_NEGATIVE, NUMBER_TO_HUGE, NUMBER_TO_OVERLONG, DROP_LINES,
        DUPLICATE_LINES, SWAP_SEPARATORS, INSERT_TEXT, EMPTY, BINARY_GARBAGE, VERY_LONG_LINE, BYTE_ORDER_MARK,
        JSON_WRONG_TYPE
    }

    enum Outcome { RESULT, REFUSED }

    record Run(int exit, String out, String err) {
    }

    @Test
    void mutated_tables_and_correlate_json_give_a_result_or_one_clear_line() throws Exception {
        // given valid inputs of every layout and model
        List<Seed> seeds = seeds();
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Mutation, int[]> tally = new EnumMap<>(Mutation.class);
        int[] byKind = new int[4];
        Path file = dir.resolve("input");
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] bytes = mutate(seed, mutation, random);
            Files.write(file, bytes);
            List<String> args = new ArrayList<>(seed.args());
            args.set(1, file.toString());
            String what = "case " + c + " (" + mutation + " of " + seed.name() + ")";
            // when
            Run run = run(what, args.toArray(String[]::new));
            // then
            Outcome outcome = run.exit() == 0 ? Outcome.RESULT : Outcome.REFUSED;
            String problem = problem(run);
            if (problem != null && failures.size() < 20) {
                failures.add(what + ": " + problem + "\n    exit " + run.exit() + ", stderr: " + run.err().strip()
                        .lines().limit(3).map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l).toList());
            }
            tally.computeIfAbsent(mutation, m -> new int[2])[outcome.ordinal()]++;
            byKind[(seed.json() ? 2 : 0) + outcome.ordinal()]++;
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "analyse input fuzz (seed %d): %d cases in "
                + "%.1f s; text tables %d results, %d refused; correlate JSON %d results, %d refused%n", SEED, CASES,
                (System.nanoTime() - started) / 1e9, byKind[0], byKind[1], byKind[2], byKind[3]));
        tally.forEach((m, n) -> report.append(String.format(Locale.ROOT, "  %-20s %5d results %5d refused%n", m, n[0], n[1])));
        System.out.print(report);
        assertThat(failures).as("cases that did not end cleanly (the first 20)").isEmpty();
        assertThat(Arrays.stream(byKind).sum()).isEqualTo(CASES);
        assertThat(Arrays.stream(byKind).min().orElseThrow()).as("results and refusals for tables and JSON").isPositive();
    }

    @Test
    void a_binary_file_names_the_first_byte_that_is_not_text() throws Exception {
        // given (found by the fuzzer: it said "cannot read FILE …: Input length = 1")
        Path file = Files.write(dir.resolve("binary.dat"), new byte[] {'1', ',', '2', '\n', (byte) 0xC3, 0x28, '\n'});
        // when
        Run run = run("binary", "lifetime", file.toString());
        // then
        assertThat(run.exit()).isEqualTo(AnalyseCommand.USAGE);
        assertThat(run.err()).isEqualTo("photonledger analyse: FILE " + file + " is not text: byte 4 (0xC3) is not UTF-8; "
                + "give the JSON of 'correlate --json' or a text table" + System.lineSeparator());
    }

    @Test
    void a_byte_order_mark_neither_hides_json_nor_drops_the_first_row() throws Exception {
        // given (found by the fuzzer: JSON "held no numbers" and a two-row table lost its x row to the header rule)
        Histogram cw = new SimulatedData(SEED).cwG2();
        Path json = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + correlateG2(cw));
        Path rows = Files.writeString(dir.resolve("bom.txt"), "\uFEFF" + twoRows(cw, " "));
        // when
        Run fromJson = run("bom json", "g2-cw", json.toString(), "--json");
        Run fromRows = run("bom rows", "g2-cw", rows.toString(), "--json");
        // then
        assertThat(fromJson.exit()).as(fromJson.err()).isZero();
        assertThat(JSON.readTree(fromJson.out()).get("input").asText()).startsWith("correlate JSON");
        assertThat(fromRows.exit()).as(fromRows.err()).isZero();
        assertThat(JSON.readTree(fromRows.out()).get("input").asText()).startsWith("two rows");
    }

    @Test
    void an_overlong_number_is_named_briefly_in_json_and_in_tables() throws Exception {
        // given (found by the fuzzer: a JSON number over Jackson's length limit has no location, and the command
        // died with a NullPointerException; in a table the whole 5000-digit token was echoed)
        String digits = "1" + "7".repeat(5000);
        Path json = Files.writeString(dir.resolve("long.json"), "{\"g2\":{\"delaysPs\":[" + digits + "],\"counts\":[1]}}");
        Path table = Files.writeString(dir.resolve("long.txt"), "1 2\n3 " + digits + "\n");
        // when
        Run fromJson = run("long json", "g2-cw", json.toString());
        Run fromTable = run("long table", "lifetime", table.toString());
        // then
        assertThat(fromJson.exit()).isEqualTo(AnalyseCommand.USAGE);
        assertThat(fromJson.err()).startsWith("photonledger analyse: FILE " + json + " is not valid JSON: ")
                .contains("Number value length").hasLineCount(1);
        assertThat(fromTable.exit()).isEqualTo(AnalyseCommand.USAGE);
        assertThat(fromTable.err()).contains("line 2, column 2: 17777777777777777777777777777777… (5001 characters) "
                + "is not a finite number").hasLineCount(1);
    }

    @Test
    void a_bad_value_in_the_x_row_of_a_two_row_file_is_named_not_skipped_as_a_header() throws Exception {
        // given (found by the fuzzer: the x row was taken for a header and the user was asked for --bin-ps)
        Path rows = Files.writeString(dir.resolve("rows.txt"), "0 64 nan 192 256\n5 7 9 7 5\n");
        Path control = Files.writeString(dir.resolve("nul.txt"), "delay counts\n0 5\n64 7\u00001\n");
        // when
        Run badX = run("bad x row", "g2-cw", rows.toString());
        Run nul = run("nul", "g2-cw", control.toString());
        // then
        assertThat(badX.err()).isEqualTo("photonledger analyse: FILE " + rows + " line 1: 'nan' is not a number (only "
                + "header lines before the data may hold text)" + System.lineSeparator());
        assertThat(nul.err()).contains("line 3: '7\\u00001' is not a number");
    }

    @Test
    void a_missing_bin_width_in_json_is_called_missing() throws Exception {
        // given (found by the fuzzer: the message ended in "got " with nothing after it)
        Path json = Files.writeString(dir.resolve("nobin.json"), "{\"lifetime\":{\"0\":{\"counts\":[1,2,3]}}}");
        // when
        Run run = run("no bin", "lifetime", json.toString());
        // then
        assertThat(run.err()).isEqualTo("photonledger analyse: lifetime.0.binPs must be a finite number > 0, got none"
                + System.lineSeparator());
    }

    /** What is wrong with how a run ended, or null if it ended cleanly. */
    private static String problem(Run run) {
        if (run.exit() == 0) {
            return run.err().isEmpty() ? null : "succeeded but wrote to stderr";
        }
        if (run.exit() != AnalyseCommand.USAGE) {
            return "exit code " + run.exit() + " instead of " + AnalyseCommand.USAGE;
        }
        if (run.err().lines().count() != 1) {
            return run.err().lines().count() + " lines on stderr instead of one";
        }
        if (!run.err().startsWith("photonledger analyse: ") || run.err().contains("Exception")
                || run.err().contains(": null") || run.err().contains("Input length =") || run.err().strip().endsWith(",")
                || run.err().contains("got \n") || run.err().contains("REDACTED")) {
            return "not a clear one-line message";
        }
        if (run.err().length() > 600) {
            return "a message of " + run.err().length() + " characters";
        }
        return run.out().isEmpty() ? null : "refused but wrote to stdout";
    }

    private Run run(String what, String... args) throws InterruptedException {
        Future<Run> result = worker.submit(() -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new AnalyseCommand());
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        });
        try {
            return result.get(CASE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError(what + " did not finish within " + CASE_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        }
    }

    // --- seeds ---

    private static List<Seed> seeds() throws IOException {
        SimulatedData data = new SimulatedData(SEED);
        List<Seed> seeds = new ArrayList<>();
        Histogram decay = data.decay(2_000, 1);
        seeds.add(table("lifetime, two columns, comma, header", columns(decay, "delay_ps,counts", ","), "lifetime"));
        seeds.add(table("lifetime, one column, --bin-ps", "# counts per bin\n" + oneColumn(decay.counts()), "lifetime",
                "--bin-ps", Report.plain(decay.x()[1] - decay.x()[0])));
        seeds.add(table("lifetime, two columns, tab, ns", columns(rescaled(decay, 1e-3), "t\tcounts", "\t"), "lifetime",
                "--x-unit", "ns"));
        Histogram cw = data.cwG2();
        seeds.add(table("g2-cw, two rows, space", twoRows(cw, " "), "g2-cw"));
        Histogram pulsed = rebinned(data.pulsedG2(0.06), 4);
        seeds.add(table("g2-pulsed, two columns, space", columns(pulsed, "", " "), "g2-pulsed"));
        seeds.add(table("spectrum, two columns, comma", columns(data.line(), "wavelength_nm,counts", ","), "spectrum"));
        double[] angles = new double[37];
        for (int i = 0; i < angles.length; i++) {
            angles[i] = 10 * i;
        }
        seeds.add(table("malus, two columns, space", columns(new Histogram(angles, data.malus(angles)), "# angle counts", " "),
                "malus"));
        double[] telegraph = Arrays.copyOf(data.telegraph(), 2000);
        seeds.add(table("blinking, one column", oneColumn(telegraph), "blinking", "--bin-ps", "5e9"));

        seeds.add(json("correlate g2 (pulsed)", correlateG2(pulsed), "g2-pulsed"));
        seeds.add(json("correlate g2 (cw)", correlateG2(cw), "g2-cw"));
        ObjectNode lifetime = header();
        ObjectNode channels = lifetime.putObject("lifetime");
        channel(channels.putObject("0"), "binPs", decay.x()[1] - decay.x()[0], decay.counts());
        channel(channels.putObject("1"), "binPs", decay.x()[1] - decay.x()[0], data.decay(800, 0.3).counts());
        seeds.add(json("correlate lifetime", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(lifetime), "lifetime"));
        ObjectNode rate = header();
        channel(rate.putObject("rate").putObject("2"), "binMs", 5, telegraph);
        seeds.add(json("correlate rate", JSON.writeValueAsString(rate), "blinking"));
        return seeds;
    }

    private static Seed table(String name, String text, String model, String... options) {
        List<String> args = new ArrayList<>(List.of(model, "FILE", "--json"));
        args.addAll(List.of(options));
        return new Seed(name, text, args, false);
    }

    private static Seed json(String name, String text, String model) {
        return new Seed(name, text, List.of(model, "FILE"), true);
    }

    private static String columns(Histogram h, String header, String separator) {
        StringBuilder sb = new StringBuilder(header.isEmpty() ? "" : header + "\n");
        double[] x = h.x();
        double[] y = h.counts();
        for (int i = 0; i < x.length; i++) {
            sb.append(Report.plain(x[i])).append(separator).append((long) y[i]).append('\n');
        }
        return sb.toString();
    }

    private static String twoRows(Histogram h, String separator) {
        StringBuilder sb = new StringBuilder();
        for (double v : h.x()) {
            sb.append(Report.plain(v)).append(separator);
        }
        sb.append('\n');
        for (double v : h.counts()) {
            sb.append((long) v).append(separator);
        }
        return sb.append('\n').toString();
    }

    private static String oneColumn(double[] counts) {
        StringBuilder sb = new StringBuilder();
        for (double c : counts) {
            sb.append((long) c).append('\n');
        }
        return sb.toString();
    }

    private static Histogram rescaled(Histogram h, double factor) {
        return new Histogram(Arrays.stream(h.x()).map(v -> v * factor).toArray(), h.counts());
    }

    /** Sums {@code k} neighbouring bins, so the fits of thousands of cases stay quick. */
    private static Histogram rebinned(Histogram h, int k) {
        int n = h.size() / k;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                x[i] += h.x()[i * k + j] / k;
                y[i] += h.counts()[i * k + j];
            }
        }
        return new Histogram(x, y);
    }

    private static ObjectNode header() {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", "run.ptu");
        root.put("sha256", "0".repeat(64));
        root.put("recordType", "HydraHarp2T3");
        return root;
    }

    private static String correlateG2(Histogram h) throws IOException {
        ObjectNode root = header();
        ObjectNode g2 = root.putObject("g2");
        g2.put("channelA", 0);
        g2.put("channelB", 1);
        g2.put("binPs", h.x()[1] - h.x()[0]);
        ArrayNode delays = g2.putArray("delaysPs");
        ArrayNode counts = g2.putArray("counts");
        for (int i = 0; i < h.size(); i++) {
            delays.add(h.x()[i]);
            counts.add((long) h.counts()[i]);
        }
        return JSON.writeValueAsString(root);
    }

    private static void channel(ObjectNode channel, String binKey, double bin, double[] counts) {
        channel.put(binKey, bin);
        ArrayNode array = channel.putArray("counts");
        for (double c : counts) {
            array.add((long) c);
        }
    }

    // --- mutations ---

    private static final String[] SPECIAL = {"NaN", "Infinity", "-Infinity", "nan", "inf", "1e400", "-1e400", "0x1p3",
            "1d", "4.9e-324", "-0", "", "1,5", "1.2.3", "--1", "+"};
    private static final String[] HUGE = {"1e308", "1.7976931348623157E308", "9223372036854775807",
            "99999999999999999999999999", "1e30", "1e-320"};

    static byte[] mutate(Seed seed, Mutation mutation, SplittableRandom random) {
        String text = seed.text();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (mutation) {
            case TRUNCATE -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case SET_BYTES -> {
                for (int i = 0, k = 1 + random.nextInt(8); i < k; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                yield bytes;
            }
            case NUMBER_TO_SPECIAL -> replaceNumbers(text, random, () -> SPECIAL[random.nextInt(SPECIAL.length)]);
            case NUMBER_TO_NEGATIVE -> replaceNumbers(text, random, () -> "-" + (1 + random.nextInt(1000)));
            case NUMBER_TO_HUGE -> replaceNumbers(text, random, () -> HUGE[random.nextInt(HUGE.length)]);
            case NUMBER_TO_OVERLONG -> replaceNumbers(text, random, () -> "1" + "7".repeat(1 + random.nextInt(5000)));
            case DROP_LINES, DUPLICATE_LINES -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                for (int i = 0, k = 1 + random.nextInt(Math.max(1, lines.size() / 2)); i < k && !lines.isEmpty(); i++) {
                    int at = random.nextInt(lines.size());
                    if (mutation == Mutation.DROP_LINES) {
                        lines.remove(at);
                    } else {
                        lines.add(at, lines.get(at));
                    }
                }
                yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case SWAP_SEPARATORS -> {
                String[] separators = {",", "\t", " ", ";", ", ", "\r\n", "\n\n", ":"};
                String from = separators[random.nextInt(separators.length)];
                String to = separators[random.nextInt(separators.length)];
                yield text.replace(from, to).getBytes(StandardCharsets.UTF_8);
            }
            case INSERT_TEXT -> {
                String[] inserts = {"counts", "#", "\u0000", "\"", "{", "}", "[", "]", "\\u0000", "null", "true",
                        "µs", "\uFFFD", "\r", "\t\t", "1e", "NaN,NaN"};
                StringBuilder sb = new StringBuilder(text);
                for (int i = 0, k = 1 + random.nextInt(4); i < k; i++) {
                    sb.insert(random.nextInt(sb.length() + 1), inserts[random.nextInt(inserts.length)]);
                }
                yield sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            case EMPTY -> new byte[][] {new byte[0], " ".getBytes(), "\n\n\n".getBytes(), "{".getBytes(), "{}".getBytes(),
                    "[]".getBytes(), "null".getBytes(), "# only a comment\n".getBytes()}[random.nextInt(8)];
            case BINARY_GARBAGE -> {
                byte[] garbage = new byte[1 + random.nextInt(4096)];
                for (int i = 0; i < garbage.length; i++) {
                    garbage[i] = (byte) random.nextInt(256);
                }
                if (random.nextBoolean()) {
                    garbage[0] = '{';
                }
                yield garbage;
            }
            case VERY_LONG_LINE -> {
                StringBuilder line = new StringBuilder();
                int length = 100_000 + random.nextInt(400_000);
                boolean numeric = random.nextBoolean();
                while (line.length() < length) {
                    line.append(numeric ? Integer.toString(random.nextInt(1000)) + "," : "xyzzy ");
                }
                List<String> lines = new ArrayList<>(text.lines().toList());
                lines.add(random.nextInt(lines.size() + 1), line.toString());
                yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case BYTE_ORDER_MARK -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case JSON_WRONG_TYPE -> {
                String[] replacements = {"\"counts\":\"many\"", "\"counts\":{}", "\"counts\":null", "\"counts\":[]",
                        "\"counts\":[[1,2]]", "\"counts\":[1]", "\"binPs\":-16", "\"binPs\":0", "\"binPs\":\"16\"",
                        "\"binMs\":1e-320", "\"binMs\":1e300", "\"g2\":[]", "\"lifetime\":[]", "\"rate\":{\"0\":{}}",
                        "\"delaysPs\":[3,2,1]", "\"lifetime\":{\"0\":7}"};
                String key = new String[] {"\"counts\":", "\"binPs\":", "\"binMs\":", "\"g2\":", "\"lifetime\":",
                        "\"rate\":", "\"delaysPs\":"}[random.nextInt(7)];
                int at = text.indexOf(key);
                String replacement = replacements[random.nextInt(replacements.length)];
                yield (at < 0 ? replacement + text : text.substring(0, at) + replacement + ","
                        + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** Replaces a few of the numbers in the text (each with probability ~1 %, at least one). */
    private static byte[] replaceNumbers(String text, SplittableRandom random, java.util.function.Supplier<String> with) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(text);
        List<int[]> chosen = new ArrayList<>();
        for (int[] span : spans) {
            if (random.nextInt(100) == 0) {
                chosen.add(span);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(spans.get(random.nextInt(spans.size())));
        }
        for (int i = chosen.size() - 1; i >= 0; i--) {
            sb.replace(chosen.get(i)[0], chosen.get(i)[1], with.get());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
