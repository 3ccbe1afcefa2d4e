package nl.afsluitwijzer.privacy.web;

import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.privacy.Destructions;
import nl.afsluitwijzer.privacy.internal.RetentionReview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's privacy page: records past their retention term, and the destruction requests with decisions. */
@Controller
class PrivacyOverviewController {

    private final RetentionReview retention;
    private final Destructions destructions;

    PrivacyOverviewController(RetentionReview retention, Destructions destructions) {
        this.retention = retention;
        this.destructions = destructions;
    }

    @GetMapping("/privacy")
    String overview(Model model) {
        model.addAttribute("flagged", retention.flagged(CurrentUser.require()));
        model.addAttribute("requests", destructions.ofPractice(CurrentUser.require()));
        return "privacy/overview";
    }
}
