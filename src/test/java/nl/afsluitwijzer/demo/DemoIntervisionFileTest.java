package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Someone who edits demo/intervision.json wrongly is told which field is wrong, and why. */
class DemoIntervisionFileTest {

    static final String SHIPPED = shippedText();

    @Test
    void theShippedFileIsValidAndACardWithoutDotsOrChoiceHasNone() {
        DemoIntervisionFile file = DemoIntervisionFile.shipped(DemoFileReaderTest.VALIDATOR);
        assertThat(file.workshop().participants()).hasSize(6);
        DemoIntervisionFile.DemoCard obstacle =
                file.workshop().participants().get(0).cards().get(0);
        assertThat(obstacle.dotCount()).isZero();
        assertThat(obstacle.isChosen()).isFalse();
        assertThat(file.workshop().participants().get(0).cards().get(1).isChosen())
                .isTrue();
    }

    @Test
    void aCardsTextIsUniqueInTheWorkshop() {
        assertProblem(
                SHIPPED.replace("Korte lijnen met de huisarts", "Afspraken met de POH-ggz over nazorg"),
                "workshop.participants[4].cards[1].content: is the text of participants[2].cards[1] too");
    }

    @Test
    void dotsAreForRemediesAndAtMostOnePerParticipant() {
        assertProblem(
                SHIPPED.replace(
                        "\"Lange wachtlijsten bij de specialistische ggz\"}",
                        "\"Lange wachtlijsten bij de specialistische ggz\", \"dots\": 1}"),
                "workshop.participants[0].cards[0].dots: are for a remedy card only");
        assertProblem(
                SHIPPED.replace("\"dots\": 5", "\"dots\": 7"),
                "workshop.participants[0].cards[1].dots: must be at most 6, the number of participants");
        assertProblem(
                SHIPPED.replace("\"dots\": 5", "\"dots\": -1"),
                "workshop.participants[0].cards[1].dots: must be 0 or more");
    }

    @Test
    void aChosenPrincipleIsARemedyWithDots() {
        assertProblem(
                SHIPPED.replace(
                        "\"Korte lijnen met de huisarts\", \"dots\": 1}",
                        "\"Korte lijnen met de huisarts\", " + "\"chosen\": true}"),
                "workshop.participants[4].cards[1].chosen: is for a remedy card with dots only");
    }

    @Test
    void aParticipantVotesAndPledgesOnceAtMost() {
        assertProblem(SHIPPED.replace("{\"vote\": \"YES_1\",", "{"), "workshop.participants[0].vote: is required");
        assertProblem(
                SHIPPED.replace(
                        "\"pledges\": []",
                        "\"pledges\": [{\"kind\": \"PRACTISE\", \"content\": \"a\"},"
                                + " {\"kind\": \"ATTENTION\", \"content\": \"b\"}]"),
                "workshop.participants[4].pledges: must be at most one");
    }

    @Test
    void theWorkshopsOwnLimitsHoldSoThatNothingIsDroppedWhenSeeding() {
        assertProblem(
                SHIPPED.replaceAll("\"dots\": \\d+", "\"dots\": 6"),
                "workshop.participants: give 30 dots in all, but 6 participants have 18 (3 each)");
        assertProblem(
                SHIPPED.replace("Het einde al bij de start benoemen", "x".repeat(201)),
                "workshop.participants[0].cards[1].content: must be at most 200 characters");
        assertProblem(
                SHIPPED.replace("in het eerste gesprek zeggen hoeveel gesprekken ik verwacht", "y".repeat(301)),
                "workshop.participants[0].pledges[0].content: must be at most 300 characters");
    }

    @Test
    void textsAndTheCasesStartAreRequired() {
        assertProblem(
                SHIPPED.replace("\"Overzorg: ik neem te veel over\"", "\" \""),
                "caseDiscussion.factors.EMPLOYEE[0]: is required and must not be blank");
        assertProblem(
                SHIPPED.replace("\"startedMonthsAgo\": 14,", ""),
                "caseDiscussion.preparation.startedMonthsAgo: is required");
        assertProblem(
                SHIPPED.replace("\"presenter\": \"behandelaar\",", ""),
                "caseDiscussion.presenter: is required and must not be blank");
    }

    @Test
    void whatCannotBeParsedIsNamedByItsPath() {
        assertProblem(
                SHIPPED.replace("\"dots\": 5", "\"dot\": 5"),
                "workshop.participants[0].cards[1].dot: is not a known field; known fields are chosen, content, dots");
        assertProblem(
                SHIPPED.replace("\"dots\": 5", "\"dots\": 5.5"),
                "workshop.participants[0].cards[1].dots: must be a whole number");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String broken = SHIPPED.replace("\"dots\": 5", "\"dots\": 7").replace("\"startedMonthsAgo\": 14,", "");
        assertThatThrownBy(() -> DemoIntervisionFile.read("test.json", broken, DemoFileReaderTest.VALIDATOR))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("startedMonthsAgo")
                .hasMessageContaining("cards[1].dots");
    }

    private static void assertProblem(String json, String problem) {
        assertThat(json).isNotEqualTo(SHIPPED);
        assertThatThrownBy(() -> DemoIntervisionFile.read("test.json", json, DemoFileReaderTest.VALIDATOR))
                .isInstanceOf(DemoDataException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(problem);
    }

    private static String shippedText() {
        try (InputStream in =
                DemoIntervisionFileTest.class.getClassLoader().getResourceAsStream(DemoIntervisionFile.RESOURCE)) {
            return new String(Objects.requireNonNull(in, "shipped").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
