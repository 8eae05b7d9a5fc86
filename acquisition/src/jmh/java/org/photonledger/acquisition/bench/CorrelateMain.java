package org.photonledger.acquisition.bench;

import org.photonledger.acquisition.cli.CorrelateCommand;
import picocli.CommandLine;

/** Runs the correlate command without the ui module, to time it on large files. */
public final class CorrelateMain {

    private CorrelateMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CorrelateCommand()).execute(args));
    }
}
