package nl.afsluitwijzer.evaluation;

public enum EvaluationKind {
    MID,
    INTERIM,
    FINAL,
    MDO
}
