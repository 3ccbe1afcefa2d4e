package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a stored answer again. The answer may hold client data, so the replay is logged as a view of the
 * treatment it concerns (taken from the path, or from Location for a new treatment); a replayed refusal as a
 * failed attempt.
 */
@Component
class IdempotentReplays {

    static final String OBJECT_TYPE = "API_REPLAY";

    private static final Pattern TREATMENT = Pattern.compile("/api/v1/treatments/(\\d{1,18})(?:/|$)");

    private final AuditLog audit;

    IdempotentReplays(AuditLog audit) {
        this.audit = audit;
    }

    void replay(ReplayableResponse stored, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long treatment = treatmentIn(request.getRequestURI());
        if (treatment == null) {
            treatment = treatmentIn(stored.headers().getOrDefault(HttpHeaders.LOCATION, ""));
        }
        String path = request.getRequestURI();
        AuditEvent event = AuditEvent.of(
                        AuditAction.VIEW, OBJECT_TYPE, path.length() > 64 ? path.substring(0, 64) : path)
                .forClient(null, treatment);
        // a replayed refusal shows no client data, but is one more refused attempt
        audit.record(stored.status() >= 400 ? event.failed() : event);
        stored.replayTo(response);
    }

    private static @Nullable Long treatmentIn(String text) {
        Matcher matcher = TREATMENT.matcher(text);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }
}
