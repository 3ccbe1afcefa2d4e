package nl.afsluitwijzer.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.Afsluitwijzer;
import nl.afsluitwijzer.audit.AuditChain;
import nl.afsluitwijzer.backup.RestoreCommand;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.TwoFactorUsers;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The round trip an operator makes: a running application with a treatment, its sessions, a user with two-step
 * verification and an audit chain is backed up (on H2 from Beheer → Back-ups, on PostgreSQL with pg_dump), then
 * changed and its two-factor key lost; after the restore the treatment, the chain and the TOTP sign-in are back.
 * Each pass tests its own database: H2 by default, PostgreSQL with -Ppostgres (a schema of its own).
 */
class BackupRoundTripTest {

    @TempDir
    Path dataDir;

    record Before(TestUser user, Long treatmentId, String reference, Long laterTreatmentId, long auditEntries) {}

    @Test
    void aTreatmentItsSessionsTheAuditChainAndATotpSignInSurviveBackupAndRestore() throws Exception {
        PostgresTools postgres = RunningApplication.POSTGRES ? new PostgresTools(dataDir) : null;
        if (postgres != null) {
            postgres.dropSchemas();
        }
        Before before;
        Path backup;
        Map<String, Long> countsAtBackup = null;
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            before = fill(app);
            if (postgres == null) {
                backup = backupFromTheAdminPage(app);
                assertThat(restore("--restore=" + backup))
                        .as("refused while running")
                        .contains("RESTORE FAILED", "is in use", "Stop it first", "exit 1");
                assertThat(Files.exists(dataDir.resolve("afsluitwijzer.mv.db"))).isTrue();
            } else {
                backup = null;
            }
            before = changeAfterBackup(app, before);
            if (postgres != null) {
                app.close();
                countsAtBackup = postgres.counts();
                postgres.dumpWithKeys();
                before = changeAfterBackupOffline(before);
            }
        }
        Files.delete(dataDir.resolve("two-factor.key"));

        String report;
        if (postgres == null) {
            report = restore("--restore=" + backup);
            assertThat(report)
                    .contains(
                            "checksums OK",
                            "Kept the previous afsluitwijzer.mv.db",
                            "Key file restored",
                            "all as in the manifest",
                            "RESTORE COMPLETE");
            assertThat(Files.list(dataDir).map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("afsluitwijzer.mv.db.before-restore-"));
        } else {
            postgres.restoreWithKeys();
            assertThat(postgres.counts()).isEqualTo(countsAtBackup);
            report = restore("--verify-only");
            assertThat(report).contains("VERIFICATION COMPLETE");
        }
        assertThat(report).contains("Audit chain intact", "exit 0");

        try (RunningApplication app = RunningApplication.start(dataDir)) {
            checkRestored(app, before);
        } finally {
            if (postgres != null) {
                postgres.dropSchemas();
            }
        }
    }

    private Before fill(RunningApplication app) {
        TwoFactorUsers users = new TwoFactorUsers(
                app.bean(UserAdministration.class), app.bean(SecondFactors.class), app.bean(Clock.class));
        Long practice = app.bean(PracticeRepository.class).findAll().get(0).getId();
        TestUser therapist = users.withSecondFactor(practice, Role.THERAPIST);
        TestTreatments treatments = app.bean(TestTreatments.class);
        Treatment treatment = treatments.startedBy(therapist.username());
        treatments.as(therapist.username(), () -> {
            for (int week = 1; week <= 3; week++) {
                app.bean(TreatmentChanges.class)
                        .addSession(
                                CurrentUser.require(),
                                treatment.getId(),
                                LocalDate.of(2026, 1, 5 + 7 * week),
                                SessionKind.TREATMENT,
                                true);
            }
        });
        return new Before(therapist, treatment.getId(), treatments.referenceOf(treatment), null, 0);
    }

    private Before changeAfterBackup(RunningApplication app, Before before) {
        Treatment later = app.bean(TestTreatments.class).startedBy(before.user().username());
        long entries = app.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM audit_entry")
                .query(Long.class)
                .single();
        return new Before(before.user(), before.treatmentId(), before.reference(), later.getId(), entries);
    }

    /** On PostgreSQL the dump is taken with the application stopped, so the later treatment follows it. */
    private Before changeAfterBackupOffline(Before before) {
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            return changeAfterBackup(app, before);
        }
    }

    /** The administrator clicks "Nu een back-up maken" in a real browser and sees it listed. */
    private Path backupFromTheAdminPage(RunningApplication app) {
        String name;
        try (BrowserContext context = Browser.context(1280, 800)) {
            Page page = context.newPage();
            Browser.signIn(page, "http://localhost:" + app.port(), "beheer");
            page.locator("nav.mainnav a", new Page.LocatorOptions().setHasText("Back-ups"))
                    .click();
            assertThat(page.locator("#backups").count()).as("no backups yet").isZero();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu een back-up maken"))
                    .click();
            page.locator("#backup-made").waitFor();
            assertThat(page.locator("#backup-made").textContent()).contains("Back-up gemaakt: afsluitwijzer-backup-");
            assertThat(page.locator("#backups tbody tr").count()).isEqualTo(1);
            assertThat(page.locator(".key-files").textContent()).contains("two-factor.key");
            name = page.locator("#backups tbody tr code").textContent().strip();
            Browser.screenshot(page, "backups-admin");
        }
        assertThat(app.bean(Backups.class).list())
                .extracting(Backups.Backup::name)
                .containsExactly(name);
        assertThat(app.bean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'BACKUP' "
                                + "AND object_id = ? AND username = 'beheer'")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        return app.bean(Backups.class).directory().resolve(name);
    }

    private void checkRestored(RunningApplication app, Before before) {
        WebSession browser = new WebSession(app.port());
        assertThat(browser.signIn(before.user().username(), TwoFactorUsers.PASSWORD)
                        .location())
                .endsWith("/login/code");
        assertThat(browser.code(before.user().code(0)).location())
                .as("TOTP with the restored key")
                .endsWith("/");
        WebSession.Page treatment = browser.get("/behandelingen/" + before.treatmentId());
        assertThat(treatment.status()).isEqualTo(200);
        assertThat(treatment.body()).contains(before.reference());
        assertThat(browser.get("/behandelingen/" + before.laterTreatmentId()).status())
                .as("made after the backup")
                .isEqualTo(404);
        JdbcClient jdbc = app.bean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM treatment_session WHERE treatment_id = ?")
                        .param(before.treatmentId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(app.bean(AuditChain.class).verify().intact()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE username = 'system' AND outcome = 'SUCCESS' "
                                + "AND object_type IN ('BACKUP_RESTORE', 'AUDIT_CHAIN')")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String restore(String command) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(RunningApplication.arguments(dataDir));
        args.add(command);
        int exit = RestoreCommand.run(
                Afsluitwijzer.class,
                args.toArray(String[]::new),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);
        return output + "\nexit " + exit;
    }
}
