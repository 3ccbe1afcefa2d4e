package nl.afsluitwijzer.treatment;

import java.util.List;
import java.util.Locale;

/**
 * The questionnaires a treatment can take as its primary instrument. The measurement module provides them as a
 * bean, so that this module names instruments without depending on it (which depends on this one).
 */
public interface InstrumentChoices {

    /** Every instrument, ordered by code, named in the reader's language. */
    List<Choice> all(Locale locale);

    /** Whether an instrument with this code exists. */
    boolean isKnown(String code);

    record Choice(String code, String name) {}
}
