package nl.afsluitwijzer.evaluation;

/**
 * The clinical support questions for a client who is not on track (NOT_ON_TRACK, docs/signals.md), after the
 * Clinical Support Tools of Lambert and colleagues in OQ-Analyst: first the factors that are known to stand in the
 * way of progress, then whether the diagnosis, the form of treatment or a referral should be reconsidered. In the
 * order the evaluation form asks them.
 */
public enum SupportQuestion {
    WORKING_RELATIONSHIP,
    MOTIVATION,
    SOCIAL_SUPPORT,
    LIFE_EVENTS,
    RECONSIDER_DIAGNOSIS,
    RECONSIDER_TREATMENT_FORM,
    CONSIDER_REFERRAL
}
