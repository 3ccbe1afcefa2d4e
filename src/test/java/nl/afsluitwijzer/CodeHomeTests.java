package nl.afsluitwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** One home per kind of code (docs/architecture.md): REST controllers in {@code <module>/api}, pages in {@code <module>/web}. */
class CodeHomeTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.afsluitwijzer");

    @Test
    void restControllersLiveInTheirModulesApiPackageOrInteropsFhir() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAnyPackage("nl.afsluitwijzer.*.api", "nl.afsluitwijzer.interop.fhir")
                .because(
                        "each module owns its REST controllers in <module>/api; interop.fhir holds the FHIR endpoints ")
                .check(CLASSES);
    }

    @Test
    void pageControllersLiveInTheirModulesWebPackage() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .resideInAnyPackage("nl.afsluitwijzer.*.web", "nl.afsluitwijzer.web")
                .because("each module owns its pages in <module>/web; the layout and home page are in the web module")
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPartOfAModulesPublicApi() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .because("a controller is reached over HTTP, never by another class")
                .check(CLASSES);
    }

    @Test
    void theDomainKnowsNoHttpStatusesOrResponses() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "..web..", "..api..", "nl.afsluitwijzer.system..", "nl.afsluitwijzer.interop.fhir..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.http..")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.web.ErrorResponse.class)
                .because("the domain refuses with shared.DomainException; system maps its kind to an HTTP status in "
                        + "one place (docs/architecture.md)")
                .check(CLASSES);
    }
}
