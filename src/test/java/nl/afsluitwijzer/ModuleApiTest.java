package nl.afsluitwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The modules expose exactly their listed API (docs/architecture.md, Module APIs): every public type of a
 * module's base package is on its list, and every listed type is used by another module's main code, so that a type
 * only the module itself needs goes to its {@code internal} package and the lists cannot rot. {@link #KEPT} names the
 * public types that stay in the base package although no other module uses them, each for a reason given there.
 */
class ModuleApiTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.afsluitwijzer");

    /** Per module (all but the shared kernel, whose every type is for all), the public types other modules use. */
    static final Map<String, Set<String>> API = Map.ofEntries(
            Map.entry(
                    "signal",
                    Set.of(
                            "Acknowledgements",
                            "OpenSignals",
                            "RiskAssessments",
                            "RiskOutcome",
                            "Severity",
                            "SignalCode",
                            "Signals",
                            "TreatmentSignals")),
            Map.entry(
                    "closing",
                    Set.of(
                            "ChecklistItem",
                            "ClientAnswers",
                            "ClosingAnswers",
                            "ClosingPlan",
                            "ClosingPlans",
                            "ClosingReason",
                            "ClosingRecord",
                            "ClosingRecords",
                            "Handover",
                            "LetterKind",
                            "Letters",
                            "NextAppointment",
                            "PastLetters",
                            "StoredLetter")),
            Map.entry(
                    "practice",
                    Set.of(
                            "ApiTokens",
                            "CurrentUser",
                            "DemoMode",
                            "DemoPracticeCreated",
                            "FailedSignIns",
                            "Policies",
                            "Policy",
                            "PracticeNames",
                            "Role",
                            "SecondFactorAuthentication",
                            "SecondFactorPolicy",
                            "SecondFactors",
                            "SignedInUser",
                            "UserAccount",
                            "UserAccountRepository",
                            "UserAdministration",
                            "UserNames")),
            Map.entry(
                    "evaluation",
                    Set.of(
                            "Decision",
                            "Evaluation",
                            "EvaluationFigures",
                            "EvaluationKind",
                            "EvaluationRecorded",
                            "Evaluations",
                            "ExtensionReason",
                            "GoalScore",
                            "NewEvaluation",
                            "NotOnTrackCheck",
                            "PastEvaluations",
                            "ReasonLevel",
                            "SupportAnswer",
                            "SupportQuestion")),
            Map.entry("insight", Set.of()),
            Map.entry("portal", Set.of("ClientLink", "ClientLinks", "LinkMails", "LinkPurpose")),
            Map.entry("privacy", Set.of()),
            Map.entry(
                    "audit",
                    Set.of(
                            "AuditAction",
                            "AuditChain",
                            "AuditEvent",
                            "AuditLog",
                            "AuditQuery",
                            "AuditVerification",
                            "AuditedChange",
                            "PracticeScope",
                            "ResponsibleUsers")),
            Map.entry(
                    "measurement",
                    Set.of(
                            "AnswerOption",
                            "Classification",
                            "CourseCalibration",
                            "CourseCalibrations",
                            "DatedScore",
                            "Direction",
                            "ExpectedCourse",
                            "ExpectedCourses",
                            "ExpectedCoursesRelearned",
                            "ExpectedPath",
                            "ExpectedScore",
                            "Instrument",
                            "InstrumentCatalog",
                            "InvalidAnswersException",
                            "Item",
                            "LocalizedText",
                            "MeasurementFigures",
                            "MeasurementHistory",
                            "MeasurementRecord",
                            "MeasurementRefused",
                            "MeasurementSource",
                            "Measurements",
                            "NewMeasurement",
                            "OutcomeThresholds",
                            "PastMeasurements",
                            "ProgressChart",
                            "ProgressChartData",
                            "Score",
                            "SeverityBand",
                            "UnknownInstrumentException")),
            Map.entry(
                    "intervision",
                    Set.of(
                            "CardTag",
                            "CaseDiscussion",
                            "CaseDiscussionStep",
                            "CaseDiscussions",
                            "CasePreparation",
                            "ImprovementAction",
                            "ImprovementActions",
                            "Joined",
                            "MatrixCard",
                            "Participant",
                            "Participation",
                            "Pledge",
                            "PollAnswer",
                            "SystemLevel",
                            "WorksheetEntryKind",
                            "Workshop",
                            "WorkshopBoard",
                            "Workshops")),
            Map.entry(
                    "treatment",
                    Set.of(
                            "Agreements",
                            "Client",
                            "ClientDetails",
                            "ClientErasure",
                            "ClientHistory",
                            "ClientIdentity",
                            "ClientRecord",
                            "ClientRecords",
                            "ClientReference",
                            "ClientReferenceText",
                            "ClientRepository",
                            "Discussion",
                            "DiscussionKind",
                            "DiscussionRecorded",
                            "DiscussionRepository",
                            "ExpectedSessions",
                            "ExpectedSessionsOrigin",
                            "Goal",
                            "GoalRepository",
                            "GoalStatus",
                            "GoalStatusChange",
                            "ImportedSession",
                            "InstrumentChoices",
                            "NewTreatment",
                            "NextAppointmentAnswer",
                            "NextAppointmentAnswers",
                            "NextAppointmentWish",
                            "Phase",
                            "PhaseChange",
                            "ReferralDetails",
                            "ReferrerKind",
                            "Screening",
                            "ScreeningOutcome",
                            "ScreeningReason",
                            "SessionImportCheck",
                            "SessionImports",
                            "SessionKind",
                            "Treatment",
                            "TreatmentAccessDenied",
                            "TreatmentChanges",
                            "TreatmentFigures",
                            "TreatmentFile",
                            "TreatmentFiles",
                            "TreatmentPagePanel",
                            "TreatmentRegistration",
                            "TreatmentRepository",
                            "TreatmentScope",
                            "TreatmentSession",
                            "TreatmentSessionRepository",
                            "Treatments",
                            "Treeknorm")),
            Map.entry("backup", Set.of("RestoreCommand")),
            Map.entry("demo", Set.of()),
            Map.entry("interop", Set.of()),
            Map.entry("system", Set.of()),
            Map.entry("web", Set.of()));

    /**
     * Public in the base package, used by no other module: the signal engine's types stay beside the services that
     * feed it (ModularityTests.theSignalRulesAreAPureFunction names them); the services below use package-private
     * collaborators of their base package (repositories, template stores, the loader of the indicators, the audit
     * reader, the assembler of a client's data, the knowledge base's free-text search, the treatment dates behind a
     * referral's changes); the instrument definitions' scoring, its exception and the goal chart's data have
     * package-private members the instrument uses; Spring Security finds the throttled sign-in provider as a bean,
     * not through another module's code; H2 makes an instance of the synced file system per path and the data
     * source builder makes the connection pool, both by reflection; the layout's templates read the navigation's
     * items by reflection too, and Hibernate Validator makes the demo file's constraint validator; the demo checks its
     * intervision file against intervision's contribution limits, constants the compiler copies into the demo's code.
     */
    static final Map<String, Set<String>> KEPT = Map.ofEntries(
            Map.entry("signal", Set.of("Signal", "SignalEngine", "SignalPolicy", "TreatmentHistory", "TreatmentPhase")),
            Map.entry("closing", Set.of("LetterTemplates", "TreatmentClosing", "WaitingLetters")),
            Map.entry("practice", Set.of("Practices", "ThrottledAuthenticationProvider")),
            Map.entry("evaluation", Set.of()),
            Map.entry("insight", Set.of("IndicatorCalculator", "Insights", "Norm1Reports")),
            Map.entry("portal", Set.of()),
            Map.entry("privacy", Set.of("ClientDataExport", "DestructionRequest", "Destructions")),
            Map.entry("audit", Set.of("AuditExport")),
            Map.entry("measurement", Set.of("GoalChartData", "InstrumentDefinitionException", "ScoringMethod")),
            Map.entry("intervision", Set.of("ContributionLimits", "KnowledgeBase")),
            Map.entry("treatment", Set.of("ReferralChanges")),
            Map.entry("backup", Set.of()),
            Map.entry("demo", Set.of("DemoEntryRules")),
            Map.entry("interop", Set.of()),
            Map.entry("system", Set.of("PatientPool", "SyncedFiles")),
            Map.entry("web", Set.of("Navigation")));

    static Set<String> modules() {
        return API.keySet();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyPublicTypeOfTheBasePackageIsListed(String module) {
        Set<String> listed = new TreeSet<>(API.get(module));
        listed.addAll(KEPT.get(module));
        assertThat(publicTypesOf(module))
                .as(
                        "public types of nl.afsluitwijzer.%s: a type no other module uses belongs in %s.internal",
                        module, module)
                .isEqualTo(listed);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyListedTypeIsUsedByAnotherModule(String module) {
        Set<String> unused = API.get(module).stream()
                .filter(type -> !usedByAnotherModule(module, type))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused)
                .as("listed types of %s that no other module uses", module)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void keptTypesAreReallyUnusedOutside(String module) {
        Set<String> used = KEPT.get(module).stream()
                .filter(type -> usedByAnotherModule(module, type))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(used)
                .as("kept types of %s that another module uses: list them in API", module)
                .isEmpty();
    }

    /**
     * Another module's code depends on the type, or calls a method or constructor that takes or returns it: a value
     * handed from one call to the next (a local variable) leaves no dependency of its own in the bytecode, yet the
     * caller's source names the type.
     */
    private static boolean usedByAnotherModule(String module, String simpleName) {
        JavaClass type = MAIN.get("nl.afsluitwijzer." + module + "." + simpleName);
        return type.getDirectDependenciesToSelf().stream()
                        .anyMatch(dependency -> !inModule(dependency.getOriginClass(), module))
                || MAIN.stream()
                        .filter(caller -> !inModule(caller, module))
                        .flatMap(caller -> caller.getCodeUnitCallsFromSelf().stream())
                        .map(JavaCall::getTarget)
                        .anyMatch(target -> target.getRawReturnType().equals(type)
                                || target.getRawParameterTypes().contains(type));
    }

    private static Set<String> publicTypesOf(String module) {
        return MAIN.stream()
                .filter(type -> type.getPackageName().equals("nl.afsluitwijzer." + module))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean inModule(JavaClass type, String module) {
        String name = type.getPackageName();
        return name.equals("nl.afsluitwijzer." + module) || name.startsWith("nl.afsluitwijzer." + module + ".");
    }
}
