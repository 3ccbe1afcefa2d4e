package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.evaluation.ExtensionReason;

/** An evaluation that raised E, with its coded reasons. */
public record Extension(LocalDate date, List<ExtensionReason> reasons) {

    public Extension {
        reasons = List.copyOf(reasons);
    }
}
