package nl.afsluitwijzer.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditChain;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditVerification;
import nl.afsluitwijzer.backup.internal.BackupException;
import nl.afsluitwijzer.backup.internal.BackupManifest;
import nl.afsluitwijzer.backup.internal.Backups;
import nl.afsluitwijzer.backup.internal.FileRestore;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar afsluitwijzer.jar --restore=FILE} on a stopped application: restores the embedded database
 * and key files from a backup, then starts the application with its web server on no port, verifies the audit chain and
 * the row counts against the manifest, logs the restore as a system action in the restored chain, says what
 * it found and stops. {@code --verify-only} does the checks alone (after a pg_restore on PostgreSQL).
 */
public final class RestoreCommand {

    static final String RESTORE = "--restore=";
    static final String VERIFY_ONLY = "--verify-only";
    static final String RESTORE_OBJECT = "BACKUP_RESTORE";

    private RestoreCommand() {}

    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith(RESTORE) || a.equals(VERIFY_ONLY));
    }

    /** Runs the restore (or the verification) and returns the process exit code: 0 when all is well. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        Optional<Path> archive = Arrays.stream(args)
                .filter(a -> a.startsWith(RESTORE))
                .map(a -> Path.of(a.substring(RESTORE.length())))
                .findFirst();
        if (archive.isPresent() && !Files.isRegularFile(archive.get())) {
            out.println("RESTORE FAILED: no such backup file: " + archive.get());
            return 1;
        }
        FileRestore files = new FileRestore(archive.orElse(null), out, Clock.systemUTC());
        SpringApplication app = new SpringApplication(application);
        app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
            // the whole application as configured, but its web server listens on no port
            event.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("restore", Map.of("server.port", "-1")));
            files.prepare(event.getEnvironment());
        });
        try (ConfigurableApplicationContext context = app.run(args)) {
            return verify(context, files, archive, out);
        } catch (RuntimeException e) {
            out.println((archive.isPresent() ? "RESTORE FAILED: " : "VERIFICATION FAILED: ") + reason(e));
            return 1;
        }
    }

    private static int verify(
            ConfigurableApplicationContext context, FileRestore files, Optional<Path> archive, PrintStream out) {
        AuditVerification chain = context.getBean(AuditChain.class).verify();
        out.println(
                chain.intact()
                        ? "Audit chain intact: " + chain.checked() + " entries checked"
                        : "AUDIT CHAIN BROKEN: " + chain.firstBreak() + " (" + chain.checked() + " entries checked)");
        Map<String, String> differences = differences(files);
        out.println("Row counts: " + files.counts().size() + " tables, "
                + files.counts().values().stream().mapToLong(Long::longValue).sum() + " rows"
                + (files.manifest() == null
                        ? ""
                        : differences.isEmpty()
                                ? ", all as in the manifest"
                                : ", DIFFERENT from the manifest: " + differences));
        boolean good = chain.intact() && differences.isEmpty();
        AuditEvent event = archive.isPresent()
                ? AuditEvent.of(
                        AuditAction.UPDATE, RESTORE_OBJECT, archive.get().getFileName())
                : AuditEvent.of(AuditAction.VIEW, "AUDIT_CHAIN", null);
        context.getBean(AuditLog.class).recordAs(Backups.SYSTEM_USER, null, good ? event : event.failed());
        out.println(
                good
                        ? (archive.isPresent() ? "RESTORE COMPLETE" : "VERIFICATION COMPLETE")
                        : "RESTORED, BUT VERIFICATION FAILED: see above; the previous files were kept aside");
        return good ? 0 : 2;
    }

    private static Map<String, String> differences(FileRestore files) {
        Map<String, String> differences = new TreeMap<>();
        BackupManifest manifest = files.manifest();
        if (manifest == null) {
            return differences;
        }
        manifest.rowCounts().forEach((table, expected) -> {
            Long actual = files.counts().get(table);
            if (!expected.equals(actual)) {
                differences.put(table, "expected " + expected + ", found " + actual);
            }
        });
        return differences;
    }

    private static @Nullable String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BackupException backup) {
                return backup.getMessage();
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
