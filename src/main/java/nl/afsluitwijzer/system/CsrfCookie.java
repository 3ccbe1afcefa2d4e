package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The CSRF token of the web pages lives in its own cookie instead of the session, so an anonymous visit to
 * the sign-in page stores no session (a flood of visits cannot fill the session table). The form sends the
 * token as a field and Spring compares it with the cookie. Like the session cookie it is decided per request:
 * over TLS "__Host-" + name, Secure, Path=/ (no neighbouring host can plant one); over plain HTTP its plain name.
 */
final class CsrfCookie implements CsrfTokenRepository {

    static final String NAME = "AFSLUITWIJZER_CSRF";

    private final CookieCsrfTokenRepository plain = repository(NAME, false);
    private final CookieCsrfTokenRepository hostOnly = repository(SessionCookie.HOST_PREFIX + NAME, true);
    private final boolean alwaysSecure;

    CsrfCookie(boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return repositoryFor(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        repositoryFor(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return repositoryFor(request).loadToken(request);
    }

    private CookieCsrfTokenRepository repositoryFor(HttpServletRequest request) {
        return alwaysSecure || request.isSecure() ? hostOnly : plain;
    }

    private static CookieCsrfTokenRepository repository(String name, boolean secure) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(name);
        repository.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).secure(secure).sameSite("Lax").path("/"));
        return repository;
    }
}
