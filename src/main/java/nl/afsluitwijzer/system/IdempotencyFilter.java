package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.practice.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries of API writes with an Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header).
 * Runs after the security chain, so the user is known and keys are per user.
 * <p>
 * The key is first claimed with a committed row (the primary key decides races between nodes at once). The
 * request then runs inside one transaction that the filter starts: the services' {@code @Transactional}
 * (propagation REQUIRED) and the audit log join it, and the answer is stored in that same transaction just
 * before it commits, while the answer is still held back from the client. So either the write and its stored
 * answer both commit, and every retry replays the answer, or neither does and the retry runs anew (a claim
 * left behind by a dead node is taken over after a while; the old attempt can then no longer commit).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String TOKEN_ISSUING = "/api/v1/tokens";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private enum Outcome {
        STORED,
        STORE_AFTER_ROLLBACK,
        RELEASE,
        TAKEN_OVER
    }

    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final ApiProblems problems;
    private final IdempotentReplays replays;

    IdempotencyFilter(
            IdempotencyKeys keys,
            PlatformTransactionManager transactions,
            ApiProblems problems,
            IdempotentReplays replays) {
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
        this.problems = problems;
        this.replays = replays;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the token endpoint answers with a secret, which must not be kept in the database
        return !WRITES.contains(request.getMethod())
                || request.getHeader(HEADER) == null
                || request.getRequestURI().equals(request.getContextPath() + TOKEN_ISSUING);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = CurrentUser.current();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> key = IdempotentRequest.key(request.getHeader(HEADER));
        if (key.isEmpty()) {
            problems.write(response, request, HttpStatus.BAD_REQUEST, "api.error.idempotency-key-invalid");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        long userId = user.get().id();
        IdempotencyKeys.Claim claim = keys.claim(userId, key.get(), IdempotentRequest.hash(request, body));
        switch (claim.outcome()) {
            case OTHER_REQUEST ->
                problems.write(response, request, HttpStatus.UNPROCESSABLE_CONTENT, "api.error.idempotency-key-reused");
            case IN_PROGRESS ->
                problems.write(response, request, HttpStatus.CONFLICT, "api.error.idempotency-key-in-progress");
            case REPLAY ->
                replays.replay(Objects.requireNonNull(claim.stored(), "a replay has its response"), request, response);
            case RUN ->
                run(
                        new ApiBodyLimit.ReadBody(request, body),
                        response,
                        chain,
                        new Attempt(userId, key.get(), Objects.requireNonNull(claim.owner(), "a run has its owner")));
        }
    }

    private record Attempt(long userId, String key, String owner) {}

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Attempt attempt)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transaction.execute(status -> runAndStore(request, response, held, chain, attempt, status));
        } catch (ChainFailure failure) {
            release(attempt);
            failure.rethrow();
            return;
        } catch (RuntimeException e) {
            release(attempt);
            throw e;
        }
        finish(outcome, request, response, held, attempt);
    }

    private Outcome runAndStore(
            HttpServletRequest request,
            HttpServletResponse response,
            ContentCachingResponseWrapper held,
            FilterChain chain,
            Attempt attempt,
            TransactionStatus status) {
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
        if (held.getStatus() >= 500 || response.isCommitted()) {
            status.setRollbackOnly();
            return Outcome.RELEASE;
        }
        if (status.isRollbackOnly()) {
            status.setRollbackOnly(); // a service failed and its work rolls back; marked here so commit is quiet
            return Outcome.STORE_AFTER_ROLLBACK;
        }
        if (!keys.complete(attempt.userId(), attempt.key(), attempt.owner(), ReplayableResponse.of(held))) {
            status.setRollbackOnly();
            return Outcome.TAKEN_OVER;
        }
        return Outcome.STORED;
    }

    private void finish(
            Outcome outcome,
            HttpServletRequest request,
            HttpServletResponse response,
            ContentCachingResponseWrapper held,
            Attempt attempt)
            throws IOException {
        switch (outcome) {
            case STORED -> held.copyBodyToResponse();
            case RELEASE -> {
                release(attempt);
                held.copyBodyToResponse();
            }
            case STORE_AFTER_ROLLBACK -> {
                if (held.getStatus() >= 400) {
                    storeRefusal(held, attempt);
                    held.copyBodyToResponse();
                } else {
                    release(attempt);
                    answerInstead(
                            response, request, HttpStatus.INTERNAL_SERVER_ERROR, "api.error.idempotency-rolled-back");
                }
            }
            case TAKEN_OVER ->
                answerInstead(response, request, HttpStatus.CONFLICT, "api.error.idempotency-key-in-progress");
        }
    }

    /** Replaces the held answer: the work it describes rolled back, so the client must not see it. */
    private void answerInstead(
            HttpServletResponse response, HttpServletRequest request, HttpStatus status, String messageKey)
            throws IOException {
        response.reset();
        problems.write(response, request, status, messageKey);
    }

    /** A refusal wrote nothing, so its answer may be kept outside the rolled-back transaction. */
    private void storeRefusal(ContentCachingResponseWrapper held, Attempt attempt) {
        try {
            keys.complete(attempt.userId(), attempt.key(), attempt.owner(), ReplayableResponse.of(held));
        } catch (RuntimeException e) {
            LOG.warn("Could not store a refused request's answer for its idempotency key: {}", e.toString());
        }
    }

    private void release(Attempt attempt) {
        try {
            keys.release(attempt.userId(), attempt.key(), attempt.owner());
        } catch (RuntimeException e) {
            // the claim then counts as abandoned after a while and a retry takes it over
            LOG.warn("Could not release idempotency key after a failed request: {}", e.toString());
        }
    }

    /** Carries a checked exception of the filter chain out of the transaction callback, rolling it back. */
    private static final class ChainFailure extends RuntimeException {

        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
