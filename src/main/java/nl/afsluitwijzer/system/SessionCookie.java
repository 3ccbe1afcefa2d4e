package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, decided per request: over TLS it is "__Host-" + name, Secure, Path=/ and without a
 * Domain, so no other host or plain-HTTP page can set or overwrite it; over plain HTTP (development) it
 * keeps its plain name, as a browser would drop a Secure or __Host- cookie there.
 */
class SessionCookie implements CookieSerializer {

    static final String HOST_PREFIX = "__Host-";

    /**
     * What a session id looks like (a UUID); anything else in the cookie — a forged value that decodes to control
     * characters, say — is no session, instead of a query the database refuses (a 500 on PostgreSQL).
     */
    private static final Pattern SESSION_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private final DefaultCookieSerializer plain;
    private final DefaultCookieSerializer hostOnly;
    private final boolean alwaysSecure;

    SessionCookie(String name, boolean alwaysSecure) {
        this.plain = serializer(name, false);
        this.hostOnly = serializer(HOST_PREFIX + name, true);
        this.alwaysSecure = alwaysSecure;
    }

    @Override
    public void writeCookieValue(CookieValue value) {
        serializerFor(value.getRequest()).writeCookieValue(value);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return serializerFor(request).readCookieValues(request).stream()
                .filter(value -> SESSION_ID.matcher(value).matches())
                .toList();
    }

    private DefaultCookieSerializer serializerFor(HttpServletRequest request) {
        return alwaysSecure || request.isSecure() ? hostOnly : plain;
    }

    private static DefaultCookieSerializer serializer(String name, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        return serializer;
    }
}
