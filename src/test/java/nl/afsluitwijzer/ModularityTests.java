package nl.afsluitwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The living architecture: modules reach each other only through their public API, without cycles. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Afsluitwijzer.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void nothingReadsTheTimeFromAGlobalClock() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.afsluitwijzer");
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .because("time comes from the injected Clock or is passed in")
                .check(classes);
    }

    @Test
    void todayIsAlwaysThePracticesDayNeverTheMachinesZone() {
        JavaClasses classes = new ClassFileImporter().importPackages("nl.afsluitwijzer");
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .because("the machine's zone (UTC on a build server) gives yesterday just after midnight; the "
                        + "application's Clock and PracticeDay run in the practice's zone")
                .check(classes);
    }

    @Test
    void onlyAnEvaluationChangesEAfterTheAgreements() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.afsluitwijzer");
        noClasses().that().resideOutsideOfPackage("nl.afsluitwijzer.evaluation..")
                .and().doNotHaveFullyQualifiedName(TreatmentChanges.class.getName())
                .and().doNotHaveFullyQualifiedName("nl.afsluitwijzer.treatment.DemoTreatments")
                .should().callMethod(Treatment.class, "changeExpectedSessionsAtEvaluation", int.class, LocalDate.class)
                .orShould().callMethod(TreatmentChanges.class, "changeExpectedSessionsAtEvaluation", Long.class,
                        int.class, LocalDate.class)
                .because("raising E after the agreements is an extension: it is recorded in an evaluation with its "
                        + "coded reasons (the demo writes E only for the evaluations it plans, which the evaluation "
                        + "module then records)")
                .check(classes);
    }
}
