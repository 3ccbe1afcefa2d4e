package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every response a Permissions-Policy that switches off the browser features we never use; on a request
 * that came over TLS (directly, or through X-Forwarded-Proto when forwarding is on) every cookie we set is
 * Secure, whoever sets it (the language, a workshop participant), without each writer having to know.
 */
class SecureTransportFilter extends OncePerRequestFilter {

    /** Fullscreen for the projector view and clipboard writes for "copy link" are the only features used. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), "
            + "fullscreen=(self), clipboard-write=(self)";

    private final boolean alwaysSecure;

    SecureTransportFilter(boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, request.isSecure() || alwaysSecure ? new SecureCookies(response) : response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Adds the Secure attribute to every cookie on its way out. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            if (value == null
                    || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                    || value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?$")) {
                return value;
            }
            return value + "; Secure";
        }
    }
}
