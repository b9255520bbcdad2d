package nl.claimdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The module structure of ARCHITECTURE.md, checked on every build. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ClaimdeskApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.claimdesk");

    @Test
    void modulesOnlyUseEachOthersPublicSurfaceAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("nl.claimdesk.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void controllersConfigurationAndRepositoriesAreModuleInternals() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(Configuration.class)
                .should()
                .notBePublic()
                .check(CLASSES);
        // A store that several sub-packages of its module use is public there; Modulith keeps sub-packages internal.
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .and()
                .resideInAPackage("nl.claimdesk.*")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void templateModelsAreImmutableRecords() {
        classes()
                .that()
                .resideInAPackage("..view..")
                .and()
                .areNotInterfaces()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .beRecords()
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesDependOnNoModule() {
        noClasses()
                .that()
                .resideInAPackage("nl.claimdesk.shared..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("nl.claimdesk.campaign..", "nl.claimdesk.web..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void noJpaAndNoFieldInjection() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(CLASSES);
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
