package nl.afsluitwijzer.treatment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Goals of a treatment and their status (docs/api.md). */
@RestController
@RequestMapping("/api/v1/treatments/{id}/goals")
@Tag(name = "Treatments")
class GoalApiController {

    private final TreatmentChanges changes;
    private final Clock clock;

    GoalApiController(TreatmentChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    record NewGoalRequest(
            @NotBlank @Size(max = 1000) String description,
            @Size(max = 1000) @Nullable String criterion,
            @PlausibleDate @NotNull LocalDate date) {}

    record GoalStatusRequest(@NotNull GoalStatus status) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a goal: a concrete, behavioural description with its success criterion")
    GoalView add(
            @PathVariable Long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) @Nullable String ifMatch,
            @Valid @RequestBody NewGoalRequest request) {
        return GoalView.of(changes.addGoal(
                CurrentUser.require(),
                id,
                IfMatch.version(ifMatch),
                request.description(),
                request.criterion(),
                request.date()));
    }

    @PutMapping("/{goalId}/status")
    @Operation(summary = "Change the status of a goal as of today")
    GoalView changeStatus(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @RequestHeader(name = IfMatch.HEADER, required = false) @Nullable String ifMatch,
            @Valid @RequestBody GoalStatusRequest request) {
        return GoalView.of(changes.changeGoalStatus(
                CurrentUser.require(), id, IfMatch.version(ifMatch), goalId, request.status(), LocalDate.now(clock)));
    }
}
