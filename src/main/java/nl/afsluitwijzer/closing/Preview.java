package nl.afsluitwijzer.closing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A letter template tried on the sample: its pages as PNG data URIs, or why it cannot be rendered. */
public record Preview(List<String> pages, @Nullable String errorKey, @Nullable String errorDetail) {

    public boolean failed() {
        return errorKey != null;
    }
}
