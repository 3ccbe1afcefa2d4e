package nl.afsluitwijzer.intervision;

import java.time.Instant;

/**
 * Raised when a case discussion is finished. Once case discussions can be linked to a treatment, this
 * event carries the treatment id and the treatment module counts it as the treatment's intervision.
 */
public record CaseDiscussionFinished(Long caseDiscussionId, Long practiceId, Instant finishedAt) {
}
