package org.photonledger.ui.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.ui.export.Exports;
import org.photonledger.ui.figure.FigureLab;
import org.photonledger.ui.figure.FigureSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FIGURE|RESULT --format prov-json|ro-crate --out PATH}: the lineage as W3C PROV-JSON, or an RO-Crate
 * 1.1 zip with the drawn panels, raw data, analysis parameters and metadata with every file's SHA-256.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a figure or result as W3C PROV-JSON or an RO-Crate zip (exit 0 written, 2 usage or "
                + "errors; an existing --out file is never overwritten).")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIGURE|RESULT", description = "A figure's id or exact name, or a result id.")
    String target;

    @Option(names = "--format", required = true, paramLabel = "prov-json|ro-crate")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    Path out;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!format.equals("prov-json") && !format.equals("ro-crate")) {
            err.println("photonledger export: --format must be prov-json or ro-crate, got '" + format + "'");
            return PhotonLedgerCli.USAGE;
        }
        if (Files.exists(out)) {
            err.println("photonledger export: " + out + " exists; not overwriting it");
            return PhotonLedgerCli.USAGE;
        }
        try {
            DataSource db = ledger.dataSource();
            FigureLab lab = ledger.lab(db);
            Exports exports = new Exports(lab, new SampleQueries(db), ledger.rawStore());
            FigureSpec figure = null;
            boolean result = lab.result(target).isPresent();
            if (!result) {
                figure = FigureCommands.figure(lab, db, target);
            }
            String root = result ? target : figure.id();
            byte[] content = format.equals("prov-json") ? exports.prov(root).getBytes(StandardCharsets.UTF_8)
                    : result ? exports.crate(target) : exports.crate(figure);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, content, StandardOpenOption.CREATE_NEW);
            spec.commandLine().getOut().printf("%s of %s written to %s (%,d bytes)%n", format, root, out,
                    content.length);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            err.println("photonledger export: cannot write " + out + ": " + e.getMessage());
            return PhotonLedgerCli.USAGE;
        } catch (RuntimeException e) {
            return FigureCommands.error(err, "export", e);
        }
    }
}
