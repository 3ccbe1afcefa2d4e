package nl.afsluitwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import nl.afsluitwijzer.practice.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
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

    /**
     * Besides controllers (in web and api packages, and the FHIR endpoints in interop.fhir), the edge that may read
     * who is signed in: the filters and security handlers of {@code system} (the idempotency
     * filter scopes a key to its user, the sign-in event listener records who signed in), the audit log's practice
     * scope (the access log reads its actor from the security context, as {@code AuditLog} does) and
     * {@code CurrentUser} itself.
     */
    /**
     * A module reads and writes another module's records only through that module's services, never through its
     * repositories (docs/architecture.md, "Each module reads its own tables"); the demo module is the one exception,
     * as it writes the demo practice's past records directly.
     */
    @Test
    void aModulesRepositoriesAreUsedOnlyByTheModuleAndTheDemo() {
        Set<String> uses = new TreeSet<>();
        for (JavaClass repository : CLASSES.that(JavaClass.Predicates.assignableTo(Repository.class))) {
            String owner = moduleOf(repository);
            repository.getDirectDependenciesToSelf().stream()
                    .map(Dependency::getOriginClass)
                    .filter(origin ->
                            !moduleOf(origin).equals(owner) && !moduleOf(origin).equals("demo"))
                    .forEach(origin -> uses.add(origin.getName() + " uses " + repository.getName()));
        }
        assertThat(uses).as("repositories used outside their module").isEmpty();
    }

    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        String base = "nl.afsluitwijzer.";
        return name.startsWith(base) ? name.substring(base.length()).split("\\.")[0] : "";
    }

    static final String[] ACTING_USER_EDGE = {
        "nl.afsluitwijzer.practice.CurrentUser",
        "nl.afsluitwijzer.practice.AuditPracticeScope",
        "nl.afsluitwijzer.system.IdempotencyFilter",
        "nl.afsluitwijzer.system.LoginEvents"
    };

    @Test
    void onlyControllersAndTheEdgeReadTheSignedInUser() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "..api..")
                .and()
                .doNotHaveFullyQualifiedName(ACTING_USER_EDGE[0])
                .and()
                .doNotHaveFullyQualifiedName(ACTING_USER_EDGE[1])
                .and()
                .doNotHaveFullyQualifiedName(ACTING_USER_EDGE[2])
                .and()
                .doNotHaveFullyQualifiedName(ACTING_USER_EDGE[3])
                .and()
                .areNotAnnotatedWith(Controller.class)
                .and()
                .areNotAnnotatedWith(RestController.class)
                .should()
                .callMethod(CurrentUser.class, "current")
                .orShould()
                .callMethod(CurrentUser.class, "require")
                .because("the acting user is passed in by the controller (or the edge), never read from a static in a"
                        + " service or aggregate (docs/architecture.md, The acting user)")
                .check(CLASSES);
    }
}
