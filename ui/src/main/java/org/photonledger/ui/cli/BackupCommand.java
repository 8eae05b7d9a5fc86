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
 * {@code backup --out FILE}: one zip with a consistent snapshot of the embedded database and the raw data, taken
 * while the application runs or not. PostgreSQL installations use pg_dump instead (README, "Backups").
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up an embedded installation (event store, read models and raw data) into one zip with a "
                + "manifest of SHA-256 sums; also while the app runs.",
                "Exit 0 done, 1 written but the snapshot's event chain is broken, 2 usage or I/O errors.",
                "PostgreSQL: pg_dump -Fc, then copy the raw directory (see README, Backups)."})
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $PHOTONLEDGER_DATA or ./data).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String pg = System.getenv("PHOTONLEDGER_DB_URL");
        if (pg != null && !pg.isBlank()) {
            err.println("photonledger backup: PHOTONLEDGER_DB_URL is set (PostgreSQL at " + pg + "); this command backs "
                    + "up the embedded database only. Back up PostgreSQL with 'pg_dump -Fc' and then copy the raw "
                    + "directory (README, Backups), or unset PHOTONLEDGER_DB_URL to back up an embedded data directory");
            return PhotonLedgerCli.USAGE;
        }
        Path dir = data != null ? data : Path.of(System.getenv().getOrDefault("PHOTONLEDGER_DATA", "./data"));
        LedgerBackup.Created created;
        try {
            created = LedgerBackup.create(dir, this.out);
        } catch (IllegalArgumentException e) {
            err.println("photonledger backup: " + e.getMessage());
            return PhotonLedgerCli.USAGE;
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            err.println("photonledger backup: failed, no backup written: " + e.getMessage());
            return PhotonLedgerCli.USAGE;
        }
        var m = created.manifest();
        out.printf("backup %s: %d events (head global index %d, chain head %s), %d raw files (%d bytes); "
                        + "%d bytes written in %d ms%n", created.file(), m.events(), m.headGlobalIndex(),
                m.chainHeadHash().substring(0, 12), m.rawFiles(), m.rawBytes(), created.zipBytes(), created.millis());
        out.println("event chain of the snapshot " + created.chain().describe());
        out.flush();
        return created.chain().intact() ? 0 : 1;
    }
}
