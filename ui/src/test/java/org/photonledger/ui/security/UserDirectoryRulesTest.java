package org.photonledger.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * The account rules on a database of their own (an in-memory H2 with the real migrations): the last enabled admin
 * can be neither disabled nor demoted, only an admin manages accounts, the first accounts are all or none, and a
 * password bcrypt would cut is refused rather than silently shortened.
 */
class UserDirectoryRulesTest {

    private UserDirectory directory;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:users-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        directory = UserDirectory.over(h2);
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        directory.create("admin", "first password", List.of("admin"), Actor.SYSTEM);
        Actor admin = Actor.of("admin", Role.ADMIN);
        assertThatThrownBy(() -> directory.setEnabled("admin", false, admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled admin");
        assertThatThrownBy(() -> directory.setRoles("admin", List.of("chemist"), admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled admin");
        // with a second admin, the first may go
        directory.create("second", "second password", List.of("admin"), admin);
        directory.setEnabled("admin", false, admin);
        assertThat(directory.authenticate("admin", "first password")).isEmpty();
        assertThat(directory.authenticate("second", "second password")).isPresent();
    }

    @Test
    void only_an_admin_manages_accounts() {
        directory.create("admin", "first password", List.of("admin"), Actor.SYSTEM);
        assertThatThrownBy(() -> directory.create("eve", "eve's password", List.of("admin"), Actor.of("chem",
                Role.CHEMIST))).isInstanceOf(CommandNotAllowedException.class)
                .hasMessageContaining("needs the role 'admin'");
        assertThat(directory.find("eve")).isEmpty();
    }

    @Test
    void the_first_accounts_are_created_all_or_none() {
        assertThatThrownBy(() -> directory.createAll(List.of(
                new UserDirectory.NewAccount("admin", "first password", List.of("admin")),
                new UserDirectory.NewAccount("chemist", "short", List.of("chemist"))), Actor.SYSTEM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 10 characters");
        assertThat(directory.isEmpty()).isTrue();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_and_names_are_checked() {
        String tooLong = "x".repeat(UserDirectory.MAX_PASSWORD_BYTES + 1);
        assertThatThrownBy(() -> directory.create("admin", tooLong, List.of("admin"), Actor.SYSTEM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 72 bytes");
        assertThatThrownBy(() -> directory.create("Robert'); DROP TABLE", "long enough pw", List.of("admin"),
                Actor.SYSTEM)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> directory.create("ok-name", "long enough pw", List.of(), Actor.SYSTEM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one of");
        assertThat(directory.isEmpty()).isTrue();
    }
}
