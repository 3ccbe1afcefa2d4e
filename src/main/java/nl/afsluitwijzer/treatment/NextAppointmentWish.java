package nl.afsluitwijzer.treatment;

/** The answer to "Wil je nog een volgende afspraak?": yes, no, or not sure yet. */
public enum NextAppointmentWish {
    YES,
    NO,
    UNSURE
}
