package nl.afsluitwijzer.treatment;

/**
 * What identifies the client of a treatment in free text (the display name and the client reference) and the help
 * question as the client put it: for checking that a text meant to be anonymous is, never for showing.
 */
public record ClientIdentity(String displayName, String reference, String helpQuestion) {}
