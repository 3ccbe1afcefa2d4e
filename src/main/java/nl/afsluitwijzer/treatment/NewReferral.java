package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

/** A registration for the waiting list: who, when, with which question, for which therapist. */
public record NewReferral(ClientDetails client, LocalDate registrationDate, String helpQuestion, boolean complex,
        Long therapistId) {
}
