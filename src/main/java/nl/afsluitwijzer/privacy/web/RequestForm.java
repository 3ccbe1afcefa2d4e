package nl.afsluitwijzer.privacy.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.privacy.DestructionRequest.RequestedBy;
import nl.afsluitwijzer.privacy.internal.NewDestructionRequest;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a destruction request: when it came in, from whom, and a note. */
record RequestForm(
        @PlausibleDate(Kind.HAPPENED) @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate receivedOn,

        @NotNull @Nullable RequestedBy requestedBy,
        @Size(max = 1000) @Nullable String note) {

    static RequestForm start(LocalDate today) {
        return new RequestForm(today, RequestedBy.CLIENT, null);
    }

    NewDestructionRequest toRequest() {
        return new NewDestructionRequest(
                java.util.Objects.requireNonNull(receivedOn), java.util.Objects.requireNonNull(requestedBy), note);
    }
}
