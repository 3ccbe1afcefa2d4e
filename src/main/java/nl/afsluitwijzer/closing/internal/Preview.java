package nl.afsluitwijzer.closing.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A letter template tried on the sample: its pages as PNG data URIs and its body as text (XHTML made by the letter
 * renderer: every text escaped, only its own few elements), or why it cannot be rendered; and the {{…}} that are no
 * known placeholder, which the letter shows as text.
 */
public record Preview(
        List<String> pages,
        String body,
        @Nullable String errorKey,
        @Nullable String errorDetail,
        List<String> unknown) {

    public boolean failed() {
        return errorKey != null;
    }
}
