package nl.afsluitwijzer.system;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Idempotency-Key on API writes: the filter right after the security chain, and its place in the OpenAPI. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyKeys keys,
            PlatformTransactionManager transactions,
            ApiProblems problems,
            IdempotentReplays replays) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, transactions, problems, replays));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    OpenApiCustomizer idempotencyKeyInOpenApi() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.equals(IdempotencyFilter.TOKEN_ISSUING)) {
                item.readOperationsMap().forEach((method, operation) -> {
                    if (WRITES.contains(method)) {
                        document(operation);
                    }
                });
            }
        });
    }

    private static void document(Operation operation) {
        operation.addParametersItem(new HeaderParameter()
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .description("Makes a retry safe: the same key with the same request answers the first answer "
                        + "again (with Idempotent-Replayed: true) instead of writing twice. 1-255 printable "
                        + "ASCII characters, per user, kept at least 24 hours.")
                .schema(new StringSchema().minLength(1).maxLength(IdempotentRequest.MAX_KEY_LENGTH)));
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().putIfAbsent("409", problem("Conflict"));
        String conflict = operation.getResponses().get("409").getDescription();
        if (conflict == null || !conflict.contains(IdempotencyFilter.HEADER)) {
            operation
                    .getResponses()
                    .get("409")
                    .description((conflict == null ? "Conflict" : conflict)
                            + "; or a request with the same Idempotency-Key is still being processed");
        }
        operation
                .getResponses()
                .putIfAbsent(
                        "422",
                        problem("The Idempotency-Key was used before for another "
                                + "request (other method, path or body)"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new ObjectSchema())));
    }
}
