package nl.afsluitwijzer.demo;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.demo.DemoTreatmentPlan.PlannedPhase;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.Discussion;
import nl.afsluitwijzer.treatment.DiscussionRepository;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalRepository;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import nl.afsluitwijzer.treatment.TreatmentSession;
import nl.afsluitwijzer.treatment.TreatmentSessionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills the demo practice with the treatments of {@code demo/treatments.json}, dated relative to today. It runs
 * inside the practice set-up's transaction at start-up, without a signed-in user, so it writes through the treatment
 * module's public repositories and aggregate; the aggregates still refuse any phase change the phase rules do not
 * allow. {@link DemoSeeding} then adds the other modules' demo data to these treatments.
 */
@Component
class DemoTreatments {

    private static final Logger log = LoggerFactory.getLogger(DemoTreatments.class);

    private final ClientRepository clients;
    private final TreatmentRepository treatments;
    private final GoalRepository goals;
    private final TreatmentSessionRepository sessions;
    private final DiscussionRepository discussions;
    private final Validator validator;
    private final Clock clock;

    DemoTreatments(
            ClientRepository clients,
            TreatmentRepository treatments,
            GoalRepository goals,
            TreatmentSessionRepository sessions,
            DiscussionRepository discussions,
            Validator validator,
            Clock clock) {
        this.clients = clients;
        this.treatments = treatments;
        this.goals = goals;
        this.sessions = sessions;
        this.discussions = discussions;
        this.validator = validator;
        this.clock = clock;
    }

    /** Writes the demo treatments into the practice; the users are the demo users by username. */
    DemoCaseload create(Long practiceId, Map<String, Long> users) {
        List<DemoTreatmentPlan> plans = DemoPlanner.plan(DemoFileReader.shipped(validator), LocalDate.now(clock));
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, List<DemoEvaluation>> evaluations = new LinkedHashMap<>();
        for (DemoTreatmentPlan plan : plans) {
            ids.put(plan.client().reference(), write(practiceId, plan, users));
            evaluations.put(plan.client().reference(), plan.evaluations());
        }
        log.info("Demo mode: created {} demo treatments", plans.size());
        return new DemoCaseload(practiceId, ids, evaluations);
    }

    private Long write(Long practiceId, DemoTreatmentPlan plan, Map<String, Long> users) {
        Instant now = clock.instant();
        Long therapist = user(users, plan.therapist(), plan);
        Client client = clients.save(new Client(practiceId, plan.client(), now));
        List<PlannedPhase> phases = plan.phases();
        Treatment treatment = Treatment.referral(
                practiceId,
                Objects.requireNonNull(client.getId(), "stored"),
                therapist,
                phases.get(0).date(),
                plan.helpQuestion(),
                plan.complex(),
                therapist,
                now);
        treatment.describeReferral(plan.referral(), plan.helpQuestion());
        if (plan.screening() != null) {
            DemoTreatmentPlan.PlannedScreening s = plan.screening();
            treatment.screen(Screening.of(s.date(), s.outcome(), s.reasons(), s.otherReason(), therapist));
        }
        for (PlannedPhase step : phases.subList(1, phases.size())) {
            if (step.phase().isEnded()) {
                agreeAndShare(treatment, plan, users);
            }
            treatment.moveTo(step.phase(), step.date(), step.reason(), therapist);
        }
        if (treatment.getPhase().isOpen()) {
            agreeAndShare(treatment, plan, users);
        }
        Long id = Objects.requireNonNull(treatments.save(treatment).getId(), "stored");
        saveRecords(id, plan, now);
        return id;
    }

    private void saveRecords(Long id, DemoTreatmentPlan plan, Instant now) {
        goals.saveAll(plan.goals().stream()
                .map(g -> {
                    Goal goal = new Goal(id, g.description(), g.criterion(), g.addedOn());
                    if (g.statusOn() != null) {
                        goal.changeStatus(g.status(), g.statusOn());
                    }
                    return goal;
                })
                .toList());
        sessions.saveAll(plan.sessions().stream()
                .map(s -> new TreatmentSession(id, s.date(), s.kind(), s.attended(), now))
                .toList());
        discussions.saveAll(plan.discussions().stream()
                .map(d -> new Discussion(id, d.date(), d.kind(), d.note(), now))
                .toList());
    }

    /**
     * Agreements, the E decided at evaluations and sharing need an open treatment: recorded once, before it ends.
     * E changes only where a planned evaluation decides it; the evaluation module records that evaluation with its
     * reasons (see {@link DemoEvaluations}).
     */
    private static void agreeAndShare(Treatment treatment, DemoTreatmentPlan plan, Map<String, Long> users) {
        if (plan.agreements() != null) {
            treatment.agree(
                    plan.agreements(),
                    Objects.requireNonNull(plan.dateOf(Phase.TREATMENT), "agreements are made on the start date"));
            plan.evaluations().stream()
                    .filter(x -> x.expectedSessions() != null)
                    .forEach(x -> treatment.changeExpectedSessionsAtEvaluation(x.expectedSessions(), x.date()));
        }
        if (plan.sharedWith() != null) {
            treatment.shareWith(user(users, plan.sharedWith(), plan));
        }
    }

    private static Long user(Map<String, Long> users, String username, DemoTreatmentPlan plan) {
        Long id = users.get(username);
        if (id == null) {
            throw new DemoDataException(
                    DemoFileReader.RESOURCE,
                    List.of(plan.client().reference() + ": there is no demo user '" + username + "'; demo users are "
                            + users.keySet()));
        }
        return id;
    }
}
