package nl.afsluitwijzer.intervision.internal;

/** Where a lesson was learned: a workshop session or a case discussion. */
public enum LessonSource {
    WORKSHOP,
    CASE_DISCUSSION
}
