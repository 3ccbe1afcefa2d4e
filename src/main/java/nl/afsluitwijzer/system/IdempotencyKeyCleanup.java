package nl.afsluitwijzer.system;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, on one node at a time, forgets idempotency keys older than 24 hours: long enough for any retry,
 * and stored answers may hold client data, which should not stay longer than needed.
 */
@Component
class IdempotencyKeyCleanup {

    static final Duration KEPT = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyKeyCleanup(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(cron = "0 41 * * * *")
    @SchedulerLock(name = "system-idempotency-key-cleanup", lockAtMostFor = "PT10M")
    void run() {
        int deleted = keys.deleteCreatedBefore(clock.instant().minus(KEPT));
        if (deleted > 0) {
            LOG.info("Idempotency keys: {} older than {} forgotten", deleted, KEPT);
        }
    }
}
