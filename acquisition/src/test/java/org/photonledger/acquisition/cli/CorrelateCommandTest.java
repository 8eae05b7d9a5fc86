package org.photonledger.acquisition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.CorrelationSpec;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuWriter;
import org.photonledger.acquisition.ptu.ReferenceData;
import org.photonledger.acquisition.timetag.SyntheticStreams;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TimeBase;
import picocli.CommandLine;

class CorrelateCommandTest {

    @TempDir
    Path dir;

    Path t2File;
    Path t3File;
    TagList t2Tags;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CorrelateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void files() {
        // channel 2 is busiest, then channel 0, then channel 1; plus syncs and a marker
        t2Tags = SyntheticStreams.poisson(5, 2e11, 40_000, 10_000, 90_000);
        TagList withSyncs = new TagList(t2Tags.timeBase());
        for (int i = 0; i < t2Tags.size(); i++) {
            if (i % 1000 == 0) {
                withSyncs.add(t2Tags.time(i), TagBlock.SYNC);
            }
            withSyncs.add(t2Tags.time(i), t2Tags.channel(i));
        }
        withSyncs.add(t2Tags.time(t2Tags.size() - 1), TagBlock.marker(1));
        t2File = dir.resolve("t2.ptu");
        PtuWriter.write(t2File, PtuRecordType.HYDRAHARP_V2_T2, withSyncs.source(), List.of());
        TagList t3 = new TagList(TimeBase.t3(12_500, 16));
        for (int i = 0; i < 5000; i++) {
            t3.addT3((short) (i % 3 == 0 ? 1 : 0), i * 7L, (i * 31) % 700);
        }
        t3File = dir.resolve("t3.ptu");
        PtuWriter.write(t3File, PtuRecordType.HYDRAHARP_V2_T3, t3.source(), List.of());
    }

    @Test
    void g2_json_has_exactly_the_documented_shape_and_the_library_histogram() throws Exception {
        // when
        Run run = run(t2File.toString(), "--json", "--bin-ps", "1000", "--range-ns", "50");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(fieldNames(json)).containsExactly("file", "sha256", "recordType", "globalResolutionPs",
                "resolutionPs", "durationPs", "records", "counts", "markers", "g2");
        assertThat(fieldNames(json.get("g2"))).containsExactly("channelA", "channelB", "binPs", "rangePs",
                "delaysPs", "counts", "normalised");
        assertThat(json.get("sha256").asText()).isEqualTo(sha256(t2File));
        assertThat(json.get("recordType").asText()).isEqualTo("HydraHarp2T2");
        assertThat(json.get("globalResolutionPs").asDouble()).isEqualTo(1.0);
        assertThat(json.get("markers").asLong()).isEqualTo(1);
        try (PtuReader reader = PtuReader.open(t2File)) {
            assertThat(json.get("records").asLong()).isEqualTo(reader.records());
        }
        // the two busiest channels, lower number first
        assertThat(json.get("g2").get("channelA").asInt()).isZero();
        assertThat(json.get("g2").get("channelB").asInt()).isEqualTo(2);
        CorrelationHistogram expected = CrossCorrelator.correlate(t2Tags.source(), new CorrelationSpec(0, 2, 1000, 50_000, 0));
        assertThat(longs(json.get("g2").get("counts"))).containsExactly(expected.counts());
        assertThat(longs(json.get("g2").get("delaysPs"))).containsExactly(expected.delaysPs());
        assertThat(json.get("g2").get("delaysPs").get(50).asLong()).isZero();
        assertThat(json.get("g2").get("normalised").get(50).asDouble())
                .isCloseTo(expected.counts()[50] * (double) json.get("durationPs").asLong()
                        / (json.get("counts").get("0").asDouble() * json.get("counts").get("2").asDouble() * 1000), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("counts").get("1").asLong()).isPositive();
    }

    @Test
    void g2_with_given_channels_and_offset() throws Exception {
        Run run = run(t2File.toString(), "--json", "--channels", "2,1", "--bin-ps", "500", "--range-ns", "5",
                "--offset-ps", "250");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode g2 = run.json().get("g2");
        assertThat(g2.get("channelA").asInt()).isEqualTo(2);
        assertThat(g2.get("channelB").asInt()).isEqualTo(1);
        CorrelationHistogram expected = CrossCorrelator.correlate(t2Tags.source(), new CorrelationSpec(2, 1, 500, 5000, 250));
        assertThat(longs(g2.get("counts"))).containsExactly(expected.counts());
    }

    @Test
    void lifetime_json_of_a_t3_file_has_one_bin_per_dtime_unit() throws Exception {
        Run run = run(t3File.toString(), "--mode", "lifetime", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode lifetime = run.json().get("lifetime");
        assertThat(fieldNames(lifetime)).containsExactly("0", "1");
        assertThat(fieldNames(lifetime.get("0"))).containsExactly("binPs", "counts");
        assertThat(lifetime.get("0").get("binPs").asDouble()).isEqualTo(16.0);
        assertThat(lifetime.get("0").get("counts")).hasSize(782);
        long total = 0;
        for (JsonNode n : lifetime.get("1").get("counts")) {
            total += n.asLong();
        }
        assertThat(total).isEqualTo(1667);
        assertThat(run.json().has("g2")).isFalse();
    }

    @Test
    void lifetime_of_a_t2_file_is_timed_from_the_sync_records() throws Exception {
        Run run = run(t2File.toString(), "--mode", "lifetime", "--json", "--bin-ps", "1000", "--range-ns", "1000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode channel = run.json().get("lifetime").get("2");
        assertThat(channel.get("binPs").asDouble()).isEqualTo(1000.0);
        assertThat(channel.get("counts")).hasSize(1000);
        // every 1000th photon shares its time with a sync, so bin 0 holds at least those on channel 2
        assertThat(channel.get("counts").get(0).asLong()).isPositive();
    }

    @Test
    void rate_json_has_a_trace_per_channel() throws Exception {
        Run run = run(t2File.toString(), "--mode", "rate", "--rate-bin-ms", "10", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rate = run.json().get("rate");
        assertThat(fieldNames(rate)).containsExactly("0", "1", "2");
        assertThat(rate.get("2").get("binMs").asDouble()).isEqualTo(10.0);
        assertThat(rate.get("2").get("counts")).hasSize(20);
        long total = 0;
        for (JsonNode n : rate.get("2").get("counts")) {
            total += n.asLong();
        }
        assertThat(total).isEqualTo(run.json().get("counts").get("2").asLong());
    }

    @Test
    void text_mode_prints_a_summary_and_a_sparkline() {
        Run run = run(t2File.toString(), "--bin-ps", "1000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("record type  HydraHarp2T2").contains("channels 0 → 2").contains("g²(0) = ")
                .containsPattern("[▁▂▃▄▅▆▇█]{60,}");
        assertThat(run(t3File.toString(), "--mode", "lifetime").out()).contains("lifetime ch 0").contains("█");
        assertThat(run(t2File.toString(), "--mode", "rate").out()).contains("rate ch 2");
    }

    @Test
    void errors_are_one_line_on_stderr_with_exit_code_2() throws IOException {
        Path corrupt = dir.resolve("corrupt.ptu");
        Files.write(corrupt, Files.readAllBytes(t2File), java.nio.file.StandardOpenOption.CREATE);
        Files.write(corrupt, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        List<Run> runs = new ArrayList<>();
        runs.add(run(dir.resolve("missing.ptu").toString()));
        runs.add(run(t2File.toString(), "--mode", "spectrum"));
        runs.add(run(t2File.toString(), "--channels", "0,7"));
        runs.add(run(t2File.toString(), "--channels", "zero,one"));
        runs.add(run(t2File.toString(), "--channels", "0,1,2"));
        runs.add(run(t2File.toString(), "--bin-ps", "0"));
        runs.add(run(t2File.toString(), "--range-ns", "-1"));
        runs.add(run(t2File.toString(), "--rate-bin-ms", "0", "--mode", "rate"));
        runs.add(run(corrupt.toString()));
        runs.add(run(dir.toString()));
        List<String> expected = List.of("no such file", "--mode must be g2, lifetime or rate, got 'spectrum'",
                "channel 7 has no photons", "--channels must be channel numbers", "must name two channels",
                "--bin-ps must be", "--range-ns must be", "--rate-bin-ms must be", "3 bytes after the last",
                "is not a regular file");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            assertThat(r.exitCode()).as("case %d: %s", i, r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as("case %d", i).doesNotContain("\n").startsWith("photonledger correlate: ")
                    .contains(expected.get(i));
            assertThat(r.out()).as("case %d", i).isEmpty();
        }
    }

    @Test
    void a_file_with_one_channel_cannot_give_a_default_g2() throws IOException {
        TagList one = new TagList(TimeBase.t2(1));
        one.add(1, (short) 3);
        Path file = dir.resolve("one.ptu");
        PtuWriter.write(file, PtuRecordType.HYDRAHARP_V2_T2, one.source(), List.of());
        Run run = run(file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("photons on channel 3 only");
        assertThat(run(file.toString(), "--channels", "3,3", "--json").exitCode()).isZero();
    }

    @Test
    void the_real_t3_file_gives_the_library_histogram() throws Exception {
        Path file = ReferenceData.file("200213_HH400_T3_80MHz_HBT.ptu");
        Run run = run(file.toString(), "--json", "--bin-ps", "16", "--range-ns", "160");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("records").asLong()).isEqualTo(561_879);
        assertThat(json.get("counts").get("0").asLong()).isEqualTo(160_953);
        assertThat(json.get("counts").get("1").asLong()).isEqualTo(235_373);
        assertThat(json.get("sha256").asText()).isEqualTo("022cd8a3fa0946e654658006120d4f40533adb92e74f5dbe30e286ea297a673d");
        CorrelationHistogram expected;
        try (PtuReader reader = PtuReader.open(file)) {
            expected = CrossCorrelator.correlate(reader, new CorrelationSpec(0, 1, 16, 160_000, 0));
        }
        assertThat(longs(json.get("g2").get("counts"))).containsExactly(expected.counts());
    }

    @Test
    void the_sparkline_scales_from_zero_to_the_maximum_and_averages_uneven_columns() {
        assertThat(CorrelateCommand.sparkline(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8})).isEqualTo("▁▂▃▄▅▆▇██");
        assertThat(CorrelateCommand.sparkline(new long[0])).isEmpty();
        // 100 equal bins in 72 columns: some columns hold two bins, and must not look twice as high
        long[] flat = new long[100];
        java.util.Arrays.fill(flat, 10);
        assertThat(CorrelateCommand.sparkline(flat)).isEqualTo("█".repeat(72));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
