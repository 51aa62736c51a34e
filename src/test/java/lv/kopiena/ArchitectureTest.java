package lv.kopiena;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** Keeps the shape of the code true: views -> services -> repositories, and security on each. */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("lv.kopiena");

    @Test
    void only_ui_security_and_i18n_packages_use_vaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..security..", "..i18n..")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void views_do_not_touch_repositories_or_the_database() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .check(classes);
    }

    @Test
    void only_repositories_hold_a_dsl_context() {
        noClasses().that().areNotAnnotatedWith(Repository.class)
                .and().resideOutsideOfPackages("lv.kopiena.jooq..", "lv.kopiena.base.jooq..")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .check(classes);
    }

    @Test
    void every_route_says_who_may_enter() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void every_public_service_method_says_who_may_call_it() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().areNotStatic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("lv.kopiena.security")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void security_services_say_who_may_call_them_too() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("lv.kopiena.security")
                .and().arePublic()
                .and().areNotStatic()
                .and().doNotHaveName("loadUserByUsername")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }
}
