package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.ClosingAnswers;
import nl.afsluitwijzer.closing.NextAppointment;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.OpenedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In the closing phase a client writes their own closing answers through a personal link, once. */
@IntegrationTest
class ClosingLinkTest {

    @Autowired
    ClientLinks links;

    @Autowired
    ClosingAnswers answers;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Treatments treatments;

    @Test
    void theClientsClosingAnswersArriveOnceOnTheTreatment() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as("behandelaar", () -> {
            assertThatThrownBy(() -> links.createForClosing(CurrentUser.require(), treatment.getId()))
                    .hasMessage("portal.link.closing-phase-only");
            changes.changePhase(
                    CurrentUser.require(), treatment.getId(), null, Phase.CLOSING, LocalDate.of(2026, 3, 2), null);
            issued[0] = links.createForClosing(CurrentUser.require(), treatment.getId());
        });
        OpenedLink opened = links.open(issued[0].token());
        assertThat(opened.forClosing()).isTrue();
        assertThat(opened.instruments()).isEmpty();
        assertThatThrownBy(() -> links.submit(issued[0].token(), Map.of("PHQ9", List.of(1))))
                .hasMessage("portal.link.unavailable");
        links.submitClosing(
                issued[0].token(), "Ik plan leuke dingen", "Lieve ik, je kunt dit.", NextAppointment.WILL_CONTACT);
        assertThatThrownBy(() -> links.submitClosing(issued[0].token(), "x", "y", NextAppointment.YES))
                .hasMessage("portal.link.unavailable");
        fixtures.as(
                "behandelaar",
                () -> assertThat(answers.latest(treatments.open(CurrentUser.require(), treatment.getId())))
                        .hasValueSatisfying(a -> {
                            assertThat(a.learned()).isEqualTo("Ik plan leuke dingen");
                            assertThat(a.nextAppointment()).isEqualTo(NextAppointment.WILL_CONTACT);
                        }));
    }
}
