package nl.afsluitwijzer.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.audit.internal.AuditPage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Contract;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the access log. Who and from where are taken from the current request, on whose
 * behalf from {@link ResponsibleUsers}; every entry is hash-chained by {@link AuditChain}. The log has
 * no operation that changes or deletes an entry. Every entry belongs to a practice (of the treatment, else of
 * the user, else the only one), and every read is limited to the reader's practice.
 */
@Service
public class AuditLog {

    private final AuditReader reader;
    private final AuditChain chain;
    private final ObjectProvider<ResponsibleUsers> responsibleUsers;
    private final ObjectProvider<PracticeScope> scope;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AuditLog(
            AuditReader reader,
            AuditChain chain,
            ObjectProvider<ResponsibleUsers> responsibleUsers,
            ObjectProvider<PracticeScope> scope,
            PlatformTransactionManager transactions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.reader = reader;
        this.chain = chain;
        this.responsibleUsers = responsibleUsers;
        this.scope = scope;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Logs an event of the signed-in user; joins the caller's transaction so the action fails with it. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth == null ? "anonymous" : auth.getName();
        recordAs(username, roleOf(auth), event);
    }

    /** Logs an event for a named user who is not (yet) signed in, such as a failed sign-in. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String username, @Nullable String role, AuditEvent event) {
        ChainedEntry entry = entry(username, role, event);
        chain.append(entry);
        if (AuditedChange.isChange(event)) {
            events.publishEvent(new AuditedChange(entry.practiceId(), event.treatmentId(), event.objectType()));
        }
    }

    /**
     * Logs a refused action in its own transaction, so the entry stays even though the refusal rolls back
     * the caller's work. If the caller's transaction already appended (and so holds the chain's lock), the
     * entry is written right after that transaction ends.
     */
    public void recordRefusal(AuditEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ChainedEntry entry = entry(auth == null ? "anonymous" : auth.getName(), roleOf(auth), event.failed());
        if (!AuditChain.headLockedByThisTransaction()) {
            separately.executeWithoutResult(status -> chain.append(entry));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                separately.executeWithoutResult(s -> chain.append(entry));
            }
        });
    }

    /** The entries of the reader's practice that match (see {@link #readerPractice()}). */
    public List<AuditEntry> find(AuditQuery query) {
        return reader.find(query, readerPractice(), AuditQuery.MAX_ROWS);
    }

    /**
     * A page of the entries of the reader's practice that match, newest first, with their number counted up to
     * {@link AuditPage#COUNTED_UP_TO} (the log only grows: beyond that the count says "more than").
     */
    public AuditPage findPage(AuditQuery query, int page, int size) {
        AuditReader.Scope practice = readerPractice();
        List<AuditEntry> entries = reader.find(query, practice, size, (long) (page - 1) * size);
        return new AuditPage(entries, reader.count(query, practice, AuditPage.COUNTED_UP_TO + 1), page, size);
    }

    /**
     * Whose entries may be read: the signed-in user's practice. In a web request without a user of a practice
     * nothing; outside any request (a job, a test) every practice.
     */
    AuditReader.Scope readerPractice() {
        Optional<Long> practice = scope.getObject().ofSignedInUser();
        if (practice.isPresent()) {
            return AuditReader.Scope.of(practice.get());
        }
        return RequestContextHolder.getRequestAttributes() == null
                ? AuditReader.Scope.EVERY_PRACTICE
                : AuditReader.Scope.NONE;
    }

    /** The chain check as the reader may see it: where another practice's entry broke, only its position. */
    public AuditVerification verifyChain() {
        return chain.verifyFor(scope.getObject().ofSignedInUser().orElse(null));
    }

    private ChainedEntry entry(String username, @Nullable String role, AuditEvent event) {
        String onBehalfOf = event.onBehalfOf();
        if (onBehalfOf == null && event.treatmentId() != null) {
            ResponsibleUsers responsible = responsibleUsers.getIfAvailable();
            onBehalfOf = responsible == null
                    ? null
                    : responsible
                            .forTreatment(event.treatmentId())
                            .filter(u -> !Objects.equals(u, username))
                            .orElse(null);
        }
        return new ChainedEntry(
                AuditChain.storedTime(clock.instant()),
                truncate(username, 100),
                role,
                event.action().name(),
                event.objectType(),
                truncate(event.objectId(), 64),
                event.clientReference(),
                event.treatmentId(),
                truncate(onBehalfOf, 100),
                remoteAddress(),
                event.outcome().name(),
                practiceOf(username, event));
    }

    /** The treatment's practice, else the acting user's, else the only practice there is. */
    private @Nullable Long practiceOf(String username, AuditEvent event) {
        PracticeScope practices = scope.getObject();
        Optional<Long> practice = Optional.empty();
        if (event.treatmentId() != null) {
            ResponsibleUsers responsible = responsibleUsers.getIfAvailable();
            practice = responsible == null ? Optional.empty() : responsible.practiceOf(event.treatmentId());
        }
        return practice.or(() -> practices.ofUser(username))
                .or(practices::onlyPractice)
                .orElse(null);
    }

    private static @Nullable String roleOf(@Nullable Authentication auth) {
        if (auth == null) {
            return null;
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    @Contract("null, _ -> null; !null, _ -> !null")
    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
