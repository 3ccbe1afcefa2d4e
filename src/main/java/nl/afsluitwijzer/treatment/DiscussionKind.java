package nl.afsluitwijzer.treatment;

public enum DiscussionKind {
    INTERVISION,
    TEAM,
    MDO
}
