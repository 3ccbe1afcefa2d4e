package nl.afsluitwijzer.practice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.afsluitwijzer.practice.ApiTokens;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/tokens with HTTP Basic credentials issues a personal token (docs/api.md); users
 * with a second factor also send X-TOTP (checked by the filter chain before this controller).
 */
@RestController
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {}

    record TokenResponse(Long id, String name, String token, Instant expiresAt) {}

    @Operation(
            summary = "Issue a personal API token with HTTP Basic credentials; with two-factor sign-in also "
                    + "send X-TOTP (401 without it)")
    @Parameter(
            in = ParameterIn.HEADER,
            name = "X-TOTP",
            required = false,
            description = "The current 6-digit code of the authenticator app; required for users with 2FA, "
                    + "each code works once")
    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(@Valid @RequestBody(required = false) TokenRequest request) {
        String name = request == null ? "api" : request.name().trim();
        ApiTokens.IssuedToken issued = tokens.issue(CurrentUser.require().id(), name);
        return new TokenResponse(issued.id(), issued.name(), issued.secret(), issued.expiresAt());
    }
}
