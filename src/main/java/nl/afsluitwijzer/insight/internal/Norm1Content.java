package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.intervision.ImprovementAction;
import nl.afsluitwijzer.practice.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Everything a Norm 1 report shows, gathered once: the practice, the period, the day it is made, the policy in
 * force on the last day of the period, the practice's own account (null: not written yet), the indicators, the
 * trend per quarter and the improvement actions recorded in intervision in the period.
 */
public record Norm1Content(
        String practiceName,
        Period period,
        LocalDate generatedOn,
        Policy policy,
        @Nullable String narrative,
        IndicatorReport report,
        List<QuarterTrend> quarters,
        List<ImprovementAction> improvementActions) {

    public Norm1Content {
        quarters = List.copyOf(quarters);
        improvementActions = List.copyOf(improvementActions);
    }
}
