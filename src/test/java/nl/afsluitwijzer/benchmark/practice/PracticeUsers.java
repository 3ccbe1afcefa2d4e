package nl.afsluitwijzer.benchmark.practice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.afsluitwijzer.practice.ApiTokens;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.Totp;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people of the generated practice: the practice and first manager that the application's first start made,
 * and the therapists added here. Everyone gets one generated password (hashed once by the application's encoder);
 * the manager's first password is replaced by it, so the benchmark can sign in. The benchmark's manager and first
 * therapist enrol a second factor (TOTP) and get a personal API token through the application's own services.
 */
final class PracticeUsers {

    private final ApplicationContext application;
    private final JdbcClient jdbc;
    private final Long practiceId;
    private final boolean alreadyGenerated;
    private final List<Long> therapists = new ArrayList<>();
    private Long managerId;
    private String managerUsername;
    private String password;

    private PracticeUsers(ApplicationContext application) {
        this.application = application;
        this.jdbc = application.getBean(JdbcClient.class);
        this.practiceId =
                jdbc.sql("SELECT MIN(id) FROM practice").query(Long.class).single();
        this.alreadyGenerated =
                jdbc.sql("SELECT COUNT(*) FROM treatment").query(Long.class).single() > 0;
    }

    /** The practice's users, the therapists created when the database holds no treatments yet. */
    static PracticeUsers create(ApplicationContext application, int therapistCount) {
        PracticeUsers users = new PracticeUsers(application);
        if (!users.alreadyGenerated) {
            users.createTherapists(therapistCount);
        }
        return users;
    }

    private void createTherapists(int count) {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = application.getBean(PasswordEncoder.class).encode(password);
        Timestamp now = Timestamp.from(application.getBean(Clock.class).instant());
        record Manager(Long id, String username) {}
        Manager manager =
                jdbc.sql("""
                SELECT id, username FROM user_account WHERE practice_id = ? AND role = 'MANAGER' ORDER BY id""").param(practiceId).query(Manager.class).list().get(0);
        managerId = manager.id();
        managerUsername = manager.username();
        jdbc.sql("UPDATE user_account SET password_hash = ?, must_change_password = FALSE WHERE id = ?")
                .params(hash, managerId)
                .update();
        for (int t = 1; t <= count; t++) {
            String username = String.format("therapist%03d", t);
            jdbc.sql("""
                    INSERT INTO user_account (practice_id, username, display_name, password_hash, role, enabled,
                        must_change_password, created_at, version)
                    VALUES (?, ?, ?, ?, 'THERAPIST', TRUE, FALSE, ?, 0)""")
                    .params(practiceId, username, String.format("Therapist %03d", t), hash, now)
                    .update();
            therapists.add(jdbc.sql("SELECT id FROM user_account WHERE username = ?")
                    .param(username)
                    .query(Long.class)
                    .single());
        }
    }

    boolean alreadyGenerated() {
        return alreadyGenerated;
    }

    Long practiceId() {
        return practiceId;
    }

    /** Treatments go round the therapists; the benchmark's therapist is the first. */
    Long therapistFor(int number) {
        return therapists.get((number - 1) % therapists.size());
    }

    /** Enrols TOTP and issues an API token for the manager and the first therapist, as they would themselves. */
    BenchmarkCredentials signInForBenchmark(TargetDatabase target) {
        String therapistUsername = jdbc.sql("SELECT username FROM user_account WHERE id = ?")
                .param(therapists.get(0))
                .query(String.class)
                .single();
        BenchmarkCredentials.User manager = signIn(managerId, managerUsername, "MANAGER");
        BenchmarkCredentials.User therapist = signIn(therapists.get(0), therapistUsername, "THERAPIST");
        return new BenchmarkCredentials(
                target.jdbcUrl(), target.user(), target.password(), practiceId, manager, therapist);
    }

    private BenchmarkCredentials.User signIn(Long userId, String username, String role) {
        SecondFactors secondFactors = application.getBean(SecondFactors.class);
        ApiTokens tokens = application.getBean(ApiTokens.class);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            String secret = secondFactors.newSecret();
            String code = Totp.code(
                    Base32.decode(secret),
                    Totp.step(application.getBean(Clock.class).instant()));
            secondFactors
                    .enrol(userId, secret, code)
                    .orElseThrow(() ->
                            new IllegalStateException("the application refused the second factor of " + username));
            String token = tokens.issue(userId, "http-benchmark").secret();
            return new BenchmarkCredentials.User(userId, username, password, secret, token);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
