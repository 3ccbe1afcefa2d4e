package nl.afsluitwijzer.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Remembers the last request that met a full disk or an unreachable database, and keeps the readiness
 * probe DOWN for a short while after it: a database that still answers the probe's validity check may
 * refuse every write (an H2 database on a full disk reopens for reading).
 */
@Component("recentOutage")
class OutageMonitor implements HealthIndicator {

    private final Clock clock;
    private final Duration hold;
    private final AtomicReference<Instant> lastSeen = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<DatabaseOutage> lastOutage = new AtomicReference<>();

    OutageMonitor(Clock clock, @Value("${afsluitwijzer.outage.readiness-hold}") Duration hold) {
        this.clock = clock;
        this.hold = hold;
    }

    void seen(DatabaseOutage outage) {
        lastOutage.set(outage);
        lastSeen.set(clock.instant());
    }

    @Override
    public Health health() {
        if (Objects.requireNonNull(lastSeen.get(), "starts at Instant.MIN")
                .isAfter(clock.instant().minus(hold))) {
            return Health.down()
                    .withDetail("outage", String.valueOf(lastOutage.get()))
                    .build();
        }
        return Health.up().build();
    }
}
