package nl.afsluitwijzer.signal.web;

import java.util.List;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.internal.CaseloadEntry;
import nl.afsluitwijzer.signal.internal.SignalView;
import org.jspecify.annotations.Nullable;

/** One line of the caseload: the treatment, today's figures and its signal chips. */
public record CaseloadRow(
        CaseloadEntry entry,
        int attended,
        @Nullable Integer expected,
        @Nullable Integer halfway,
        @Nullable Long weeksRunning,
        @Nullable String therapistName,
        List<SignalView> signals,
        @Nullable Severity mostUrgent,
        @Nullable Integer latestScore,
        @Nullable Classification outcome) {

    static CaseloadRow of(CaseloadEntry entry, List<SignalView> views, @Nullable String therapistName) {
        return new CaseloadRow(
                entry,
                entry.attendedSessions(),
                entry.expectedSessions(),
                entry.halfwaySession(),
                entry.weeksRunning(),
                therapistName,
                views,
                entry.signals().stream()
                        .filter(s -> !s.acknowledged())
                        .map(Signal::severity)
                        .min(Severity.MOST_URGENT_FIRST)
                        .orElse(null),
                entry.latestScore(),
                entry.outcome());
    }

    public boolean overrun() {
        return expected != null && attended > expected;
    }

    public int progressPercent() {
        return expected == null ? 0 : Math.min(100, attended * 100 / expected);
    }

    public int halfwayPercent() {
        return expected == null || halfway == null ? 0 : halfway * 100 / expected;
    }

    /**
     * "better" only for a reliable improvement (or recovery) since the first measurement, "worse" for a reliable
     * deterioration, "same" for a change within the instrument's reliable-change index; null without two.
     */
    public @Nullable String trend() {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case RECOVERED, RELIABLY_IMPROVED -> "better";
            case RELIABLY_DETERIORATED -> "worse";
            case UNCHANGED -> "same";
        };
    }

    /** Whether an open SUICIDE_ITEM asks for a risk assessment: shown first and marked on the caseload. */
    public boolean risk() {
        return signals.stream().anyMatch(s -> s.code() == SignalCode.SUICIDE_ITEM && !s.acknowledged());
    }

    public boolean needsAction() {
        return mostUrgent == Severity.ACTION;
    }

    /** For sorting: an open risk item first, then ACTION, ATTENTION, INFO, none. */
    int urgencyRank() {
        if (risk()) {
            return -1;
        }
        return mostUrgent == null ? 3 : 2 - mostUrgent.ordinal();
    }
}
