package org.photonledger.ui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The offline command line ({@code ./photonledger correlate|analyse|verify|reproduce|export|backup|restore|reset-password}): plain Java without the
 * server, so it starts in well under a second. {@code serve} is handled by the launcher script, which starts Quarkus.
 */
@Command(name = "photonledger", mixinStandardHelpOptions = true, version = "PhotonLedger 0.1.0",
        description = "Offline tools of PhotonLedger; './photonledger serve' starts the app.")
public final class PhotonLedgerCli implements Callable<Integer> {

    /** Exit code for bad usage, bad input files and other errors the user can fix. */
    public static final int USAGE = 2;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return USAGE;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PhotonLedgerCli());
        cli.addSubcommand("correlate", new org.photonledger.acquisition.cli.CorrelateCommand());
        cli.addSubcommand("analyse", new org.photonledger.processing.cli.AnalyseCommand());
        cli.addSubcommand("verify", new VerifyCommand());
        cli.addSubcommand("reproduce", new ReproduceCommand());
        cli.addSubcommand("export", new ExportCommand());
        cli.addSubcommand("backup", new BackupCommand());
        cli.addSubcommand("restore", new RestoreCommand());
        cli.addSubcommand("loadtest", new LoadTestCommand());
        cli.addSubcommand("reset-password", new ResetPasswordCommand());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("photonledger: " + ex.getMessage());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("photonledger: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return USAGE;
        });
        return cli;
    }

    public static void main(String[] args) {
        // Axon logs through SLF4J; offline, without the app's log manager, its provider search would only print noise
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        System.exit(commandLine().execute(args));
    }
}
