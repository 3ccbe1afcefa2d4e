package nl.afsluitwijzer.benchmark.practice;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import nl.afsluitwijzer.Afsluitwijzer;
import nl.afsluitwijzer.audit.AuditChain;
import nl.afsluitwijzer.audit.AuditVerification;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.shared.HtmlPdf;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * Fills an empty database with a practice of N treatments: first the application itself starts on it (Flyway
 * creates the schema, the first start creates the practice, its administrator and its first manager), then the
 * therapists and the treatments' histories go in as JDBC batches into the real tables, the audit entries through the
 * application's own audit log and hash chain, and the sign-in of the benchmark users through the application's own
 * two-factor enrolment and token issuing. Run with scripts/generate-practice.sh.
 */
public final class PracticeGenerator {

    private static final int COMMIT_EVERY = 500;

    private PracticeGenerator() {}

    public static void main(String[] args) throws Exception {
        GeneratorOptions options = GeneratorOptions.parse(args);
        TargetDatabase target = options.target();
        if (options.recreate()) {
            target.recreate();
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext application = start(target)) {
            System.out.printf("schema ready (%s) in %.1f s%n", target.describe(), (System.nanoTime() - started) / 1e9);
            generate(application, target, options);
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The application on the target, with no demo data, on a free port; its start runs Flyway. */
    static ConfigurableApplicationContext start(TargetDatabase target) {
        SpringApplication application = new SpringApplication(Afsluitwijzer.class);
        application.addInitializers(
                context -> context.getBeanFactory().registerSingleton("onlyTheApplication", new ApplicationOnly()));
        return application.run(target.applicationArguments("0"));
    }

    /** Writes the practice into the started application's database and prints what it wrote. */
    static PracticeSummary generate(
            ConfigurableApplicationContext application, TargetDatabase target, GeneratorOptions options)
            throws Exception {
        long started = System.nanoTime();
        Clock clock = application.getBean(Clock.class);
        PracticeUsers users = PracticeUsers.create(application, options.therapists());
        if (users.alreadyGenerated()) {
            throw new IllegalStateException("the database already holds treatments: generate into an empty database "
                    + "(--recreate drops and recreates it)");
        }
        PracticeShape shape = PracticeShape.of(options.treatments(), options.waiting(), options.therapists());
        DataSource dataSource = application.getBean(DataSource.class);
        List<String> counts;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PracticeTables tables = new PracticeTables(connection)) {
                TreatmentHistories histories = new TreatmentHistories(
                        tables,
                        new Random(options.seed()),
                        LocalDate.now(clock),
                        clock.getZone(),
                        users.practiceId(),
                        InstrumentCatalog.loadFromClasspath().get("PHQ9"),
                        letters(application));
                for (int number = 1; number <= shape.treatments(); number++) {
                    histories.write(number, shape.courseOf(number), users.therapistFor(number), shape.historyDays());
                    if (number % COMMIT_EVERY == 0) {
                        tables.commit();
                    }
                    if (number % Math.max(1, shape.treatments() / 10) == 0) {
                        System.out.printf("  %,d treatments (%.0f s)%n", number, (System.nanoTime() - started) / 1e9);
                    }
                }
                tables.commit();
                tables.finish();
                counts = tables.counts();
            }
        }
        System.out.printf("rows in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, String.join(", ", counts));
        long audited = new GeneratedAudit(application).recordCreations();
        System.out.printf(
                "audit entries through the application's chain: %,d (%.1f s)%n",
                audited, (System.nanoTime() - started) / 1e9);
        PracticeTables.analyze(dataSource);
        BenchmarkCredentials credentials = users.signInForBenchmark(target);
        Path file = credentials.write(target.dataDir());
        AuditVerification chain = application.getBean(AuditChain.class).verify();
        System.out.printf(
                "audit chain: %s, %,d entries checked%n",
                chain.intact() ? "intact" : "BROKEN " + chain.firstBreak(), chain.checked());
        System.out.printf("practice: %s; sign-in for the benchmark in %s%n", shape, file);
        return new PracticeSummary(users.practiceId(), shape, counts, audited, chain.intact());
    }

    /** The letter a practice would have kept: rendered once as a PDF by the application's renderer. */
    private static TreatmentHistories.Letters letters(ConfigurableApplicationContext application) {
        MessageSource messages = application.getBean(MessageSource.class);
        Locale dutch = Locale.forLanguageTag("nl");
        byte[] pdf = HtmlPdf.render("""
                <html><head><title>Letter</title></head><body><p>Generated practice: letter to the GP at closing.</p>
                </body></html>""");
        return new TreatmentHistories.Letters(
                pdf,
                messages.getMessage("closing.letter.file.GP", null, dutch),
                messages.getMessage("closing.letter.file.HANDOVER", null, dutch));
    }

    /** What was generated, for the test. */
    record PracticeSummary(
            Long practiceId, PracticeShape shape, List<String> counts, long auditEntries, boolean chainIntact) {}
}
