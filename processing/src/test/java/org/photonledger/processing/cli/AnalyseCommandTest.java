package org.photonledger.processing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.processing.analysis.Histogram;
import org.photonledger.processing.analysis.SimulatedData;
import picocli.CommandLine;

class AnalyseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one run. */
    record Run(int exit, String out, String err) {

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run analyse(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AnalyseCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = cli.execute(strings);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void fitMyDataDemoInTwoRowsGivesPurityAsJson() throws IOException {
        // given the Swabian two-row file (delays, counts)
        Path file = reference("fitmydata_demo_g2.txt");

        // when
        Run run = analyse("g2-pulsed", file, "--json");

        // then
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("model").asText()).isEqualTo("g2-pulsed");
        assertThat(j.get("method").asText()).isEqualTo("g2-pulsed@1");
        assertThat(j.get("input").asText()).isEqualTo("two rows (x, counts), x in ps");
        assertThat(j.get("g2zero").asDouble()).isCloseTo(0.0069, within(0.0003));
        assertThat(j.get("g2zeroSigma").asDouble()).isBetween(0.0001, 0.0005);
        assertThat(j.get("purity").asDouble()).isCloseTo(0.9931, within(0.0003));
        assertThat(j.get("puritySigma").asDouble()).isEqualTo(j.get("g2zeroSigma").asDouble());
        assertThat(j.get("periodPs").asDouble()).isCloseTo(12_201.8, within(0.5));
        assertThat(j.get("zeroDelayPs").asDouble()).isCloseTo(-56, within(5.0));
        assertThat(j.get("windowPs").asDouble()).isEqualTo(1984);
        assertThat(j.get("sidePeaks").asInt()).isEqualTo(130);
        assertThat(j.get("background").asDouble()).isZero();
        assertThat(j.get("chi2red").asDouble()).isBetween(0.8, 1.2);
        assertThat(j.get("parameters").get("windowFrom").asText()).startsWith("data:");
        assertThat(run.out()).doesNotContain("NaN");
    }

    @Test
    void fitMyDataSettingsReproduceItsOwnNumber() throws IOException {
        Run run = analyse("g2-pulsed", reference("fitmydata_demo_g2.txt"), "--window-ns", "1.664", "--background", "flat", "--json");

        JsonNode j = run.json();
        assertThat(j.get("g2zero").asDouble()).isCloseTo(0.0063, within(0.0002));
        assertThat(j.get("windowPs").asDouble()).isEqualTo(1664);
        assertThat(j.get("background").asDouble()).isCloseTo(2.1, within(0.1));
        assertThat(j.get("parameters").get("background").asText()).isEqualTo("flat");
    }

    @Test
    void textOutputIsForPeople() throws IOException {
        Path file = write("g2.txt", twoColumns(new SimulatedData(3).pulsedG2(0.06), "delay_ps,counts", ","));

        Run run = analyse("g2-pulsed", file, "--period-ns", "12.5");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("g2-pulsed  " + file + "  (two columns (x, counts), x in ps)")
                .contains("g²(0)", "purity", "period                  12500 ps (exact)", "method", "g2-pulsed@1");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void correlateJsonFeedsPulsedAndCwG2() throws IOException {
        // given correlate --json output with a g2 object
        Path pulsed = write("pulsed.json", correlateG2(new SimulatedData(4).pulsedG2(0.06)));
        Path cw = write("cw.json", correlateG2(new SimulatedData(5).cwG2()));

        // when
        Run p = analyse("g2-pulsed", pulsed, "--json");
        Run c = analyse("g2-cw", cw, "--json");

        // then
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.json().get("input").asText()).isEqualTo("correlate JSON, g2 of channels 1 and 2");
        assertThat(Math.abs(p.json().get("g2zero").asDouble() - 0.06)).isLessThan(3 * p.json().get("g2zeroSigma").asDouble());
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode j = c.json();
        for (String key : new String[] {"g0", "tau0Ps", "a", "delayPs"}) {
            assertThat(j.get(key).isNumber()).as(key).isTrue();
            assertThat(j.get(key + "Sigma").isNumber()).as(key + "Sigma").isTrue();
        }
        assertThat(j.get("tau1Ps").isNull()).isTrue();
        assertThat(j.get("tau1PsSigma").isNull()).isTrue();
        assertThat(Math.abs(j.get("g0").asDouble() - 0.1)).isLessThan(3 * j.get("g0Sigma").asDouble());
        assertThat(Math.abs(j.get("tau0Ps").asDouble() - 2000)).isLessThan(3 * j.get("tau0PsSigma").asDouble());
        assertThat(j.get("chi2red").asDouble()).isBetween(0.8, 1.2);
        assertThat(j.get("method").asText()).isEqualTo("g2-cw@1");
    }

    @Test
    void correlateJsonLifetimeUsesTheBusiestChannel() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode lifetime = root.putObject("lifetime");
        channel(lifetime.putObject("1"), "binPs", 16, new SimulatedData(6).decay(400, 0.1));
        channel(lifetime.putObject("2"), "binPs", 16, new SimulatedData(7).decay(400, 1));
        Path file = write("life.json", JSON.writeValueAsString(root));

        Run run = analyse("lifetime", file, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("input").asText()).isEqualTo("correlate JSON, lifetime of channel 2");
        assertThat(Math.abs(j.get("tauPs").asDouble() - 400)).isLessThan(3 * j.get("tauPsSigma").asDouble());
        assertThat(j.get("biexponential").get("refused").asText()).contains("no two distinct components");
    }

    @Test
    void correlateJsonRateFeedsBlinking() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        channel(root.putObject("rate").putObject("1"), "binMs", 5, new SimulatedData(8).telegraph());
        Path file = write("rate.json", JSON.writeValueAsString(root));

        Run run = analyse("blinking", file, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("binMs").asDouble()).isCloseTo(5, within(1e-9));
        assertThat(j.get("twoLevels").asBoolean()).isTrue();
        assertThat(j.get("onFraction").asDouble()).isCloseTo(0.625, within(0.06));
        assertThat(j.get("onMeanMs").asDouble()).isBetween(80.0, 140.0);
        assertThat(j.get("intensityHistogram").isArray()).isTrue();
        assertThat(j.get("method").asText()).isEqualTo("blinking@1");
    }

    @Test
    void oneColumnTableNeedsAndUsesTheBinWidth() throws IOException {
        Histogram decay = new SimulatedData(9).decay(12_700, 1);
        Path file = write("decay.txt", "# counts per 128 ps bin\n" + Arrays.stream(decay.counts())
                .mapToObj(v -> Long.toString((long) v)).collect(Collectors.joining("\n")));

        Run without = analyse("lifetime", file);
        Run with = analyse("lifetime", file, "--bin-ps", 128, "--json");

        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).isEqualTo("photonledger analyse: the file has one column of counts; give the bin width with"
                + " --bin-ps" + System.lineSeparator());
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(Math.abs(with.json().get("tauPs").asDouble() - 12_700)).isLessThan(3 * with.json().get("tauPsSigma").asDouble());
    }

    @Test
    void xUnitConvertsTabSeparatedNanoseconds() throws IOException {
        Histogram decay = new SimulatedData(10).decay(12_700, 1);
        StringBuilder text = new StringBuilder("time (ns)\tcounts\n");
        for (int i = 0; i < decay.size(); i++) {
            text.append(String.format(Locale.ROOT, "%.4f\t%d%n", decay.x()[i] / 1000, (long) decay.counts()[i]));
        }
        Path file = write("decay.tsv", text.toString());

        Run run = analyse("lifetime", file, "--x-unit", "ns", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("input").asText()).isEqualTo("two columns (x, counts), x in ns");
        assertThat(Math.abs(run.json().get("tauPs").asDouble() - 12_700)).isLessThan(3 * run.json().get("tauPsSigma").asDouble());
    }

    @Test
    void spectrumGivesNmAndMeV() throws IOException {
        Histogram line = new SimulatedData(11).line();
        Path file = write("spectrum.csv", twoColumns(line, "wavelength,counts", ","));

        Run run = analyse("spectrum", file, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("shape").asText()).startsWith("lorentzian");
        assertThat(Math.abs(j.get("centreNm").asDouble() - 677)).isLessThan(3 * j.get("centreNmSigma").asDouble());
        assertThat(Math.abs(j.get("fwhmNm").asDouble() - 1.1)).isLessThan(3 * j.get("fwhmNmSigma").asDouble());
        assertThat(j.get("fwhmMeV").asDouble()).isCloseTo(2.98, within(0.1));
        assertThat(j.get("centreMeV").asDouble()).isCloseTo(1831.4, within(0.2));
        assertThat(j.get("otherShape").get("shape").asText()).startsWith("gaussian");
    }

    @Test
    void malusGivesDegreeOfPolarisation() throws IOException {
        StringBuilder text = new StringBuilder("angle counts\n");
        double[] angles = IntStream.range(0, 36).mapToDouble(i -> 10.0 * i).toArray();
        double[] counts = new SimulatedData(12).malus(angles);
        for (int i = 0; i < angles.length; i++) {
            text.append((int) angles[i]).append(' ').append((long) counts[i]).append('\n');
        }
        Path file = write("malus.txt", text.toString());

        Run run = analyse("malus", file, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Math.abs(run.json().get("dolp").asDouble() - 0.4)).isLessThan(3 * run.json().get("dolpSigma").asDouble());
        assertThat(run.json().get("theta0Deg").asDouble()).isCloseTo(35, within(3.0));
    }

    @Test
    void errorsAreOneLineOnStandardErrorWithExitCode2() throws IOException {
        Path table = write("g2.txt", twoColumns(new SimulatedData(13).pulsedG2(0.06), "", " "));
        Path zeros = write("zeros.txt", "0\n".repeat(100));
        Path ragged = write("ragged.txt", "1 2\n3 4\n5\n");
        Path words = write("words.txt", "delay counts\n1 2\n3 oops\n");
        Path empty = write("empty.txt", "just a header\n");
        Path json = write("nog2.json", "{\"file\":\"x.ptu\",\"lifetime\":{}}");

        assertError(analyse("g2-pulsed", dir.resolve("missing.txt")), "FILE " + dir.resolve("missing.txt") + " does not exist");
        assertError(analyse("g3", table), "MODEL must be one of g2-pulsed, g2-cw, lifetime, spectrum, malus, blinking; got 'g3'");
        assertError(analyse("g2-pulsed", table, "--bin-ps", 32), "--bin-ps applies to one-column tables; this file has two"
                + " columns (x, counts)");
        assertError(analyse("lifetime", table, "--period-ns", 12.5), "--period-ns applies to g2-pulsed only, not to lifetime");
        assertError(analyse("g2-pulsed", table, "--x-unit", "nm"), "--x-unit nm does not fit g2-pulsed; use ps, ns, us, ms, s");
        assertError(analyse("g2-pulsed", table, "--x-unit", "fortnight"), "--x-unit must be one of ps, ns, us, ms, s, nm, deg;"
                + " got 'fortnight'");
        assertError(analyse("g2-pulsed", table, "--background", "sloped"), "--background must be none or flat; got 'sloped'");
        assertError(analyse("g2-pulsed", table, "--window-ns", -1), "--window-ns must be a number > 0; got -1.0");
        assertError(analyse("g2-pulsed", zeros, "--bin-ps", 10), "pulsed g² histogram holds no counts (all 100 bins are zero)");
        assertError(analyse("g2-pulsed", ragged), "FILE " + ragged + " line 3 has 1 values, but line 1 has 2; every row needs the"
                + " same columns");
        assertError(analyse("g2-pulsed", words), "FILE " + words + " line 3: 'oops' is not a number (only header lines before the"
                + " data may hold text)");
        assertError(analyse("g2-pulsed", empty), "FILE " + empty + " holds no numbers");
        assertError(analyse("g2-cw", json), "FILE " + json + " has no \"g2\" object; run correlate with --mode g2");
        assertError(analyse("spectrum", json), "correlate JSON holds no spectrum data; give a text table of wavelength and counts");
        assertError(analyse("malus", zeros), "malus needs two columns (angle, counts); the file has one column of counts");
    }

    @Test
    void badOptionValueIsAUsageError() throws IOException {
        Path table = write("g2.txt", "1 2\n3 4\n");

        Run run = analyse("g2-pulsed", table, "--period-ns", "twelve");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--period-ns': 'twelve' is not a double");
        assertThat(run.out()).isEmpty();
    }

    private static void assertError(Run run, String message) {
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("photonledger analyse: " + message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Path reference(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("reference-data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        assumeTrue(false, name + " not found in shared/reference-data above the working directory");
        return Optional.<Path>empty().orElseThrow();
    }

    private static String twoColumns(Histogram h, String header, String separator) {
        StringBuilder sb = new StringBuilder(header.isEmpty() ? "" : header + "\n");
        double[] x = h.x();
        double[] y = h.counts();
        for (int i = 0; i < x.length; i++) {
            sb.append(Report.plain(x[i])).append(separator).append((long) y[i]).append('\n');
        }
        return sb.toString();
    }

    private static String correlateG2(Histogram h) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", "run.ptu");
        ObjectNode g2 = root.putObject("g2");
        g2.put("channelA", 1);
        g2.put("channelB", 2);
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

    private static void channel(ObjectNode channel, String binKey, double bin, Histogram h) {
        channel(channel, binKey, bin, h.counts());
    }
}
