package nl.afsluitwijzer.system;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The CSRF token of the web pages lives in its own cookie instead of the session, so an anonymous visit to
 * the sign-in page stores no session (a flood of visits cannot fill the session table). The form sends the
 * token as a field and Spring compares it with the cookie; the cookie is HttpOnly, SameSite=Lax and, behind
 * TLS, Secure with the __Host- prefix, so a neighbouring site cannot plant one.
 */
final class CsrfCookie {

    static final String NAME = "AFSLUITWIJZER_CSRF";

    private CsrfCookie() {
    }

    static CookieCsrfTokenRepository repository(boolean secure) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(secure ? "__Host-" + NAME : NAME);
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(secure).sameSite("Lax").path("/"));
        return repository;
    }
}
