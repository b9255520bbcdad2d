package nl.claimdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The module structure that docs/architecture.md describes, checked on every build. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ClaimdeskApplication.class);
    private static final Pattern BACKOFFICE_PACKAGE = Pattern.compile(".*\\.backoffice(\\..*)?");
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

    /**
     * The back office and the public site (with Mijn dossier) are apart in every module: a controller that maps a
     * {@code /backoffice} route lives in a {@code ..backoffice..} package, and a controller there maps nothing else.
     */
    @Test
    void backofficeAndPublicControllersLiveInTheirOwnPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should(mapOnlyRoutesOfTheirPackagesAudience())
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

    private static ArchCondition<JavaClass> mapOnlyRoutesOfTheirPackagesAudience() {
        return new ArchCondition<>(
                "map /backoffice routes only from a ..backoffice.. package, and nothing else there") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                boolean inBackofficePackage =
                        BACKOFFICE_PACKAGE.matcher(controller.getPackageName()).matches();
                for (String route : Routes.of(controller)) {
                    boolean backofficeRoute = route.equals("/backoffice") || route.startsWith("/backoffice/");
                    if (backofficeRoute != inBackofficePackage) {
                        events.add(SimpleConditionEvent.violated(
                                controller,
                                controller.getName() + " maps " + route
                                        + (inBackofficePackage
                                                ? " from a back-office package"
                                                : " outside a back-office package")));
                    }
                }
            }
        };
    }

    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
