package nl.afsluitwijzer.treatment.web;

import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.internal.LinkReasons;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Inzicht → Koppelingen: the manager sees who linked a treatment to a client they could not see, and why. */
@Controller
class LinkReasonsController {

    private final LinkReasons reasons;

    LinkReasonsController(LinkReasons reasons) {
        this.reasons = reasons;
    }

    @GetMapping("/inzicht/koppelingen")
    String list(Model model) {
        model.addAttribute("reasons", reasons.ofPractice(CurrentUser.require()));
        return "treatment/link-reasons";
    }
}
