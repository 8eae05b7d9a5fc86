package org.photonledger.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module arrows of DESIGN.md (ui → processing → acquisition → domain) and a pure domain, as executable rules. */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.photonledger");
    }

    @Test
    void domain_is_pure_no_frameworks_no_io() {
        ArchRule rule = noClasses().that().resideInAPackage("org.photonledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.persistence..", "jakarta.enterprise..", "jakarta.inject..",
                        "com.vaadin..", "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "java.net..",
                        "org.hibernate..");
        rule.check(classes);
    }

    @Test
    void domain_depends_on_no_other_module() {
        noClasses().that().resideInAPackage("org.photonledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.photonledger.acquisition..", "org.photonledger.processing..", "org.photonledger.ui..")
                .check(classes);
    }

    @Test
    void acquisition_depends_only_on_domain() {
        noClasses().that().resideInAPackage("org.photonledger.acquisition..")
                .should().dependOnClassesThat().resideInAnyPackage("org.photonledger.processing..", "org.photonledger.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void processing_does_not_reach_into_the_ui() {
        noClasses().that().resideInAPackage("org.photonledger.processing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.photonledger.ui..")
                .check(classes);
    }

    @Test
    void no_junk_drawer_packages() {
        noClasses().should().resideInAnyPackage("..utils..", "..util..", "..helpers..", "..managers..", "..impl..")
                .check(classes);
    }

    @Test
    void views_use_facades_never_the_command_gateway_or_queries_directly() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Form")
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..")
                .check(classes);
    }
}
