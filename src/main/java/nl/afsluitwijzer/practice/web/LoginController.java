package nl.afsluitwijzer.practice.web;

import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.DemoMode;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and, for users with 2FA, the code page after it (the POSTs are handled by filters). */
@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
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
        return "practice/login-code";
    }
}
