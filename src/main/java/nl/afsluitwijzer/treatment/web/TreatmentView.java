package nl.afsluitwijzer.treatment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;

/** What the templates show of a treatment: its file and the figures computed from it for today. */
record TreatmentView(TreatmentFile file, int attended, Integer expected, Integer halfway, Long weeksRunning,
        String therapistName, Set<Phase> nextPhases) {

    static TreatmentView of(TreatmentFile file, LocalDate today, String therapistName) {
        return new TreatmentView(file, file.attendedSessions(today),
                file.treatment().expectedSessions().orElse(null), file.treatment().halfwaySession().orElse(null),
                file.weeksRunning(today).orElse(null), therapistName, offeredPhases(file.treatment().getPhase()));
    }

    /**
     * The phases the page offers directly. Once treatment has started, ending it goes through the closing
     * flow (its checklist and, for a transfer, the warm hand-over) instead of a bare phase change.
     */
    static Set<Phase> offeredPhases(Phase phase) {
        if (phase != Phase.TREATMENT && phase != Phase.CLOSING) {
            return phase.next();
        }
        return phase.next().stream().filter(Phase::isOpen)
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
