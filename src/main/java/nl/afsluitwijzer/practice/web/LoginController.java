package nl.afsluitwijzer.practice.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.DemoMode;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and, for users with 2FA, the code page after it (the POSTs are handled by filters). */
@Controller
class LoginController {

    /** Practices are in the Netherlands; the lock ends at a time people read from their own clock. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final DemoMode demoMode;
    private final SecondFactors secondFactors;

    LoginController(DemoMode demoMode, SecondFactors secondFactors) {
        this.demoMode = demoMode;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (CurrentUser.current().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("demoMode", demoMode.enabled());
        model.addAttribute("demoPassword", demoMode.enabled() ? DemoMode.DEMO_PASSWORD : null);
        return "practice/login";
    }

    @GetMapping("/login/code")
    String code(Model model) {
        if (!SecondFactorAuthentication.pending()) {
            return "redirect:/";
        }
        // not signed in yet: no menu that would only lead back here
        model.addAttribute("navigation", List.of());
        secondFactors
                .lockedUntil(CurrentUser.require().id())
                .ifPresent(until -> model.addAttribute("lockedUntil", TIME.format(until)));
        return "practice/login-code";
    }
}
