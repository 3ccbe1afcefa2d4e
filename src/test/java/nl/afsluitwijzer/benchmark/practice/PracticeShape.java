package nl.afsluitwijzer.benchmark.practice;

/**
 * How the generated practice is made up: N treatments, of which a waiting list of referrals (at most a tenth),
 * a tenth in treatment or closing (four in five in treatment), the rest ended over the years a practice of this
 * many therapists needs for them (about 40 ended treatments per therapist a year; at least 14 months, so a year
 * of figures is full).
 */
record PracticeShape(int treatments, int waiting, int inTreatment, int inClosing, int therapists, int historyDays) {

    private static final int ENDED_PER_THERAPIST_YEAR = 40;

    static PracticeShape of(int treatments, int waitingWanted, int therapists) {
        int waiting = Math.min(waitingWanted, treatments / 10);
        int open = treatments / 10;
        int inClosing = open / 5;
        int ended = treatments - waiting - open;
        int days = Math.max(425, (int) ((long) ended * 365 / ((long) therapists * ENDED_PER_THERAPIST_YEAR)));
        return new PracticeShape(treatments, waiting, open - inClosing, inClosing, therapists, days);
    }

    /** Where treatment number (1-based) is today: the waiting list first, then the open ones, then the ended. */
    TreatmentHistories.Course courseOf(int number) {
        if (number <= waiting) {
            return TreatmentHistories.Course.WAITING;
        }
        if (number <= waiting + inTreatment) {
            return TreatmentHistories.Course.IN_TREATMENT;
        }
        if (number <= waiting + inTreatment + inClosing) {
            return TreatmentHistories.Course.IN_CLOSING;
        }
        return TreatmentHistories.Course.ENDED;
    }

    int ended() {
        return treatments - waiting - inTreatment - inClosing;
    }

    @Override
    public String toString() {
        return String.format(
                "%,d treatments (%,d waiting, %,d in treatment, %,d in closing, %,d ended over %.1f years),"
                        + " %d therapists and 1 manager",
                treatments, waiting, inTreatment, inClosing, ended(), historyDays / 365.0, therapists);
    }
}
