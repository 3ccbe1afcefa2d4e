package nl.afsluitwijzer.treatment.api;

import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The treatment version a client says it changes, from an {@code If-Match} header: {@code "7"}, {@code W/"7"}
 * or a plain {@code 7}. No header (or {@code *}) means: whatever the current version is.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {}

    public static @Nullable Integer version(@Nullable String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw DomainException.refused("interop.if-match.invalid", header);
        }
    }

    /** The ETag of a treatment version, to send back as If-Match. */
    public static String etag(Integer version) {
        return "\"" + version + "\"";
    }
}
