package nl.afsluitwijzer.treatment;

/** Waarneming: a colleague who may see and record in this treatment. */
public record TreatmentShare(Long therapistId) {}
