package nl.afsluitwijzer.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.afsluitwijzer.Afsluitwijzer;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.NewTreatment;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Server time of the caseload page for a therapist with 200 open treatments (target: well under 100 ms).
 * Run with scripts/benchmark.sh; prints figures, asserts nothing.
 */
public final class CaseloadBenchmark {

    private static final int TREATMENTS = 200;
    private static final int ROUNDS = Integer.getInteger("rounds", 30);

    private CaseloadBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Afsluitwijzer.class)
                .profiles("test", "h2")
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:benchmark;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                        "server.port=0",
                        "logging.level.root=WARN")
                .run()) {
            String username = "bench" + System.nanoTime();
            Long practice =
                    context.getBean(PracticeRepository.class).findAll().get(0).getId();
            context.getBean(UserAdministration.class)
                    .create(
                            CurrentUser.current().orElse(null),
                            practice,
                            username,
                            "Benchmark",
                            Role.THERAPIST,
                            "benchmark-password");
            UserDetails therapist = context.getBean(UserDetailsService.class).loadUserByUsername(username);
            seed(context, therapist);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(springSecurity())
                    .build();
            long[] nanos = new long[ROUNDS];
            long[] cpuNanos = new long[ROUNDS];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int round = -10; round < ROUNDS; round++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                int status = mvc.perform(get("/caseload").with(user(therapist)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status != 200) {
                    throw new IllegalStateException("caseload answered " + status);
                }
                if (round >= 0) {
                    nanos[round] = System.nanoTime() - start;
                    cpuNanos[round] = threads.getCurrentThreadCpuTime() - cpuStart;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpuNanos);
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            therapist, null, therapist.getAuthorities()));
            var treatments = context.getBean(nl.afsluitwijzer.treatment.Treatments.class);
            var signals = context.getBean(nl.afsluitwijzer.signal.Signals.class);
            long loadStart = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                treatments.visible(CurrentUser.require(), null);
            }
            long loaded = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                signals.caseload(CurrentUser.require(), PracticeDay.today(), null);
            }
            long evaluated = System.nanoTime();
            System.out.printf(
                    "of which loading the treatment files %.1f ms, loading + signals %.1f ms%n",
                    (loaded - loadStart) / 1e6 / ROUNDS, (evaluated - loaded) / 1e6 / ROUNDS);
            System.out.printf(
                    "caseload of %d open treatments: median %.1f ms, best %.1f ms, worst %.1f ms"
                            + " (server time incl. signals and template, %d rounds)%n",
                    TREATMENTS, nanos[ROUNDS / 2] / 1e6, nanos[0] / 1e6, nanos[ROUNDS - 1] / 1e6, ROUNDS);
            System.out.printf(
                    "request thread CPU time: median %.1f ms, best %.1f ms (robust against a busy machine;"
                            + " wall time above is what a user waits on a quiet one)%n",
                    cpuNanos[ROUNDS / 2] / 1e6, cpuNanos[0] / 1e6);
        }
    }

    private static void seed(ConfigurableApplicationContext context, UserDetails therapist) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(therapist, null, therapist.getAuthorities()));
        TreatmentRegistration registration = context.getBean(TreatmentRegistration.class);
        TreatmentChanges changes = context.getBean(TreatmentChanges.class);
        Random random = new Random(42);
        LocalDate today = PracticeDay.today();
        for (int i = 0; i < TREATMENTS; i++) {
            LocalDate start = today.minusWeeks(10 + random.nextInt(60));
            Treatment treatment = registration.start(
                    CurrentUser.require(),
                    new NewTreatment(
                            "BENCH-" + i + "-" + System.nanoTime(),
                            start,
                            new Agreements(8, 10, 12 + random.nextInt(5), true, false, "PHQ9", "hulpvraag", null),
                            List.of(
                                    new NewTreatment.NewGoal("doel een", null),
                                    new NewTreatment.NewGoal("doel twee", null))));
            int sessions = 5 + random.nextInt(20);
            for (int s = 0; s < sessions; s++) {
                LocalDate date = start.plusWeeks(s);
                if (!date.isAfter(today)) {
                    changes.addSession(
                            CurrentUser.require(),
                            treatment.getId(),
                            date,
                            SessionKind.TREATMENT,
                            random.nextInt(10) > 0);
                }
            }
        }
        SecurityContextHolder.clearContext();
    }
}
