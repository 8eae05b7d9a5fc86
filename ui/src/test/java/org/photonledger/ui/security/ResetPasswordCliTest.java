package org.photonledger.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.cli.PhotonLedgerCli;

/**
 * A lost password (the first admin's is printed only once) is reset on the command line, against the running
 * app's database: a new random password printed once, the account enabled again, the old password refused, the
 * change in the account history; an unknown user is a one-line usage error.
 */
@QuarkusTest
class ResetPasswordCliTest {

    @Inject
    UserDirectory directory;

    @Inject
    @LedgerDatabase
    DataSource db;

    @Test
    void a_lost_password_is_reset_offline_and_the_account_enabled_again() throws Exception {
        String name = "lost-" + UUID.randomUUID().toString().substring(0, 6);
        directory.create(name, "forgotten password", List.of("admin"), TestUsers.ADMIN_ACTOR);
        directory.setEnabled(name, false, TestUsers.ADMIN_ACTOR);

        String[] run = cli("reset-password", name);
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        Matcher m = Pattern.compile("new password (\\S+)").matcher(run[1]);
        assertThat(m.find()).as(run[1]).isTrue();
        String fresh = m.group(1);
        assertThat(fresh).hasSize(16);
        assertThat(directory.authenticate(name, fresh)).isPresent();
        assertThat(directory.authenticate(name, "forgotten password")).isEmpty();
        assertThat(directory.find(name).orElseThrow().enabled()).isTrue();
        assertThat(directory.changes(10)).anySatisfy(c -> {
            assertThat(c.username()).isEqualTo(name);
            assertThat(c.change()).isEqualTo("password reset");
            assertThat(c.by()).startsWith("cli:");
        });

        String[] unknown = cli("reset-password", "nobody-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(unknown[0]).isEqualTo("2");
        assertThat(unknown[2]).startsWith("photonledger reset-password: no user 'nobody-").doesNotContain("Exception");
    }

    private String[] cli(String... args) throws Exception {
        String url;
        try (Connection c = db.getConnection()) {
            url = c.getMetaData().getURL();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = PhotonLedgerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        if (url.startsWith("jdbc:postgresql")) {
            all.addAll(List.of("--db-url", url));
        }
        all.addAll(List.of("--data", "target/test-data"));
        return new String[] {String.valueOf(cli.execute(all.toArray(String[]::new))), out.toString(), err.toString()};
    }
}
