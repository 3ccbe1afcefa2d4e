package nl.afsluitwijzer.practice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.afsluitwijzer.practice.internal.LoginThrottle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets old failed sign-ins every hour, on one node at a time. */
@Component
class LoginHousekeeping {

    private final LoginThrottle throttle;

    LoginHousekeeping(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "0 7 * * * *")
    @SchedulerLock(name = "login-housekeeping", lockAtMostFor = "PT10M")
    void forgetExpiredFailures() {
        throttle.forgetExpired();
    }
}
