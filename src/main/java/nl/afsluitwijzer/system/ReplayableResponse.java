package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The part of an API answer that a retry with the same Idempotency-Key gets again: status, body and the
 * headers that describe the result (not the security or caching headers, which every answer gets anew).
 */
record ReplayableResponse(int status, Map<String, String> headers, byte[] body) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LOCATION, HttpHeaders.ETAG);

    static ReplayableResponse of(ContentCachingResponseWrapper response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = name.equals(HttpHeaders.CONTENT_TYPE) ? response.getContentType() : response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new ReplayableResponse(response.getStatus(), headers, response.getContentAsByteArray());
    }

    /** Header lines "Name: value", one per line; header values cannot hold a line break. */
    String headerLines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach(
                (name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    static ReplayableResponse fromStored(int status, String headerLines, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerLines == null ? new String[0] : headerLines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return new ReplayableResponse(status, headers, body == null ? new byte[0] : body);
    }

    void replayTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
