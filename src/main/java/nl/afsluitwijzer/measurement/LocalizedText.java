package nl.afsluitwijzer.measurement;

import java.util.Locale;
import java.util.Objects;

/** A text of an instrument definition in Dutch (the default) and English. */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if (nl.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a localized text needs both a Dutch and an English text");
        }
    }

    /** The English text for an English locale, the Dutch text for any other. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : nl;
    }
}
