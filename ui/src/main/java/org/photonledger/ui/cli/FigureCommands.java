package org.photonledger.ui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.photonledger.processing.figure.FigureQueries;
import org.photonledger.ui.figure.FigureLab;
import org.photonledger.ui.figure.FigureReport;
import org.photonledger.ui.figure.FigureSpec;

/** What {@code reproduce} and {@code verify FIGURE} share: finding the figure, printing the report, exit codes. */
final class FigureCommands {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private FigureCommands() {
    }

    /** A figure by id or, failing that, by its exact name (through the figure read model). */
    static FigureSpec figure(FigureLab lab, DataSource db, String idOrName) {
        Optional<FigureSpec> direct = lab.figure(idOrName);
        if (direct.isPresent()) {
            return direct.get();
        }
        return new FigureQueries(db).byIdOrName(idOrName).flatMap(row -> lab.figure(row.id()))
                .orElseThrow(() -> new LedgerOptions.Unusable("no figure with id or name '" + idOrName + "'"));
    }

    static int print(FigureReport report, boolean json, PrintWriter out) {
        if (json) {
            try {
                var node = JSON.valueToTree(report);
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("matches", report.matches());
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("mismatches",
                        JSON.valueToTree(report.mismatches()));
                out.println(JSON.writeValueAsString(node));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.printf("%s %s (%s, version %d): %s in %d ms%n", report.check(), report.name(), report.figureId(),
                    report.version(), report.matches() ? "every panel matches" : report.mismatches().size()
                            + " mismatches", report.millis());
            for (String p : report.problems()) {
                out.println("  ✘ " + p);
            }
            for (FigureReport.PanelReport p : report.panels()) {
                out.printf("  %s %s  %s%n", p.matches() ? "✔" : "✘", p.label(), p.title());
                p.differences().forEach(d -> out.println("      ✘ " + d));
                p.agreed().forEach(a -> out.println("      · " + a));
            }
        }
        out.flush();
        return report.matches() ? 0 : 1;
    }

    /** One clear line for an error the user can act on; exit 2. */
    static int error(PrintWriter err, String command, RuntimeException e) {
        Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
        err.println("photonledger " + command + ": " + (cause.getMessage() == null ? cause.toString()
                : cause.getMessage().lines().findFirst().orElse("")));
        err.flush();
        return PhotonLedgerCli.USAGE;
    }
}
