package nl.afsluitwijzer.treatment.web;

import java.time.LocalDate;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.internal.Wait;
import org.jspecify.annotations.Nullable;

/**
 * One line of the waiting list: the referral, its position while it waits for an intake (null after), and both
 * waits against the Treeknorm as of today.
 */
public record WaitingRow(
        TreatmentFile file,
        @Nullable Integer position,
        Wait toIntake,
        Wait toStart,
        @Nullable String therapistName) {

    static WaitingRow of(
            TreatmentFile file, @Nullable Integer position, LocalDate today, @Nullable String therapistName) {
        return new WaitingRow(
                file,
                position,
                Wait.toIntake(file.treatment(), today),
                Wait.toStart(file.treatment(), today),
                therapistName);
    }

    public boolean overNorm() {
        return toIntake.overNorm() || toStart.overNorm();
    }
}
