package nl.afsluitwijzer.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The languages the application speaks: Dutch, the default, and English. Whatever language a client asks for (the
 * language switch, its cookie, an Accept-Language header) is read as one of the two, so texts, dates and numbers
 * are always in one of them and whatever is kept per language stays bounded however many languages clients name.
 */
public final class SpokenLanguages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private SpokenLanguages() {}

    /**
     * The language of an answer to a request that asks with an Accept-Language header (the API): Dutch without the
     * header (the servlet's request locale is then the server's own), else the language the header asks for, read as
     * one spoken.
     */
    public static Locale ofAcceptLanguage(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? DUTCH : of(request.getLocale());
    }

    /** English when that is the language asked for (in any region), else Dutch. */
    public static Locale of(@Nullable Locale asked) {
        return asked != null && asked.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }
}
