package org.photonledger.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.reagent.RegisterReagentLot;

class CommandRolesTest {

    /** Every type some {@code @CommandHandler} in the domain accepts: the commands anyone could send. */
    private static Set<Class<?>> domainCommands() {
        return new ClassFileImporter().importPackages("org.photonledger.domain").stream()
                .flatMap(c -> c.getCodeUnits().stream())
                .filter(u -> u.isAnnotatedWith(CommandHandler.class))
                .map(JavaCodeUnit::getRawParameterTypes)
                .filter(p -> !p.isEmpty())
                .map(p -> p.get(0))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
    }

    @Test
    void every_command_the_domain_handles_has_a_role() {
        // given every command class a domain handler accepts
        Set<Class<?>> commands = domainCommands();

        // when we look each one up
        Set<String> unmapped = commands.stream().filter(c -> CommandRoles.required(c).isEmpty())
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));

        // then none is missing (a new command must be added to CommandRoles), and the scan really found them
        assertThat(commands).hasSizeGreaterThanOrEqualTo(40).contains(StartMeasurement.class);
        assertThat(unmapped).as("commands without a role in CommandRoles").isEmpty();
    }

    @Test
    void a_command_without_a_mapping_is_refused_to_everyone_but_system() {
        // given a command class nobody mapped
        record Unmapped() {
        }

        // when / then even a person holding every role is refused, naming the reason
        assertThatThrownBy(() -> CommandRoles.check(Unmapped.class, "ada", EnumSet.allOf(Role.class)))
                .isInstanceOf(CommandNotAllowedException.class)
                .hasMessageContaining("Unmapped").hasMessageContaining("fail-closed");
        assertThatCode(() -> CommandRoles.check(Unmapped.class, "system", Set.of())).doesNotThrowAnyException();
    }

    @Test
    void a_chemist_may_register_a_lot_but_not_start_a_measurement() {
        // given a chemist
        Set<Role> chemist = Set.of(Role.CHEMIST);

        // when / then
        assertThatCode(() -> CommandRoles.check(RegisterReagentLot.class, "carla", chemist))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CommandRoles.check(StartMeasurement.class, "carla", chemist))
                .isInstanceOfSatisfying(CommandNotAllowedException.class, e -> {
                    assertThat(e.required()).contains(Role.PHYSICIST);
                    assertThat(e.actor()).isEqualTo("carla");
                })
                .hasMessageContaining("needs the role 'physicist'");
    }

    @Test
    void admin_does_not_imply_a_lab_role() {
        // given an administrator with no lab role
        Set<Role> admin = Set.of(Role.ADMIN);

        // when / then
        assertThatThrownBy(() -> CommandRoles.check(RegisterReagentLot.class, "root", admin))
                .isInstanceOf(CommandNotAllowedException.class).hasMessageContaining("'chemist'");
    }

    @Test
    void role_ids_are_lower_case_and_unknown_ones_are_named() {
        assertThat(Role.of("reviewer")).isEqualTo(Role.REVIEWER);
        assertThatThrownBy(() -> Role.of("boss")).hasMessageContaining("'boss'").hasMessageContaining("chemist");
    }
}
