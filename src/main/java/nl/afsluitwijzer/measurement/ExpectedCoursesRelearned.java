package nl.afsluitwijzer.measurement;

/** The expected courses of a practice were computed again; what was derived from them is out of date. */
public record ExpectedCoursesRelearned(Long practiceId) {}
