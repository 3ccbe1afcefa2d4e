package nl.afsluitwijzer.treatment;

public enum GoalStatus {
    ACTIVE,
    REACHED,
    PARTLY_REACHED,
    DROPPED
}
