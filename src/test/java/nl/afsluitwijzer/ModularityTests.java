package nl.afsluitwijzer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethodWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.never;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalEngine;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory;
import nl.afsluitwijzer.signal.TreatmentPhase;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The living architecture: modules reach each other only through their public API, without cycles. */
class ModularityTests {

    /** The modules as Spring Modulith sees them; {@link ModuleDiagramTest} draws them from the same model. */
    static final ApplicationModules MODULES = ApplicationModules.of(Afsluitwijzer.class);

    /**
     * The engine and its rules (docs/signals.md): the rule classes, the history they read and the types they return.
     * The module's Spring services beside them ({@code Signals}, {@code HistoryAssembler}, …) feed the engine and are
     * not part of it.
     */
    private static final DescribedPredicate<JavaClass> SIGNAL_ENGINE = or(
                    resideInAPackage("nl.afsluitwijzer.signal.rules"),
                    belongToAnyOf(
                            SignalEngine.class,
                            Signal.class,
                            SignalCode.class,
                            Severity.class,
                            SignalPolicy.class,
                            TreatmentHistory.class,
                            TreatmentPhase.class))
            .as("the signal engine and its rules");

    /**
     * What a rule may read: the JDK's language, collections and dates (no clock, no {@code System}), the engine's own
     * types, the measurement thresholds and classification, the policy record it is made from, and the null
     * annotations.
     */
    private static final DescribedPredicate<JavaClass> PURE_TYPE = or(
                    resideInAnyPackage("java.lang", "java.lang.invoke", "java.util..", "java.time..", "java.math"),
                    SIGNAL_ENGINE,
                    belongToAnyOf(Classification.class, OutcomeThresholds.class, Direction.class, Policy.class),
                    resideInAPackage("org.jspecify.annotations"))
            .and(not(belongToAnyOf(System.class, Clock.class, InstantSource.class, Thread.class, Runtime.class)));

    private static final DescribedPredicate<JavaClass> PURE = DescribedPredicate.describe(
            "the JDK's language, collections and dates without a clock, the engine's own types, "
                    + "measurement.Classification/OutcomeThresholds/Direction, practice.Policy and JSpecify (or arrays of them)",
            type -> type.getBaseComponentType().isPrimitive() || PURE_TYPE.test(type.getBaseComponentType()));

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void theSignalRulesAreAPureFunction() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.afsluitwijzer");
        classes()
                .that(SIGNAL_ENGINE)
                .should()
                .onlyDependOnClassesThat(PURE)
                .andShould(never(callMethodWhere(target(name("now")))))
                .because("signals are a pure function of (history, policy, as-of date): no Spring, no database, no "
                        + "clock (docs/signals.md, Principles)")
                .check(classes);
    }

    @Test
    void nothingReadsTheTimeFromAGlobalClock() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.afsluitwijzer");
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .because("time comes from the injected Clock or is passed in")
                .check(classes);
    }

    @Test
    void todayIsAlwaysThePracticesDayNeverTheMachinesZone() {
        JavaClasses classes = new ClassFileImporter().importPackages("nl.afsluitwijzer");
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .because("the machine's zone (UTC on a build server) gives yesterday just after midnight; the "
                        + "application's Clock and PracticeDay run in the practice's zone")
                .check(classes);
    }

    @Test
    void onlyAnEvaluationChangesEAfterTheAgreements() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.afsluitwijzer");
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.afsluitwijzer.evaluation..")
                .and()
                .doNotHaveFullyQualifiedName(TreatmentChanges.class.getName())
                .and()
                .doNotHaveFullyQualifiedName("nl.afsluitwijzer.demo.DemoTreatments")
                .should()
                .callMethod(Treatment.class, "changeExpectedSessionsAtEvaluation", int.class, LocalDate.class)
                .orShould()
                .callMethod(
                        TreatmentChanges.class,
                        "changeExpectedSessionsAtEvaluation",
                        Long.class,
                        int.class,
                        LocalDate.class)
                .because("raising E after the agreements is an extension: it is recorded in an evaluation with its "
                        + "coded reasons (the demo writes E only for the evaluations it plans, which the evaluation "
                        + "module then records)")
                .check(classes);
    }

    @Test
    void everyPackageOfTheMainCodeIsNullMarked() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.afsluitwijzer", "db.migration");
        List<String> unmarked = classes.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .sorted()
                .toList();
        assertThat(unmarked)
                .as("packages without a package-info.java annotated @NullMarked (NullAway checks only those, "
                        + "see docs/architecture.md, Null safety)")
                .isEmpty();
    }
}
