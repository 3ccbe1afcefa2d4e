package nl.afsluitwijzer.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo evaluation as planned in {@code demo/treatments.json}, dated on one of its treatment's sessions. The
 * evaluation module records it (its kind, decision and reasons are the names of that module's codes); one that sets
 * {@code expectedSessions} is the only way the demo changes E after the agreements, as in the application.
 *
 * @param expectedSessions the new E it decides, or null when it leaves E as it is
 * @param reasons the coded extension reasons, required when it raises E
 */
record DemoEvaluation(
        LocalDate date,
        String kind,
        String decision,
        Integer expectedSessions,
        List<String> reasons,
        String otherReason,
        Integer allianceRating,
        Integer motivationRating,
        boolean colleaguePresent,
        String note,
        String plan,
        Integer reviewAfterSessions) {

    DemoEvaluation {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The same evaluation some days later (a demo made on another day). */
    DemoEvaluation shifted(int days) {
        return new DemoEvaluation(
                date.plusDays(days),
                kind,
                decision,
                expectedSessions,
                reasons,
                otherReason,
                allianceRating,
                motivationRating,
                colleaguePresent,
                note,
                plan,
                reviewAfterSessions);
    }
}
