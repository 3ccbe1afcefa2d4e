package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The participant's identity: a random id in a cookie that only the pages of one session see (its path
 * is /w/{code}), HttpOnly and SameSite=Lax, so a reload keeps the participant who they were.
 */
@Component
class ParticipantCookie {

    static final String NAME = "AFSLUITWIJZER_DEELNEMER";
    private static final long MAX_AGE_SECONDS = 12 * 60 * 60;

    private final boolean secure;

    ParticipantCookie(@Value("${afsluitwijzer.secure-cookies}") boolean secure) {
        this.secure = secure;
    }

    void write(HttpServletRequest request, HttpServletResponse response, JoinCode code, String token) {
        ResponseCookie cookie = ResponseCookie.from(NAME, token)
                .path(request.getContextPath() + "/w/" + code.value())
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(MAX_AGE_SECONDS)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
