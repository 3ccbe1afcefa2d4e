package nl.afsluitwijzer.shared;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The first save of a record that exists at most once (per treatment, client, practice or user). Two people who
 * both saw "none yet" must not both win: the second is refused with the same conflict as a stale version, whether
 * the code sees the other record first or the database's unique constraint refuses the insert.
 */
public final class FirstSave {

    /** The version a form carries when it was based on "no record yet". */
    public static final int NONE = -1;

    private FirstSave() {}

    /** Runs the insert; a unique-constraint refusal anywhere in the cause chain becomes a conflict. */
    public static <T> T orConflict(Supplier<T> insert, String what) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                throw new OptimisticLockingFailureException(what + " was saved first by someone else", e);
            }
            throw e;
        }
    }

    /** A form based on "no record yet" (no version, or {@link #NONE}) while a record now exists is a conflict. */
    public static void requireNone(boolean exists, String what) {
        if (exists) {
            throw new OptimisticLockingFailureException(what + " was saved first by someone else");
        }
    }

    /** Spring Data JDBC wraps the translated exception, so the whole chain is searched. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException
                    || cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
