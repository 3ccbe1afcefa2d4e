package nl.afsluitwijzer.treatment;

import org.jspecify.annotations.Nullable;

/**
 * What an import will do with one session of an agenda export: add it, skip it because the treatment already has a
 * session of that kind on that date (so a second upload of the same export adds nothing), or refuse it with a
 * message key and its arguments (the reference has no open treatment of the user, or a session rule refuses the
 * date).
 */
public record SessionImportCheck(
        ImportedSession session,
        Outcome outcome,
        @Nullable Long treatmentId,
        @Nullable String messageKey,
        Object[] arguments) {

    /** What happens to the session on confirming. */
    public enum Outcome {
        ADD,
        ALREADY_RECORDED,
        REFUSED
    }

    public SessionImportCheck {
        arguments = arguments.clone();
    }

    static SessionImportCheck add(ImportedSession session, Long treatmentId) {
        return new SessionImportCheck(session, Outcome.ADD, treatmentId, null, new Object[0]);
    }

    static SessionImportCheck alreadyRecorded(ImportedSession session, Long treatmentId) {
        return new SessionImportCheck(session, Outcome.ALREADY_RECORDED, treatmentId, null, new Object[0]);
    }

    static SessionImportCheck refused(ImportedSession session, String messageKey, Object... arguments) {
        return new SessionImportCheck(session, Outcome.REFUSED, null, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
