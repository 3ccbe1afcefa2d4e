package nl.afsluitwijzer.closing;

/** The client's answer to "Wil je nog een volgende afspraak?" (003 §2). */
public enum NextAppointment {
    YES,
    NOT_NOW,
    WILL_CONTACT
}
