package org.photonledger.ui.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.result.ResultService;

/** The lab-history generator appends through the command path, and its runs are analysed like any other. */
@QuarkusTest
class LabHistoryGeneratorTest {

    @Inject
    LabHistoryGenerator generator;

    @Inject
    AxonRuntime axon;

    @Inject
    SampleQueries samples;

    @Inject
    ResultService results;

    @Test
    void a_small_history_is_generated_analysed_and_traceable_and_real_data_is_protected() throws Exception {
        // given: other tests' records are "real" data
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bar, true, StandardCharsets.UTF_8);
        if (generator.realObjects() > 0) {
            assertThatThrownBy(() -> generator.generate(100, 1, 1, false, out)).hasMessageContaining("--force");
        }
        assertThatThrownBy(() -> generator.generate(0, 1, 1, true, out)).hasMessageContaining("--events");
        long before = axon.headIndex();
        long resultsBefore = samples.search(SampleSearch.ofKind("Result"), java.util.List.of(), 0, 1).total();
        // when
        LabHistoryGenerator.Summary s = generator.generate(300, 2, 7, true, out);
        assertThat(axon.awaitAllCaughtUp(Duration.ofSeconds(60))).isTrue();
        // then
        assertThat(s.events()).isGreaterThanOrEqualTo(300);
        assertThat(axon.headIndex() - before).isGreaterThanOrEqualTo(s.events());
        assertThat(samples.search(SampleSearch.ofKind("Result"), java.util.List.of(), 0, 1).total() - resultsBefore)
                .isEqualTo(s.measurements());
        assertThat(s.measurements()).isEqualTo(s.units() * LabHistoryGenerator.RUNS_PER_CAVITY);
        assertThat(bar.toString(StandardCharsets.UTF_8)).contains("100.0 %");
        // every generated run was fitted: the lifetimes lie in the generated range (11.0–14.4 ns) within 4σ
        var newest = samples.search(SampleSearch.ofKind("Result"), java.util.List.of(), 0, (int) s.measurements());
        assertThat(newest.rows()).hasSize((int) s.measurements());
        for (SampleRow r : newest.rows()) {
            ResultValue tau = results.record(r.id()).orElseThrow().computed().headlineValue().orElseThrow();
            assertThat(tau.value()).isBetween(11.0 - 4 * tau.sigma(), 14.4 + 4 * tau.sigma());
        }
        Genealogy g = samples.genealogy(newest.rows().getFirst().id()).orElseThrow();
        assertThat(g.nodes()).extracting(Genealogy.Node::kind).contains("Measurement", "Cavity", "Film",
                "SynthesisBatch", "ReagentLot");
        assertThat(g.nodes()).filteredOn(n -> n.kind().equals("ReagentLot")).extracting(Genealogy.Node::label)
                .anyMatch(label -> label.contains("GEN-"));
    }
}
