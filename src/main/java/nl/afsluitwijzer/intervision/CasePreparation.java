package nl.afsluitwijzer.intervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a therapist prepares for "Complexe casuïstiek" (source 001, Voorbereiding): the original help
 * question and start of the treatment, how long it runs, what was tried towards closing and what makes
 * closing hard. Never a client's name; the title is a short label. Entered by hand for now; once the
 * treatment module exists a preparation can be prefilled from a treatment.
 */
public record CasePreparation(
        String title,
        String helpQuestion,
        @Nullable LocalDate treatmentStartedOn,
        String duration,
        String triedTowardsClosing,
        String closingObstacles) {}
