package nl.afsluitwijzer.treatment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The treatment discussed in intervision, the team or the MDO. */
@RestController
@Tag(name = "Treatments")
class DiscussionApiController {

    private final TreatmentChanges changes;

    DiscussionApiController(TreatmentChanges changes) {
        this.changes = changes;
    }

    record NewDiscussionRequest(
            @PlausibleDate(Kind.HAPPENED) @NotNull LocalDate date,
            @NotNull DiscussionKind kind,
            @Size(max = 2000) @Nullable String note) {}

    @PostMapping("/api/v1/treatments/{id}/discussions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that the treatment was discussed in intervision, the team or the MDO")
    DiscussionView add(
            @PathVariable Long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) @Nullable String ifMatch,
            @Valid @RequestBody NewDiscussionRequest request) {
        return DiscussionView.of(changes.addDiscussion(
                CurrentUser.require(), id, IfMatch.version(ifMatch), request.date(), request.kind(), request.note()));
    }
}
