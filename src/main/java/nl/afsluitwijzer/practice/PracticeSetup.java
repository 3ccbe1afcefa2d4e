package nl.afsluitwijzer.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start on an empty database: creates the demo practice "Praktijk De Wissel" in demo mode, or
 * else a practice with one administrator whose generated password must be changed at the first sign-in;
 * the password goes to an owner-only file, never to the log ({@link FirstAdministratorPassword}).
 */
@Component
@Order(0)
class PracticeSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PracticeSetup.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PracticeRepository practices;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final DemoMode demoMode;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final FirstAdministratorPassword firstPassword;
    private final Clock clock;

    PracticeSetup(
            PracticeRepository practices,
            UserAccountRepository users,
            PasswordEncoder encoder,
            DemoMode demoMode,
            MessageSource messages,
            ApplicationEventPublisher events,
            FirstAdministratorPassword firstPassword,
            Clock clock) {
        this.firstPassword = firstPassword;
        this.practices = practices;
        this.users = users;
        this.encoder = encoder;
        this.demoMode = demoMode;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (practices.count() > 0) {
            return;
        }
        if (demoMode.enabled()) {
            createDemoPractice();
        } else {
            createFirstAdministrator();
        }
    }

    private void createDemoPractice() {
        Practice practice = practices.save(Practice.demo(text("demo.practice.name")));
        String hash = encoder.encode(DemoMode.DEMO_PASSWORD);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoUser demo : DemoUser.values()) {
            UserAccount account = users.save(new UserAccount(
                    Objects.requireNonNull(practice.getId(), "stored"),
                    demo.username(),
                    text("demo.user." + demo.username()),
                    hash,
                    demo.role(),
                    false,
                    clock.instant()));
            ids.put(demo.username(), account.getId());
        }
        log.info("Demo mode: created the demo practice with users {}", ids.keySet());
        events.publishEvent(new DemoPracticeCreated(Objects.requireNonNull(practice.getId(), "stored"), ids));
    }

    private void createFirstAdministrator() {
        Practice practice = practices.save(new Practice(text("practice.default-name")));
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.save(new UserAccount(
                Objects.requireNonNull(practice.getId(), "stored"),
                "beheer",
                text("practice.default-admin-name"),
                encoder.encode(password),
                Role.ADMIN,
                true,
                clock.instant()));
        firstPassword.handOver("beheer", password);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }

    /** The demo users of the README's quick start. */
    enum DemoUser {
        BEHANDELAAR("behandelaar", Role.THERAPIST),
        BEHANDELAAR2("behandelaar2", Role.THERAPIST),
        MANAGER("manager", Role.MANAGER),
        BEHEER("beheer", Role.ADMIN);

        private final String username;
        private final Role role;

        DemoUser(String username, Role role) {
            this.username = username;
            this.role = role;
        }

        String username() {
            return username;
        }

        Role role() {
            return role;
        }
    }
}
