package org.photonledger.ui.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the first start (no account yet) creates {@code admin} and, when the demo lab is on, one demo user per lab
 * role: {@code chemist}, {@code physicist}, {@code reviewer}. Their passwords are random and printed once, here;
 * only bcrypt hashes are stored. {@code photonledger.admin.password} (env {@code PHOTONLEDGER_ADMIN_PASSWORD})
 * and {@code photonledger.demo.password} ({@code PHOTONLEDGER_DEMO_PASSWORD}) set them instead, for scripted
 * installs and tests; a password so given is not printed.
 *
 * <p>The first admin holds every role, so a new lab can log, measure and sign at once; the admin page can take
 * the lab roles away once people have their own accounts.
 */
@ApplicationScoped
public class FirstUsers {

    private static final Logger LOG = Logger.getLogger(FirstUsers.class);

    @Inject
    UserDirectory directory;

    @ConfigProperty(name = "photonledger.admin.password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "photonledger.demo.password")
    Optional<String> demoPassword;

    @ConfigProperty(name = "photonledger.demo-lab", defaultValue = "true")
    boolean demoLab;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!directory.isEmpty()) {
            return;
        }
        try {
            createFirst();
        } catch (RuntimeException e) {
            if (directory.isEmpty()) {
                throw e;
            }
            // another instance on the same database created them at the same moment; its log shows the passwords
            LOG.infof("first accounts were created by another instance (%s)", e.getMessage());
        }
    }

    private void createFirst() {
        List<String> printed = new ArrayList<>();
        List<UserDirectory.NewAccount> accounts = new ArrayList<>();
        String admin = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        accounts.add(new UserDirectory.NewAccount("admin", admin != null ? admin
                : remember(printed, "admin", UserDirectory.randomPassword()),
                List.of("admin", "chemist", "physicist", "reviewer")));
        String demo = demoPassword.filter(p -> !p.isBlank()).orElse(null);
        if (demoLab) {
            for (Role role : List.of(Role.CHEMIST, Role.PHYSICIST, Role.REVIEWER)) {
                accounts.add(new UserDirectory.NewAccount(role.id(), demo != null ? demo
                        : remember(printed, role.id(), UserDirectory.randomPassword()), List.of(role.id())));
            }
        }
        StringBuilder box = new StringBuilder("\n\n  ==== PhotonLedger: first start, accounts created ====\n");
        if (admin != null) {
            box.append("  admin        password from photonledger.admin.password\n");
        }
        printed.forEach(line -> box.append("  ").append(line).append('\n'));
        if (demoLab && demo != null) {
            box.append("  chemist, physicist, reviewer: password from photonledger.demo.password\n");
        }
        box.append("  These passwords are shown only now; note them. Sign in at /login; REST takes the same\n")
                .append("  users by HTTP basic auth. Change or reset passwords under Users (/admin/users).\n")
                .append("  =====================================================\n");
        // printed first, then stored in one transaction: a start killed in between prints a new box next time
        // (nothing was stored); one killed after the commit has already shown the passwords
        LOG.warn(box);
        directory.createAll(accounts, Actor.SYSTEM);
    }

    private static String remember(List<String> printed, String user, String password) {
        printed.add(String.format("%-12s password %s", user, password));
        return password;
    }
}
