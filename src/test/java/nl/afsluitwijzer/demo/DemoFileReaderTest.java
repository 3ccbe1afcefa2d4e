package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Someone who edits demo/treatments.json wrongly is told which entry and which field, and what is wrong. */
class DemoFileReaderTest {

    /** A plain validator, as the application's validates outside Spring. */
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static final String VALID_ENTRY = """
            {"reference": "DW-1", "therapist": "behandelaar", "client": {"displayName": "A. Test"},
             "helpQuestion": "Ik pieker.", "path": ["REFERRED", "INTAKE", "TREATMENT"],
             "registeredWeeksAgo": 10, "intakeWeeksAgo": 8, "startWeeksAgo": 6,
             "agreements": {"expected": 12, "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9"},
             "goals": [{"description": "Twee keer per week sporten", "addedAtSession": 0}],
             "sessions": [{"count": 5, "everyDays": 7, "missed": [2]}]}""";

    @Test
    void aValidEntryIsRead() {
        assertThat(read(VALID_ENTRY))
                .singleElement()
                .extracting(DemoFile.Entry::reference)
                .isEqualTo("DW-1");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAreKnown() {
        assertProblem(
                VALID_ENTRY.replace("\"everyDays\"", "\"everyDay\""),
                "treatments[0] (DW-1).sessions[0].everyDay: is not a known field; known fields are afterDays, count");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() {
        assertProblem(
                VALID_ENTRY.replace("\"everyDays\": 7", "\"everyDays\": \"7\""),
                "treatments[0] (DW-1).sessions[0].everyDays: must be a whole number");
    }

    @Test
    void anUnknownPhaseListsThePhases() {
        assertProblem(
                VALID_ENTRY.replace("\"TREATMENT\"]", "\"BEHANDELING\"]"),
                "treatments[0] (DW-1).path[2]: must be one of [REFERRED, INTAKE, TREATMENT, CLOSING");
    }

    @Test
    void aMissingFieldIsNamedWithItsEntry() {
        assertProblem(
                VALID_ENTRY.replace("\"helpQuestion\": \"Ik pieker.\",", ""),
                "treatments[0] (DW-1) helpQuestion: is required");
    }

    @Test
    void aPhaseChangeThatIsNotAllowedSaysWhatIs() {
        assertProblem(
                VALID_ENTRY.replace("\"INTAKE\", \"TREATMENT\"", "\"TREATMENT\""),
                "treatments[0] (DW-1) path[1]: REFERRED cannot move to TREATMENT; allowed: [INTAKE]");
    }

    @Test
    void aReferralThatDoesNotFitMustEndAtScreeningAndGiveItsReasons() {
        String screened = VALID_ENTRY.replace(
                "\"sessions\": [{\"count\": 5, \"everyDays\": 7, \"missed\": [2]}]",
                "\"sessions\": [{\"count\": 5, \"everyDays\": 7, \"missed\": [2]}], \"screening\": "
                        + "{\"weeksAgo\": 9, \"outcome\": \"DOES_NOT_FIT\"}");
        assertProblem(screened, "treatments[0] (DW-1) path: must be only REFERRED: DOES_NOT_FIT ends the referral");
        assertProblem(screened, "treatments[0] (DW-1) screening.reasons: are required");
    }

    @Test
    void anEvaluationThatRaisesEWithoutAReasonIsRefusedAsInTheApplication() {
        String evaluated = VALID_ENTRY.replace(
                "\"missed\": [2]}]",
                "\"missed\": [2]}], \"evaluations\": ["
                        + "{\"atSession\": 3, \"kind\": \"MID\", \"decision\": \"CONTINUE\", \"expected\": 16}]");
        assertProblem(
                evaluated,
                "treatments[0] (DW-1) evaluations[0].reasons: are required: raising E is an extension"
                        + " and needs a coded reason");
        assertThat(read(evaluated.replace("\"expected\": 16}", "\"expected\": 10}")))
                .as("lowering needs none")
                .hasSize(1);
        assertThat(read(evaluated.replace("\"expected\": 16}", "\"expected\": 16, \"reasons\": [\"NEW_GOALS\"]}")))
                .hasSize(1);
    }

    @Test
    void anEvaluationOnASessionThatDoesNotExistIsNamed() {
        assertProblem(
                VALID_ENTRY.replace(
                        "\"missed\": [2]}]",
                        "\"missed\": [2]}], \"evaluations\": ["
                                + "{\"atSession\": 6, \"kind\": \"MID\", \"decision\": \"CONTINUE\"}]"),
                "treatments[0] (DW-1) evaluations[0].atSession: must be a session from 1 to 5, not 6");
    }

    @Test
    void aScreeningAfterTheIntakeIsRefused() {
        assertProblem(
                VALID_ENTRY.replace(
                        "\"registeredWeeksAgo\": 10,",
                        "\"registeredWeeksAgo\": 10, " + "\"screening\": {\"weeksAgo\": 7, \"outcome\": \"FITS\"},"),
                "treatments[0] (DW-1) screening.weeksAgo: must not be after the intake");
    }

    @Test
    void aSessionPositionOutsideItsBlockIsRefused() {
        assertProblem(
                VALID_ENTRY.replace("\"missed\": [2]", "\"missed\": [6]"),
                "treatments[0] (DW-1) sessions[0].missed: position 6 is not within the block's 5 sessions");
    }

    @Test
    void aGoalAddedAtASessionThatDoesNotExistIsRefused() {
        assertProblem(
                VALID_ENTRY.replace("\"addedAtSession\": 0", "\"addedAtSession\": 9"),
                "treatments[0] (DW-1) goals[0].addedAtSession: must be a session from 0 to 5, not 9");
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertProblem(
                VALID_ENTRY.replace("\"startWeeksAgo\": 6", "\"startWeeksAgo\": 9"),
                "treatments[0] (DW-1) startWeeksAgo: must not be more than the previous date (8 weeks ago)");
    }

    @Test
    void aReasonForAPhaseThatIsNotOnThePathIsRefused() {
        assertProblem(
                VALID_ENTRY.replace(
                        "\"registeredWeeksAgo\"", "\"reasons\": {\"CLOSED\": \"Klaar.\"}, \"registeredWeeksAgo\""),
                "treatments[0] (DW-1) reasons.CLOSED: is not on the path");
    }

    @Test
    void aReasonForAnUnknownPhaseListsThePhases() {
        assertProblem(
                VALID_ENTRY.replace(
                        "\"registeredWeeksAgo\"", "\"reasons\": {\"KLAAR\": \"Klaar.\"}, \"registeredWeeksAgo\""),
                "treatments[0] (DW-1).reasons: must be one of [REFERRED, INTAKE, TREATMENT, CLOSING, CLOSED, TRANSFERRED, DROPPED_OUT], not KLAAR");
    }

    @Test
    void aNullEntryIsNamedByItsPlace() {
        assertProblem(VALID_ENTRY + ", null", "treatments[1]: must be an object { ... }, not null");
    }

    @Test
    void aDuplicateReferenceIsRefused() {
        assertProblem(
                VALID_ENTRY + ", " + VALID_ENTRY, "treatments[1] (DW-1) reference: is used by an earlier entry too");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String broken = VALID_ENTRY
                .replace("\"helpQuestion\": \"Ik pieker.\",", "")
                .replace("\"missed\": [2]", "\"missed\": [6]");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("helpQuestion")
                .hasMessageContaining("missed");
    }

    @Test
    void sessionsThatWouldRunPastTodayAreRefusedWhenPlanned() {
        var entries = read(VALID_ENTRY.replace("\"count\": 5", "\"count\": 8"));
        assertThatThrownBy(() -> DemoPlanner.plan(entries, LocalDate.of(2026, 3, 2)))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("treatments[0] (DW-1) sessions[0]: would end 7 days after today");
    }

    @Test
    void aFileThatIsNotJsonSaysWhere() {
        assertThatThrownBy(() -> DemoFileReader.read("test.json", "{\"treatments\": [ {\"reference\": }", VALIDATOR))
                .isInstanceOf(DemoDataException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining("not valid JSON (line 1");
    }

    private static java.util.List<DemoFile.Entry> read(String entries) {
        return DemoFileReader.read("test.json", "{\"treatments\": [" + entries + "]}", VALIDATOR);
    }

    private static void assertProblem(String entries, String problem) {
        assertThatThrownBy(() -> read(entries))
                .isInstanceOf(DemoDataException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(problem);
    }
}
