package nl.afsluitwijzer.treatment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.jspecify.annotations.Nullable;

/**
 * What the templates show of a treatment: its file and the figures computed from it for today. The evaluation point
 * is the session at which the evaluation is due at the latest under the policy in force (halfway, or after N sessions
 * when that comes first).
 */
public record TreatmentView(
        TreatmentFile file,
        int attended,
        @Nullable Integer expected,
        @Nullable Integer halfway,
        @Nullable Integer evaluationPoint,
        @Nullable Long weeksRunning,
        @Nullable String therapistName,
        Set<Phase> nextPhases) {

    static TreatmentView of(TreatmentFile file, LocalDate today, @Nullable String therapistName, Policy policy) {
        Integer expected = file.treatment().expectedSessions().orElse(null);
        return new TreatmentView(
                file,
                file.attendedSessions(today),
                expected,
                file.treatment().halfwaySession().orElse(null),
                expected == null ? null : policy.evaluationPoint(expected),
                file.weeksRunning(today).orElse(null),
                therapistName,
                offeredPhases(file.treatment().getPhase()));
    }

    /** Whether the policy's "after N sessions" comes before halfway, so the evaluation is due before it. */
    public boolean evaluationBeforeHalfway() {
        return evaluationPoint != null && halfway != null && evaluationPoint < halfway;
    }

    /**
     * The phases the page offers directly. Once treatment has started, ending it goes through the closing
     * flow (its checklist and, for a transfer, the warm hand-over) instead of a bare phase change.
     */
    static Set<Phase> offeredPhases(Phase phase) {
        if (phase != Phase.TREATMENT && phase != Phase.CLOSING) {
            return phase.next();
        }
        return phase.next().stream()
                .filter(Phase::isOpen)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Phase.class)));
    }

    /** Whether ending the treatment goes through the closing flow. */
    public boolean closesThroughClosingFlow() {
        Phase phase = file.treatment().getPhase();
        return phase == Phase.TREATMENT || phase == Phase.CLOSING;
    }

    public boolean overrun() {
        return expected != null && attended > expected;
    }

    /** Width of the n / E bar in percent of its track, at most 100. */
    public int progressPercent() {
        return expected == null ? 0 : Math.min(100, attended * 100 / expected);
    }

    public int halfwayPercent() {
        return expected == null || halfway == null ? 0 : halfway * 100 / expected;
    }

    public boolean agreementsMissing() {
        return expected == null || file.goals().isEmpty() || !file.treatment().isClosingDiscussedAtStart();
    }

    public List<TimelineEntry> timeline() {
        return TimelineEntry.of(file);
    }
}
