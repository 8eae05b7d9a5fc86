package org.photonledger.acquisition.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.CorrelationSpec;
import org.photonledger.acquisition.correlator.CountRateTrace;
import org.photonledger.acquisition.correlator.CountRateTracer;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.correlator.LifetimeHistogrammer;
import org.photonledger.acquisition.correlator.LifetimeHistograms;
import org.photonledger.acquisition.correlator.LifetimeReference;
import org.photonledger.acquisition.ptu.PtuFormatException;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code photonledger correlate FILE}: g²(τ), lifetime or count-rate histograms of a PTU file, streamed (memory
 * does not grow with the file), printed as a short summary with a sparkline or as JSON. Needs no database or server.
 */
@Command(name = "correlate", mixinStandardHelpOptions = true,
        description = {"Offline g²(τ), lifetime or count-rate histograms from a PicoQuant PTU time-tag file.",
                "g2: all-pairs histogram of t_B - t_A - offset, bins centred on multiples of --bin-ps "
                        + "(bin k holds [k*w - w/2, k*w + w/2)), from -R to +R; normalised = counts / (N_A*N_B*w/T), "
                        + "T = time from the first to the last tag.",
                "lifetime: T3 dtime per channel (one bin per dtime unit unless --bin-ps), "
                        + "T2 time since the latest sync (or marker) up to --range-ns.",
                "rate: photons per channel in bins of --rate-bin-ms from the start of the acquisition.",
                "Errors print one line on stderr and exit with code 2."})
public final class CorrelateCommand implements Callable<Integer> {

    /** Exit code for bad options, missing or corrupt files and absent channels. */
    public static final int USAGE = 2;

    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final int SPARK_WIDTH = 72;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "PTU file (PicoHarp, HydraHarp, TimeHarp 260, MultiHarp; T2 or T3)")
    Path file;

    @Option(names = "--mode", defaultValue = "g2", paramLabel = "g2|lifetime|rate",
            description = "What to compute (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--channels", paramLabel = "A,B",
            description = "g2: channels A,B (default: the two with the most counts, lower number first); "
                    + "lifetime/rate: the channels to include (default: all with photons).")
    String channels;

    @Option(names = "--bin-ps", paramLabel = "N",
            description = "Bin width in ps (default 100; T3 lifetime: one dtime unit).")
    Long binPs;

    @Option(names = "--range-ns", defaultValue = "100", paramLabel = "R",
            description = "g2: histogram from -R to +R ns; T2 lifetime: up to R ns (default: ${DEFAULT-VALUE}).")
    double rangeNs;

    @Option(names = "--offset-ps", defaultValue = "0", paramLabel = "D",
            description = "g2: cable-delay offset subtracted from t_B - t_A, in ps (default: ${DEFAULT-VALUE}).")
    long offsetPs;

    @Option(names = "--rate-bin-ms", defaultValue = "5", paramLabel = "M",
            description = "rate: bin width in ms (default: ${DEFAULT-VALUE}).")
    double rateBinMs;

    @Option(names = "--json", description = "Print JSON instead of a summary.")
    boolean json;

    /** A problem with the user's input, reported as one line. */
    private static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            run(spec.commandLine().getOut());
            return 0;
        } catch (UsageError | PtuFormatException | UncheckedIOException | IllegalArgumentException e) {
            err.println("photonledger correlate: " + oneLine(e.getMessage()));
            err.flush();
            return USAGE;
        }
    }

    private void run(PrintWriter out) {
        Mode what = Mode.parse(mode);
        if (binPs != null && binPs < 1) {
            throw new UsageError("--bin-ps must be a whole number of picoseconds >= 1, got " + binPs);
        }
        if (!(rangeNs >= 0) || rangeNs > 1e9) {
            throw new UsageError("--range-ns must be a number of nanoseconds in 0..1e9, got " + rangeNs);
        }
        if (!(rateBinMs > 0) || rateBinMs > 1e9) {
            throw new UsageError("--rate-bin-ms must be a positive number of milliseconds, got " + rateBinMs);
        }
        int[] chosen = channels == null ? null : parseChannels(channels, what);
        if (!Files.isRegularFile(file)) {
            throw new UsageError(Files.exists(file) ? file + " is not a regular file" : "no such file: " + file);
        }
        long rangePs = Math.round(rangeNs * 1000);
        long binWidthPs = binPs == null ? 100 : binPs;
        long rateBinPs = Math.max(1, Math.round(rateBinMs * 1e9));

        MessageDigest fileHash = sha256();
        TagStatistics statistics = new TagStatistics();
        PtuReader reader = PtuReader.open(file, fileHash);
        ObjectNode result;
        FileFacts facts;
        try (reader) {
            List<Consumer<TagBlock>> consumers = new ArrayList<>();
            consumers.add(statistics::accept);
            CrossCorrelator correlator = null;
            LifetimeHistogrammer lifetime = null;
            LifetimeHistogrammer lifetimeFromMarkers = null;
            CountRateTracer rate = null;
            switch (what) {
                case G2 -> {
                    if (chosen != null) {
                        correlator = new CrossCorrelator(new CorrelationSpec(chosen[0], chosen[1], binWidthPs, rangePs, offsetPs));
                        consumers.add(correlator::accept);
                    }
                }
                case LIFETIME -> {
                    if (reader.timeBase().mode() == TagMode.T3) {
                        lifetime = LifetimeHistogrammer.t3(reader.timeBase(), chosen, binPs);
                    } else {
                        // which reference the file has is known only at its end, so both are collected
                        lifetime = LifetimeHistogrammer.t2(new LifetimeReference.Sync(), chosen, binWidthPs, rangePs);
                        lifetimeFromMarkers = LifetimeHistogrammer.t2(new LifetimeReference.Marker(), chosen, binWidthPs, rangePs);
                        consumers.add(lifetimeFromMarkers::accept);
                    }
                    consumers.add(lifetime::accept);
                }
                case RATE -> {
                    rate = new CountRateTracer(rateBinPs, chosen);
                    consumers.add(rate::accept);
                }
            }
            TagBlock block = new TagBlock();
            while (reader.next(block)) {
                for (Consumer<TagBlock> consumer : consumers) {
                    consumer.accept(block);
                }
            }
            facts = new FileFacts(reader, HexFormat.of().formatHex(fileHash.digest()), statistics);
            if (chosen != null) {
                for (int c : chosen) {
                    requirePhotons(statistics, c);
                }
            }
            result = switch (what) {
                case G2 -> {
                    if (correlator == null) {
                        int[] pair = busiestPair(statistics);
                        correlator = new CrossCorrelator(new CorrelationSpec(pair[0], pair[1], binWidthPs, rangePs, offsetPs));
                        try (PtuReader again = PtuReader.open(file)) {
                            while (again.next(block)) {
                                correlator.accept(block);
                            }
                        }
                    }
                    yield g2(facts, correlator.result(), out);
                }
                case LIFETIME -> {
                    LifetimeHistograms histograms = lifetime.result();
                    if (reader.timeBase().mode() == TagMode.T2 && statistics.syncs() == 0) {
                        if (statistics.markers() == 0) {
                            throw new UsageError("lifetime of a T2 file needs sync or marker records to time photons "
                                    + "from, and " + file + " has neither");
                        }
                        histograms = lifetimeFromMarkers.result();
                    }
                    yield lifetime(facts, histograms, out);
                }
                case RATE -> rate(facts, rate.result(), out);
            };
        }
        if (json) {
            out.println(result.toString());
        }
        out.flush();
    }

    // --- modes ---

    private enum Mode {
        G2, LIFETIME, RATE;

        static Mode parse(String text) {
            return switch (text) {
                case "g2" -> G2;
                case "lifetime" -> LIFETIME;
                case "rate" -> RATE;
                default -> throw new UsageError("--mode must be g2, lifetime or rate, got '" + text + "'");
            };
        }
    }

    private record FileFacts(PtuReader reader, String sha256, TagStatistics statistics) {
    }

    private ObjectNode g2(FileFacts facts, CorrelationHistogram histogram, PrintWriter out) {
        ObjectNode root = header(facts);
        ObjectNode g2 = root.putObject("g2");
        CorrelationSpec s = histogram.spec();
        g2.put("channelA", s.channelA());
        g2.put("channelB", s.channelB());
        g2.put("binPs", s.binWidthPs());
        g2.put("rangePs", s.rangePs());
        ArrayNode delays = g2.putArray("delaysPs");
        Arrays.stream(histogram.delaysPs()).forEach(delays::add);
        ArrayNode counts = g2.putArray("counts");
        Arrays.stream(histogram.counts()).forEach(counts::add);
        ArrayNode normalised = g2.putArray("normalised");
        for (double v : histogram.normalised()) {
            if (Double.isNaN(v)) {
                normalised.addNull();
            } else {
                normalised.add(v);
            }
        }
        if (!json) {
            summary(facts, out);
            double g0 = histogram.normalised()[s.halfBins()];
            out.printf(Locale.ROOT, "g²(τ)        channels %d → %d, bins of %d ps from %s to %s (%d bins), offset %d ps%n",
                    s.channelA(), s.channelB(), s.binWidthPs(), ps(s.delayPs(0)), ps(s.delayPs(s.bins() - 1)),
                    s.bins(), s.offsetPs());
            out.printf(Locale.ROOT, "             %d pairs; g²(0) = %s (%d pairs in the centre bin)%n",
                    histogram.total(), Double.isNaN(g0) ? "n/a" : String.format(Locale.ROOT, "%.4f", g0),
                    histogram.count(s.halfBins()));
            out.println("             " + sparkline(histogram.counts()));
        }
        return root;
    }

    private ObjectNode lifetime(FileFacts facts, LifetimeHistograms histograms, PrintWriter out) {
        ObjectNode root = header(facts);
        ObjectNode lifetime = root.putObject("lifetime");
        for (Map.Entry<Integer, long[]> e : histograms.counts().entrySet()) {
            ObjectNode channel = lifetime.putObject(Integer.toString(e.getKey()));
            channel.put("binPs", histograms.binWidthPs());
            ArrayNode counts = channel.putArray("counts");
            Arrays.stream(e.getValue()).forEach(counts::add);
        }
        if (!json) {
            summary(facts, out);
            for (Map.Entry<Integer, long[]> e : histograms.counts().entrySet()) {
                long[] counts = e.getValue();
                int peak = 0;
                for (int i = 1; i < counts.length; i++) {
                    if (counts[i] > counts[peak]) {
                        peak = i;
                    }
                }
                out.printf(Locale.ROOT, "lifetime ch %d: %d bins of %s ps, peak at %s%n", e.getKey(), counts.length,
                        number(histograms.binWidthPs()), ps(Math.round(peak * histograms.binWidthPs())));
                out.println("             " + sparkline(counts));
            }
        }
        return root;
    }

    private ObjectNode rate(FileFacts facts, CountRateTrace trace, PrintWriter out) {
        ObjectNode root = header(facts);
        ObjectNode rate = root.putObject("rate");
        double binMs = trace.binWidthPs() / 1e9;
        for (Map.Entry<Integer, long[]> e : trace.counts().entrySet()) {
            ObjectNode channel = rate.putObject(Integer.toString(e.getKey()));
            channel.put("binMs", binMs);
            ArrayNode counts = channel.putArray("counts");
            Arrays.stream(e.getValue()).forEach(counts::add);
        }
        if (!json) {
            summary(facts, out);
            for (Map.Entry<Integer, long[]> e : trace.counts().entrySet()) {
                long[] counts = e.getValue();
                long max = Arrays.stream(counts).max().orElse(0);
                long min = Arrays.stream(counts).min().orElse(0);
                out.printf(Locale.ROOT, "rate ch %d:   %d bins of %s ms, %s–%s counts/s%n", e.getKey(), counts.length,
                        number(binMs), number(min / (binMs / 1e3)), number(max / (binMs / 1e3)));
                out.println("             " + sparkline(counts));
            }
        }
        return root;
    }

    private ObjectNode header(FileFacts facts) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        PtuReader reader = facts.reader();
        root.put("file", file.toString());
        root.put("sha256", facts.sha256());
        root.put("recordType", reader.recordType().label());
        root.put("globalResolutionPs", reader.timeBase().globalResolutionPs());
        root.put("resolutionPs", reader.timeBase().resolutionPs());
        root.put("durationPs", facts.statistics().durationPs());
        root.put("records", reader.records());
        ObjectNode counts = root.putObject("counts");
        facts.statistics().photonCounts().forEach((c, n) -> counts.put(Integer.toString(c), n));
        root.put("markers", facts.statistics().markers());
        return root;
    }

    private void summary(FileFacts facts, PrintWriter out) {
        PtuReader reader = facts.reader();
        TagStatistics stats = facts.statistics();
        double seconds = stats.durationPs() / 1e12;
        out.printf(Locale.ROOT, "file         %s%n", file);
        out.printf(Locale.ROOT, "sha256       %s%n", facts.sha256());
        out.printf(Locale.ROOT, "record type  %s (%s), global resolution %s ps, resolution %s ps%n",
                reader.recordType().label(), reader.recordType().mode(), number(reader.timeBase().globalResolutionPs()),
                number(reader.timeBase().resolutionPs()));
        out.printf(Locale.ROOT, "duration     %.6f s, %d records, %d markers%s%n", seconds, reader.records(),
                stats.markers(), stats.syncs() > 0 ? ", " + stats.syncs() + " syncs" : "");
        out.printf(Locale.ROOT, "counts       %s%n", stats.photonCounts().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "ch %d: %d (%s/s)", e.getKey(), e.getValue(),
                        seconds > 0 ? number(e.getValue() / seconds) : "n/a"))
                .collect(Collectors.joining(", ")));
    }

    // --- helpers for input and output ---

    private int[] parseChannels(String text, Mode what) {
        String[] parts = text.split(",", -1);
        int[] parsed = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                parsed[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageError("--channels must be channel numbers separated by a comma (e.g. 0,1), got '" + text + "'");
            }
            if (parsed[i] < 0 || parsed[i] > Short.MAX_VALUE) {
                throw new UsageError("--channels: channel numbers are 0.." + Short.MAX_VALUE + ", got " + parsed[i]);
            }
        }
        if (what == Mode.G2 && parsed.length != 2) {
            throw new UsageError("--channels for g2 must name two channels A,B, got '" + text + "'");
        }
        return parsed;
    }

    private void requirePhotons(TagStatistics statistics, int channel) {
        if (statistics.photons(channel) == 0) {
            throw new UsageError("channel " + channel + " has no photons in " + file + " (channels with photons: "
                    + (statistics.photonCounts().isEmpty() ? "none" : statistics.photonCounts().keySet().stream()
                    .map(String::valueOf).collect(Collectors.joining(", "))) + ")");
        }
    }

    private int[] busiestPair(TagStatistics statistics) {
        List<Map.Entry<Integer, Long>> byCount = statistics.photonCounts().entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (byCount.size() < 2) {
            throw new UsageError("g2 needs two channels with photons, but " + file + " has photons on "
                    + (byCount.isEmpty() ? "no channel" : "channel " + byCount.getFirst().getKey() + " only")
                    + " (--channels A,A gives an autocorrelation)");
        }
        int a = byCount.get(0).getKey();
        int b = byCount.get(1).getKey();
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    /**
     * Averages bins into at most {@value #SPARK_WIDTH} columns (averages, not sums, because columns hold one or
     * two bins when the bins do not divide evenly) and draws them with eight block heights from zero to the maximum.
     */
    static String sparkline(long[] counts) {
        if (counts.length == 0) {
            return "";
        }
        int columns = Math.min(SPARK_WIDTH, counts.length);
        double[] sums = new double[columns];
        int[] bins = new int[columns];
        for (int i = 0; i < counts.length; i++) {
            int column = (int) ((long) i * columns / counts.length);
            sums[column] += counts[i];
            bins[column]++;
        }
        double max = 0;
        for (int c = 0; c < columns; c++) {
            sums[c] /= bins[c];
            max = Math.max(max, sums[c]);
        }
        StringBuilder line = new StringBuilder(columns);
        for (double mean : sums) {
            int level = max == 0 ? 0 : (int) Math.min(SPARKS.length() - 1, mean / max * SPARKS.length());
            line.append(SPARKS.charAt(level));
        }
        return line.toString();
    }

    private static String ps(long ps) {
        if (Math.abs(ps) >= 1_000_000) {
            return number(ps / 1e6) + " µs";
        }
        if (Math.abs(ps) >= 1000) {
            return number(ps / 1e3) + " ns";
        }
        return ps + " ps";
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String text = String.format(Locale.ROOT, "%.6g", v);
        return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private static String oneLine(String message) {
        return message == null ? "unexpected error" : message.replace('\n', ' ').replace('\r', ' ');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
