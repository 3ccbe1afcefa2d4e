package nl.afsluitwijzer.web;

import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the caseload for clinicians; administrators go straight to user management. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return CurrentUser.require().role() == Role.ADMIN ? "redirect:/beheer/gebruikers" : "redirect:/caseload";
    }
}
