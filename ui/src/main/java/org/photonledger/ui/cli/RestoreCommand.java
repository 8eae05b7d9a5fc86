package org.photonledger.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.photonledger.ui.backup.LedgerBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restore --from FILE --data DIR}: puts a backup into an empty data directory after proving every file
 * against the manifest and the event hash chain against the chain head.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into an empty (or new) data directory: every file is checked against the "
                + "manifest's SHA-256 and the event hash chain is recomputed before anything is put in place.",
                "Exit 0 restored, 1 the backup does not verify (nothing restored), 2 usage or I/O errors."})
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    Path from;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data directory to restore into; "
            + "must be empty or not exist.")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LedgerBackup.Restored restored;
        try {
            restored = LedgerBackup.restore(from, data);
        } catch (LedgerBackup.VerificationFailed e) {
            err.println("photonledger restore: the backup does not verify, nothing restored: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("photonledger restore: " + e.getMessage());
            return PhotonLedgerCli.USAGE;
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            err.println("photonledger restore: failed, nothing restored: " + e.getMessage());
            return PhotonLedgerCli.USAGE;
        }
        var m = restored.manifest();
        out.printf("restored %s (taken %s) into %s: %d events (head global index %d), %d raw files (%d bytes), "
                        + "%d of them referenced by events and present; %d ms%n", from, m.createdAt(),
                restored.dataDir(), m.events(), m.headGlobalIndex(), m.rawFiles(), m.rawBytes(),
                restored.rawReferenced(), restored.millis());
        out.println("event chain " + restored.chain().describe());
        out.println("start it with: ./photonledger serve --data " + restored.dataDir());
        out.flush();
        return 0;
    }
}
