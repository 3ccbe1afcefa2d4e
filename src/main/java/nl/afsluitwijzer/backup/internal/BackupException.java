package nl.afsluitwijzer.backup.internal;

/** A backup could not be made, read or restored; the message is meant for the operator. */
public class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
