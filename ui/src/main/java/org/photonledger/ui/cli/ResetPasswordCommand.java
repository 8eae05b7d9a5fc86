package org.photonledger.ui.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.ui.security.Actor;
import org.photonledger.ui.security.Role;
import org.photonledger.ui.security.UserDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reset-password USER}: for whoever runs the installation and lost the admin password (it is printed only at
 * the first start). Needs access to the database itself, as backup does; sets a new random password, enables the
 * account, prints the password once, and logs the change in the account history as {@code cli:<os user>}.
 */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = {"Give an account a new random password (printed once) and enable it; for a lost admin "
                + "password. Works on the database directly (embedded, also while the app runs, or --db-url).",
                "Exit 0 done, 2 usage (no such user, no database)."})
public final class ResetPasswordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "USER", description = "The account, e.g. admin.")
    String user;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Actor operator = new Actor("cli:" + System.getProperty("user.name", "operator"), EnumSet.of(Role.ADMIN));
        try {
            UserDirectory directory = UserDirectory.over(ledger.dataSource());
            String password = UserDirectory.randomPassword();
            directory.resetPassword(user, password, operator);
            UserDirectory.Account account = directory.setEnabled(user, true, operator);
            out.printf("%s: new password %s (shown only now; roles %s; change it under Users)%n", account.username(),
                    password, String.join(", ", account.roles()));
            out.flush();
            return 0;
        } catch (LedgerOptions.Unusable e) {
            err.println("photonledger reset-password: " + e.getMessage());
        } catch (InvalidInputException e) {
            err.println("photonledger reset-password: " + e.errors().getFirst().message());
        } catch (RuntimeException e) {
            err.println("photonledger reset-password: failed, nothing changed: " + e.getMessage());
        }
        err.flush();
        return PhotonLedgerCli.USAGE;
    }
}
