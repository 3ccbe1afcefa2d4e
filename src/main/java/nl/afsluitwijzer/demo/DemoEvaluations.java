package nl.afsluitwijzer.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.evaluation.PastEvaluations;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the evaluations planned in {@code demo/treatments.json} for the demo treatments: most treatments were
 * evaluated on time, and every change of E after the agreements is such an evaluation with its coded reasons (the
 * treatment already holds the E it decided). It runs inside the demo set-up's transaction at start-up, without a
 * signed-in user, so it records them through {@link PastEvaluations}; the evaluation still refuses what the sources
 * do not allow, such as an extension without a reason.
 */
@Component
class DemoEvaluations {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);

    private final TreatmentRepository treatments;
    private final PastEvaluations evaluations;

    DemoEvaluations(TreatmentRepository treatments, PastEvaluations evaluations) {
        this.treatments = treatments;
        this.evaluations = evaluations;
    }

    void create(DemoCaseload event) {
        int count = 0;
        for (Map.Entry<String, List<DemoEvaluation>> planned :
                event.evaluationsByReference().entrySet()) {
            if (planned.getValue().isEmpty()) {
                continue;
            }
            Long id = event.treatmentIdsByReference().get(planned.getKey());
            Treatment treatment = treatments
                    .findById(Objects.requireNonNull(id, "created with the plan"))
                    .orElseThrow();
            count += record(planned.getKey(), treatment, planned.getValue());
        }
        log.info("Demo mode: created {} evaluations", count);
    }

    /** Records the evaluations of one treatment, each with the E in force before it (the agreed E, then as decided). */
    private int record(String reference, Treatment treatment, List<DemoEvaluation> planned) {
        Integer expected = treatment.firstAgreedExpectedSessions().orElse(null);
        for (int i = 0; i < planned.size(); i++) {
            DemoEvaluation x = planned.get(i);
            String where = DemoFileReader.RESOURCE + ": " + reference + " evaluations[" + i + "]";
            NewEvaluation input = new NewEvaluation(
                    x.date(),
                    code(EvaluationKind.class, x.kind(), where + ".kind"),
                    x.allianceRating(),
                    x.motivationRating(),
                    x.colleaguePresent(),
                    List.of(),
                    null,
                    x.note(),
                    code(Decision.class, x.decision(), where + ".decision"),
                    x.expectedSessions(),
                    reasons(x.reasons(), where + ".reasons"),
                    x.otherReason(),
                    x.plan(),
                    x.reviewAfterSessions());
            try {
                evaluations.record(
                        Objects.requireNonNull(treatment.getId(), "stored"),
                        input,
                        expected,
                        treatment.getTherapistId());
            } catch (RuntimeException refused) {
                throw new IllegalStateException(where + ": " + refused.getMessage(), refused);
            }
            if (x.expectedSessions() != null) {
                expected = x.expectedSessions();
            }
        }
        return planned.size();
    }

    private static Set<ExtensionReason> reasons(List<String> codes, String where) {
        return codes.stream()
                .map(code -> code(ExtensionReason.class, code, where))
                .collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code, String where) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new IllegalStateException(
                    where + ": '" + code + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()),
                    unknown);
        }
    }
}
