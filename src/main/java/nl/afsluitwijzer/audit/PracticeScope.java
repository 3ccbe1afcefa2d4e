package nl.afsluitwijzer.audit;

import java.util.Optional;

/**
 * Which practice an access-log entry belongs to and which practice the reader is of. The practice module
 * answers; every read of the log is limited to the reader's practice, so one practice never sees another's
 * entries.
 */
public interface PracticeScope {

    /** The practice of the signed-in user of this request or job, if any. */
    Optional<Long> ofSignedInUser();

    /** The practice of a user name, if it is a user. */
    Optional<Long> ofUser(String username);

    /** The only practice when there is exactly one (then an entry without user or treatment is surely its). */
    Optional<Long> onlyPractice();
}
