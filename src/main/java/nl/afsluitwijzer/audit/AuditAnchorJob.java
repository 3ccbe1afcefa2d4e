package nl.afsluitwijzer.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night the chain is verified and, when intact, its head anchored outside the database. */
@Component
class AuditAnchorJob {

    private final AuditChain chain;

    AuditAnchorJob(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(cron = "0 41 1 * * *")
    @SchedulerLock(name = "audit-chain-anchor", lockAtMostFor = "PT1H")
    void anchorNightly() {
        chain.verify();
    }
}
