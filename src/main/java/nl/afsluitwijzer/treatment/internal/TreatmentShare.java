package nl.afsluitwijzer.treatment.internal;

/** Waarneming: a colleague who may see and record in this treatment. */
public record TreatmentShare(Long therapistId) {}
