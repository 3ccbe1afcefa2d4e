package nl.afsluitwijzer.evaluation;

/** The levels of the systemic analysis (Complexe casuïstiek): patiënt, medewerker, organisatie. */
public enum ReasonLevel {
    PATIENT,
    THERAPIST,
    ORGANISATION,
    OTHER
}
