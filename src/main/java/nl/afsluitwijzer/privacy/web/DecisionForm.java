package nl.afsluitwijzer.privacy.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The manager's decision on a request: the reason of a refusal, or the typed client reference to destroy. */
record DecisionForm(
        @Nullable Integer version,
        @Size(max = 2000) @Nullable String reason,
        @Size(max = 100) @Nullable String confirmation) {

    String reasonText() {
        return reason == null ? "" : reason.strip();
    }

    String confirmationText() {
        return confirmation == null ? "" : confirmation.strip();
    }
}
