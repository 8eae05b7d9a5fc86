package org.photonledger.ui.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.photonledger.processing.audit.ChainVerification;
import org.photonledger.processing.audit.EventChainVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify --events}: recomputes the tamper-evident hash chain over every stored event, on the embedded database
 * (also while the app runs) or on PostgreSQL, and names the first broken link. {@code verify FIGURE}: reproduces a
 * figure from the raw data, re-hashes every raw-data file it depends on against its RawDataRecorded event and checks
 * the event chain that holds its lineage.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "verify --events: recompute the event hash chain and report the first broken link; verify FIGURE: "
                + "reproduce the figure, re-hash its raw data and check the event chain (exit 0 intact / every panel "
                + "matches, 1 broken / mismatches listed, 2 usage or connection errors).")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", description = "Verify the event store's hash chain.")
    boolean events;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "FIGURE",
            description = "A figure's id or exact name: verify that figure instead.")
    String figure;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (events == (figure != null)) {
            err.println("photonledger verify: give either --events or a FIGURE (id or name)");
            return PhotonLedgerCli.USAGE;
        }
        if (figure != null) {
            return verifyFigure(out, err);
        }
        ChainVerification result;
        try {
            result = new EventChainVerifier(ledger.dataSource()).verify();
        } catch (LedgerOptions.Unusable e) {
            err.println("photonledger verify: " + e.getMessage());
            return PhotonLedgerCli.USAGE;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
            err.println("photonledger verify: cannot read the event store: " + cause.getMessage());
            return PhotonLedgerCli.USAGE;
        }
        if (json) {
            out.printf("{\"intact\":%s,\"eventsChecked\":%d,\"chainedEventsRecorded\":%d,\"firstBreak\":%s}%n",
                    result.intact(), result.eventsChecked(), result.chainedEventsRecorded(), result.firstBreak() == null
                            ? "null" : String.format("{\"globalIndex\":%d,\"eventIdentifier\":\"%s\",\"problem\":\"%s\"}",
                            result.firstBreak().globalIndex(), result.firstBreak().eventIdentifier(),
                            result.firstBreak().problem().replace("\\", "\\\\").replace("\"", "\\\"")));
        } else {
            out.println("event chain " + result.describe());
        }
        out.flush();
        return result.intact() ? 0 : 1;
    }

    private int verifyFigure(PrintWriter out, PrintWriter err) {
        try {
            javax.sql.DataSource db = ledger.dataSource();
            org.photonledger.ui.figure.FigureLab lab = ledger.lab(db);
            var spec = FigureCommands.figure(lab, db, figure);
            return FigureCommands.print(lab.verify(spec, () -> new EventChainVerifier(db).verify()), json, out);
        } catch (RuntimeException e) {
            return FigureCommands.error(err, "verify", e);
        }
    }
}
