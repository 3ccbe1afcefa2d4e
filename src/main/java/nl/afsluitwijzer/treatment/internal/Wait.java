package nl.afsluitwijzer.treatment.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.Treeknorm;
import org.jspecify.annotations.Nullable;

/**
 * One waiting step of a referral against its Treeknorm: from a date until the next step was reached, or — while
 * still waiting — until the as-of date. Not started (no from date) means nothing to measure yet.
 *
 * @param normDays the Treeknorm of this step in days
 */
public record Wait(@Nullable LocalDate from, @Nullable LocalDate until, LocalDate asOf, int normDays) {

    /** Registration → intake. */
    public static Wait toIntake(Treatment treatment, LocalDate asOf) {
        return new Wait(treatment.getRegistrationDate(), treatment.getIntakeDate(), asOf, Treeknorm.INTAKE_DAYS);
    }

    /** Intake → start of treatment. */
    public static Wait toStart(Treatment treatment, LocalDate asOf) {
        return new Wait(treatment.getIntakeDate(), treatment.getStartDate(), asOf, Treeknorm.START_DAYS);
    }

    public boolean started() {
        return from != null;
    }

    /** Still waiting: started, the next step not reached. */
    public boolean running() {
        return from != null && until == null;
    }

    /** Days waited so far (or in all, once reached); empty before the step started. */
    public Optional<Long> days() {
        if (from == null) {
            return Optional.empty();
        }
        LocalDate end = until != null ? until : asOf;
        return Optional.of(Math.max(0, ChronoUnit.DAYS.between(from, end)));
    }

    /** Whole weeks waited. */
    public Optional<Long> weeks() {
        return days().map(d -> d / 7);
    }

    /** Over the Treeknorm: a wait of exactly the norm is within, one day more is over. */
    public boolean overNorm() {
        return days().map(d -> d > normDays).orElse(false);
    }
}
