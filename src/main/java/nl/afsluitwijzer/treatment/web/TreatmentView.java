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
                file.weeksRunning(today).orElse(null), therapistName, file.treatment().getPhase().next());
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
