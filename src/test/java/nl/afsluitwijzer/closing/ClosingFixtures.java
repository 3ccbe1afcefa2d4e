package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.util.Set;
import nl.afsluitwijzer.closing.internal.ClosingRitual;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.closing.internal.SupportOption;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Component;

/** Treatments for the closing tests: eight weekly sessions, every goal reached, a client name with markup in it. */
@Component
public class ClosingFixtures {

    public static final LocalDate FIRST_SESSION = LocalDate.of(2026, 1, 12);
    public static final int SESSIONS = 8;
    public static final LocalDate LAST_SESSION = FIRST_SESSION.plusWeeks(SESSIONS - 1L);
    /** Markup in a client's name must come out as text, never as markup. */
    public static final String CLIENT_NAME = "Eva <b>de</b> Wit & Zn";

    private final TestTreatments fixtures;
    private final TreatmentChanges changes;
    private final Treatments treatments;
    private final ClientRepository clients;
    private final ClosingPlans plans;
    private final Measurements measurements;
    private final TreatmentClosing closing;

    ClosingFixtures(
            TestTreatments fixtures,
            TreatmentChanges changes,
            Treatments treatments,
            ClientRepository clients,
            ClosingPlans plans,
            Measurements measurements,
            TreatmentClosing closing) {
        this.measurements = measurements;
        this.closing = closing;
        this.fixtures = fixtures;
        this.changes = changes;
        this.treatments = treatments;
        this.clients = clients;
        this.plans = plans;
    }

    /** In phase TREATMENT with the GOAL_REACHED signal, of the therapist "behandelaar". */
    public Treatment goalReached() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            for (int i = 0; i < SESSIONS; i++) {
                changes.addSession(
                        CurrentUser.require(),
                        treatment.getId(),
                        FIRST_SESSION.plusWeeks(i),
                        SessionKind.TREATMENT,
                        true);
            }
            for (Goal goal :
                    treatments.open(CurrentUser.require(), treatment.getId()).goals()) {
                changes.changeGoalStatus(
                        CurrentUser.require(), treatment.getId(), goal.getId(), GoalStatus.REACHED, LAST_SESSION);
            }
            Client client = treatments.clientOf(treatments.require(CurrentUser.require(), treatment.getId()));
            client.update(new ClientDetails(
                    client.getReference(), CLIENT_NAME, 1985, "Dokter A. Bakker", "Huisartsenpraktijk De Linde"));
            clients.save(client);
        });
        return treatment;
    }

    /** In the closing phase since the last session, with the proposed schedule. */
    public Treatment inClosing() {
        Treatment treatment = goalReached();
        fixtures.as("behandelaar", () -> plans.start(CurrentUser.require(), treatment.getId(), null, LAST_SESSION));
        return treatment;
    }

    /**
     * Closes a treatment in the closing phase as "behandelaar", a week after the last session, with what the checklist
     * missed explained by {@code missingReason}.
     */
    public void close(Treatment treatment, ClosingReason reason, Handover handover, String missingReason) {
        fixtures.as(
                "behandelaar",
                () -> closing.close(
                        CurrentUser.require(),
                        treatment.getId(),
                        null,
                        null,
                        new Closure(reason, null, LAST_SESSION.plusWeeks(1), handover, missingReason)));
    }

    /** PHQ-9 totals 18 (baseline), 12, and 6 two weeks into the closing phase: recovered. */
    public void measured(Treatment treatment) {
        fixtures.as("behandelaar", () -> {
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", FIRST_SESSION, 18));
            measurements.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    NewMeasurement.ofTotal("PHQ9", FIRST_SESSION.plusWeeks(4), 12));
            measurements.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    NewMeasurement.ofTotal("PHQ9", LAST_SESSION.plusWeeks(2), 6));
        });
    }

    public static PlanDetails completePlan() {
        return new PlanDetails(
                java.util.List.of(LAST_SESSION.plusWeeks(2), LAST_SESSION.plusWeeks(5)),
                "Piekeren mag, op een vast moment.",
                "Elke dag een kwartier piekertijd.",
                "Bij twee weken slecht slapen eerst de partner, dan de POH-GGZ.",
                "Partner Jan",
                "De oefeningen in de app",
                Set.of(SupportOption.POH_GGZ, SupportOption.DIGITAL_CARE),
                true,
                ClosingRitual.LETTER_TO_SELF,
                null,
                true);
    }
}
