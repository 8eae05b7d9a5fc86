package org.photonledger.ui.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.cli.PhotonLedgerCli;
import org.photonledger.ui.demo.DemoLab;

/** reproduce, verify and export on the command line, reading the running test application's database. */
@QuarkusTest
class FigureCliTest {

    @Inject
    DemoLab demo;

    @Inject
    @LedgerDatabase
    DataSource db;

    private String url;

    @BeforeEach
    void theDemoLab() throws Exception {
        DemoFigures.ensure(demo);
        try (Connection c = db.getConnection()) {
            url = c.getMetaData().getURL();
        }
    }

    private String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = PhotonLedgerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        // the embedded test database through AUTO_SERVER, as a user would; PostgreSQL by its URL (as EventChainTest)
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        if (url.startsWith("jdbc:postgresql")) {
            all.addAll(java.util.List.of("--db-url", url));
        }
        all.addAll(java.util.List.of("--data", "target/test-data"));
        return new String[] {String.valueOf(cli.execute(all.toArray(String[]::new))), out.toString(), err.toString()};
    }

    @Test
    void reproduce_and_verify_a_figure_by_name_exit_0_with_a_json_report() throws Exception {
        // when
        String[] reproduced = cli("reproduce", "Farrow 2024 Fig. 4", "--json");
        String[] verified = cli("verify", DemoFigures.FIG2);
        // then
        assertThat(reproduced[0]).as(reproduced[2]).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(reproduced[1]);
        assertThat(report.path("matches").asBoolean()).isTrue();
        assertThat(report.path("panels").size()).isEqualTo(5);
        assertThat(verified[0]).as(verified[1] + verified[2]).isEqualTo("0");
        assertThat(verified[1]).contains("every panel matches").contains("re-hashed");
    }

    @Test
    void usage_errors_exit_2_with_one_line() {
        // when
        String[] unknown = cli("reproduce", "no such figure");
        String[] both = cli("verify", "--events", DemoFigures.FIG4);
        // then
        assertThat(unknown[0]).isEqualTo("2");
        assertThat(unknown[2].strip()).isEqualTo("photonledger reproduce: no figure with id or name 'no such figure'");
        assertThat(both[0]).isEqualTo("2");
        assertThat(both[2].lines()).hasSize(1);
    }

    @Test
    void export_writes_a_crate_and_a_prov_document_and_never_overwrites() throws Exception {
        // given
        Path dir = Files.createTempDirectory("export");
        Path crate = dir.resolve("fig4.zip");
        Path prov = dir.resolve("purity.prov.json");
        // when
        String[] c = cli("export", DemoFigures.FIG4, "--format", "ro-crate", "--out", crate.toString());
        String[] p = cli("export", "result-g2-pulsed-demo-fig4e-2", "--format", "prov-json", "--out", prov.toString());
        String[] again = cli("export", DemoFigures.FIG4, "--format", "ro-crate", "--out", crate.toString());
        // then
        assertThat(c[0]).as(c[2]).isEqualTo("0");
        assertThat(Files.size(crate)).isPositive();
        assertThat(p[0]).as(p[2]).isEqualTo("0");
        assertThat(new ObjectMapper().readTree(prov.toFile()).path("entity").has("pl:lot-paper-edta")).isTrue();
        assertThat(again[0]).isEqualTo("2");
        assertThat(again[2]).contains("not overwriting");
    }
}
