package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementSource;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.portal.internal.ClientPage;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.LinkStatus;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The client link rates the goals (GBO): one screen per goal that is not dropped, stored as the client's goal scores. */
@IntegrationTest
class GoalLinkTest {

    @Autowired
    ClientLinks links;

    @Autowired
    Measurements measurements;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Treatments treatments;

    @Autowired
    TestTreatments fixtures;

    @Test
    void eachGoalThatIsNotDroppedGetsAScreenAndItsRatingArrivesAsTheClientsGoalScore() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long id = treatment.getId();
        LocalDate day = LocalDate.of(2026, 1, 12);
        IssuedLink[] issued = new IssuedLink[1];
        Goal[] added = new Goal[2];
        fixtures.as("behandelaar", () -> {
            added[0] = changes.addGoal(
                    CurrentUser.require(), id, "Weer met vrienden afspreken", "twee keer per maand", day);
            added[1] = changes.addGoal(CurrentUser.require(), id, "Elke dag wandelen", null, day);
            changes.changeGoalStatus(CurrentUser.require(), id, added[1].getId(), GoalStatus.DROPPED, day.plusDays(7));
            issued[0] = links.create(CurrentUser.require(), id, List.of("PHQ9", "GBO"));
        });
        Long[] firstGoal = new Long[1];
        fixtures.as(
                "behandelaar",
                () -> firstGoal[0] = treatments
                        .open(CurrentUser.require(), id)
                        .goals()
                        .get(0)
                        .getId());
        Long first = firstGoal[0];
        List<ClientPage> pages = links.pages(issued[0].token());
        assertThat(pages)
                .extracting(ClientPage::key)
                .containsExactly("PHQ9", "GBO#" + first, "GBO#" + added[0].getId());
        assertThat(pages.get(2).goal()).isEqualTo("Weer met vrienden afspreken");
        assertThat(pages.get(2).goalNumber()).isEqualTo(2);
        assertThat(pages.get(2).goalCount()).isEqualTo(2);

        assertThatThrownBy(() -> links.submit(
                        issued[0].token(),
                        Map.of("PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0), "GBO#" + first, List.of(4))))
                .hasMessage("portal.missing");
        assertThat(links.open(issued[0].token()).status()).isEqualTo(LinkStatus.VALID);

        links.submit(
                issued[0].token(),
                Map.of(
                        "PHQ9",
                        List.of(1, 1, 1, 1, 1, 1, 1, 1, 0),
                        "GBO#" + first,
                        List.of(4),
                        "GBO#" + added[0].getId(),
                        List.of(7)));
        assertThat(links.pages(issued[0].token())).isEmpty();
        fixtures.as("behandelaar", () -> {
            List<MeasurementRecord> goalScores = measurements.of(CurrentUser.require(), id).stream()
                    .filter(m -> m.goalId() != null)
                    .toList();
            assertThat(goalScores)
                    .extracting(MeasurementRecord::goalId, MeasurementRecord::total)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(first, 4),
                            org.assertj.core.groups.Tuple.tuple(added[0].getId(), 7));
            assertThat(goalScores)
                    .allMatch(m -> m.instrument().equals("GBO") && m.source() == MeasurementSource.CLIENT);
        });
    }

    @Test
    void aGoalRatingIsOfferedOnlyWhenThereIsAGoalToRate() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long id = treatment.getId();
        fixtures.as("behandelaar", () -> {
            Goal only = treatments.open(CurrentUser.require(), id).goals().get(0);
            changes.changeGoalStatus(
                    CurrentUser.require(), id, only.getId(), GoalStatus.DROPPED, LocalDate.of(2026, 2, 2));
            assertThatThrownBy(() -> links.create(CurrentUser.require(), id, List.of("GBO")))
                    .hasMessage("portal.link.instruments-required");
        });
    }
}
