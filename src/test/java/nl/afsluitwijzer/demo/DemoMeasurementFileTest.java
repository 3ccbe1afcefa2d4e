package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Someone who edits demo/measurements.json wrongly is told which entry and which field, and what is wrong. */
class DemoMeasurementFileTest {

    static final String VALID = """
            {"DW-0001": {"primary": [{"atSession": 1, "total": 16}, {"atSession": 3, "total": 9}],
             "goals": [{"goal": 1,
              "ratings": [{"atSession": 1, "rating": 2}, {"daysAfterStart": 20, "rating": 6}]}]}}""";

    @Test
    void theShippedFileIsValid() {
        assertThat(DemoMeasurementFile.shipped(DemoFileReaderTest.VALIDATOR)).hasSizeGreaterThan(20);
    }

    @Test
    void aValidFileIsReadInItsOrder() {
        assertThat(DemoMeasurementFile.read("test.json", VALID, DemoFileReaderTest.VALIDATOR))
                .containsOnlyKeys("DW-0001")
                .extractingByKey("DW-0001")
                .extracting(entry -> entry.primary().size())
                .isEqualTo(2);
    }

    @Test
    void aMeasurementHasExactlyOneDate() {
        assertProblem(VALID.replace("{\"atSession\": 3, ", "{"), "test.json: DW-0001.primary[1]: give exactly one");
        assertProblem(
                VALID.replace("{\"daysAfterStart\": 20, ", "{\"atSession\": 2, \"daysAfterStart\": 20, "),
                "DW-0001.goals[0].ratings[1]: give exactly one of atSession and daysAfterStart");
    }

    @Test
    void aSessionAndAGoalAreCountedFromOne() {
        assertProblem(
                VALID.replace("\"atSession\": 3", "\"atSession\": 0"),
                "DW-0001.primary[1].atSession: must be a session from 1 on");
        assertProblem(VALID.replace("\"goal\": 1", "\"goal\": 0"), "DW-0001.goals[0].goal: must be a goal from 1 on");
    }

    @Test
    void aValueAndTheGoalAreRequired() {
        assertProblem(VALID.replace(", \"total\": 9", ""), "DW-0001.primary[1].total: is required");
        assertProblem(VALID.replace(", \"rating\": 6", ""), "DW-0001.goals[0].ratings[1].rating: is required");
        assertProblem(VALID.replace("\"goal\": 1,", ""), "DW-0001.goals[0].goal: is required");
        assertProblem("{\"DW-0001\": null}", "DW-0001: is required");
    }

    @Test
    void aSeriesHasOneMeasurementPerDate() {
        assertProblem(
                VALID.replace("\"atSession\": 3", "\"atSession\": 1"),
                "DW-0001.primary[1]: is on the same date as primary[0] (session 1); one per date");
        assertProblem(
                VALID.replace("{\"daysAfterStart\": 20, \"rating\": 6}", "{\"atSession\": 1, \"rating\": 6}"),
                "DW-0001.goals[0].ratings[1]: is on the same date as ratings[0] (session 1)");
    }

    @Test
    void aGoalIsRatedInOneEntry() {
        assertProblem(
                VALID.replace("]}]}}", "]}, {\"goal\": 1, \"ratings\": []}]}}"),
                "DW-0001.goals[1].goal: goal 1 is rated in goals[0] already; one entry per goal");
    }

    @Test
    void whatCannotBeParsedIsNamedByItsPath() {
        assertProblem(
                VALID.replace("\"atSession\": 3", "\"atSesion\": 3"),
                "DW-0001.primary[1].atSesion: is not a known field; known fields are atSession, daysAfterStart");
        assertProblem(
                VALID.replace("\"total\": 9", "\"total\": \"9\""), "DW-0001.primary[1].total: must be a whole number");
    }

    @Test
    void everyProblemIsReportedAtOnceByItsPlace() {
        String broken = VALID.replace(", \"rating\": 6", "")
                .replace("\"atSession\": 3", "\"atSession\": 1")
                .replace("}]}]}}", "}]}]}, \"DW-0002\": {\"primary\": [{\"total\": 3}]}}");
        assertThatThrownBy(() -> DemoMeasurementFile.read("test.json", broken, DemoFileReaderTest.VALIDATOR))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("3 problems")
                .satisfies(e -> assertThat(((DemoDataException) e).problems())
                        .extracting(problem -> problem.substring(0, problem.indexOf(':')))
                        .containsExactly(
                                "DW-0001.goals[0].ratings[1].rating", "DW-0001.primary[1]", "DW-0002.primary[0]"));
    }

    private static void assertProblem(String json, String problem) {
        assertThatThrownBy(() -> DemoMeasurementFile.read("test.json", json, DemoFileReaderTest.VALIDATOR))
                .isInstanceOf(DemoDataException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(problem);
    }
}
