package nl.afsluitwijzer.practice.web;

import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
}
