package nl.afsluitwijzer.practice;

import java.util.Locale;
import java.util.Objects;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the first-start setup: a practice without any manager account (a new installation, which
 * gets only the administrator "beheer", or one from before administrators stopped creating clinical
 * accounts) gets its first manager, with a one-time password in the log to hand to the practice holder.
 */
@Component
@Order(1)
class FirstManagers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstManagers.class);
    static final String USERNAME = "praktijkhouder";

    private final PracticeRepository practices;
    private final Practices founding;
    private final UserAccountRepository users;
    private final MessageSource messages;
    private final FirstAdministratorPassword handOver;

    FirstManagers(
            PracticeRepository practices,
            Practices founding,
            UserAccountRepository users,
            MessageSource messages,
            FirstAdministratorPassword handOver) {
        this.handOver = handOver;
        this.practices = practices;
        this.founding = founding;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Practice practice : practices.findAll()) {
            if (!founding.hasManager(Objects.requireNonNull(practice.getId(), "stored"))) {
                String username =
                        users.findByUsername(USERNAME).isEmpty() ? USERNAME : USERNAME + "-" + practice.getId();
                Practices.FirstManager manager = founding.addFirstManager(
                        Objects.requireNonNull(practice.getId(), "stored"),
                        username,
                        messages.getMessage("practice.first-manager-name", null, Locale.forLanguageTag("nl")));
                log.warn(
                        "Practice {} had no manager: created manager '{}' (hand its one-time password to the "
                                + "practice holder; it must be changed, and two-factor sign-in set up, at first sign-in)",
                        practice.getId(),
                        manager.username());
                handOver.handOver(
                        manager.username(),
                        manager.password(),
                        username.equals(USERNAME)
                                ? FirstAdministratorPassword.MANAGER_FILE_NAME
                                : "first-manager-password-" + username + ".txt");
            }
        }
    }
}
