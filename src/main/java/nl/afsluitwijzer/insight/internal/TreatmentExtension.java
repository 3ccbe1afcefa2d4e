package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;

/** An extension of a treatment, with its therapist: what the extension figures count, read apart from the facts. */
public record TreatmentExtension(long treatmentId, long therapistId, Extension extension) {

    public LocalDate date() {
        return extension.date();
    }
}
