package nl.afsluitwijzer.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.afsluitwijzer.privacy.internal.RetentionReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, on one node at a time, the retention review flags records past their term. */
@Component
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionReview review;

    RetentionJob(RetentionReview review) {
        this.review = review;
    }

    @Scheduled(cron = "0 17 2 * * *")
    @SchedulerLock(name = "privacy-retention-review", lockAtMostFor = "PT30M")
    void run() {
        LOG.info("Retention review: {} client records past their term", review.run());
    }
}
