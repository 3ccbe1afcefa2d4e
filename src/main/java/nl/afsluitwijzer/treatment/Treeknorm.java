package nl.afsluitwijzer.treatment;

/**
 * The Treeknorm for mental-health care waiting times: at most 4 weeks from registration to intake and at most
 * 10 weeks from intake to the start of treatment. A wait of exactly the norm is within it; one day more is over.
 */
public final class Treeknorm {

    /** At most 4 weeks from registration to intake. */
    public static final int INTAKE_DAYS = 28;
    /** At most 10 weeks from intake to the start of treatment. */
    public static final int START_DAYS = 70;

    private Treeknorm() {}

    public static boolean intakeWithin(long days) {
        return days <= INTAKE_DAYS;
    }

    public static boolean startWithin(long days) {
        return days <= START_DAYS;
    }
}
