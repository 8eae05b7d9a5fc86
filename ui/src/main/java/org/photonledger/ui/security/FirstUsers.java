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
        String admin = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        directory.create("admin", admin != null ? admin : remember(printed, "admin", UserDirectory.randomPassword()),
                List.of("admin", "chemist", "physicist", "reviewer"), Actor.SYSTEM);
        if (demoLab) {
            String demo = demoPassword.filter(p -> !p.isBlank()).orElse(null);
            for (Role role : List.of(Role.CHEMIST, Role.PHYSICIST, Role.REVIEWER)) {
                String name = role.id();
                directory.create(name, demo != null ? demo : remember(printed, name, UserDirectory.randomPassword()),
                        List.of(role.id()), Actor.SYSTEM);
            }
        }
        StringBuilder box = new StringBuilder("\n\n  ==== PhotonLedger: first start, accounts created ====\n");
        if (admin != null) {
            box.append("  admin        password from photonledger.admin.password\n");
        }
        printed.forEach(line -> box.append("  ").append(line).append('\n'));
        if (demoLab && demoPassword.filter(p -> !p.isBlank()).isPresent()) {
            box.append("  chemist, physicist, reviewer: password from photonledger.demo.password\n");
        }
        box.append("  These passwords are shown only now; note them. Sign in at /login; REST takes the same\n")
                .append("  users by HTTP basic auth. Change or reset passwords under Users (/admin/users).\n")
                .append("  =====================================================\n");
        LOG.warn(box);
    }

    private static String remember(List<String> printed, String user, String password) {
        printed.add(String.format("%-12s password %s", user, password));
        return password;
    }
}
