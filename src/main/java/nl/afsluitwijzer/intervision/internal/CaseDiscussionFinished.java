package nl.afsluitwijzer.intervision.internal;

import java.time.Instant;
import nl.afsluitwijzer.practice.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Raised when a case discussion is finished; when it is about a treatment (treatmentId not null) it counts
 * as that treatment's intervision discussion.
 */
public record CaseDiscussionFinished(
        Long caseDiscussionId,
        Long practiceId,
        Instant finishedAt,
        @Nullable Long treatmentId,
        CurrentUser by) {}
