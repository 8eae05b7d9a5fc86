package org.photonledger.ui.cli;

import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.photonledger.ui.figure.FigureLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reproduce FIGURE}: recomputes every number each panel of a figure shows from the stored raw data with the
 * recorded analysis method and parameters, and compares with the recorded results and each panel's recorded data
 * table — without the app server (the embedded database is read through AUTO_SERVER, also while the app runs).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Recompute a figure from the stored raw data and compare with what was recorded (exit 0 every "
                + "panel matches, 1 mismatches listed, 2 usage or errors).")
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIGURE", description = "The figure's id or exact name "
            + "(\"Farrow 2024 Fig. 4\").")
    String figure;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try {
            DataSource db = ledger.dataSource();
            FigureLab lab = ledger.lab(db);
            return FigureCommands.print(lab.reproduce(FigureCommands.figure(lab, db, figure)), json,
                    spec.commandLine().getOut());
        } catch (RuntimeException e) {
            return FigureCommands.error(spec.commandLine().getErr(), "reproduce", e);
        }
    }
}
