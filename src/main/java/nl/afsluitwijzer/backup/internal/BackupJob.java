package nl.afsluitwijzer.backup.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night a backup of the embedded database and the key files; on PostgreSQL pg_dump does this (README). */
@Component
class BackupJob {

    private static final Logger LOG = LoggerFactory.getLogger(BackupJob.class);

    private final Backups backups;

    BackupJob(Backups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${afsluitwijzer.backup.cron:0 40 1 * * *}")
    @SchedulerLock(name = "backup-nightly", lockAtMostFor = "PT2H")
    void run() {
        if (backups.database() != Backups.Database.EMBEDDED_FILE) {
            return;
        }
        try {
            backups.createNightly();
        } catch (BackupException e) {
            LOG.error("Nightly backup failed: {}", e.getMessage(), e);
        }
    }
}
