package nl.afsluitwijzer.signal.web;

import java.util.Locale;
import nl.afsluitwijzer.shared.ProblemException;
import nl.afsluitwijzer.signal.SignalAcknowledging;
import nl.afsluitwijzer.signal.SignalCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Acknowledging a signal explicitly, with the reason why nothing else follows. */
@Controller
class AcknowledgementController {

    private final SignalAcknowledging acknowledging;
    private final MessageSource messages;

    AcknowledgementController(SignalAcknowledging acknowledging, MessageSource messages) {
        this.acknowledging = acknowledging;
        this.messages = messages;
    }

    @PostMapping("/behandelingen/{id}/signalen/{code}/afhandelen")
    String acknowledge(@PathVariable Long id, @PathVariable SignalCode code,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        try {
            acknowledging.acknowledge(id, code, reason);
            redirect.addFlashAttribute("message", "signal.acknowledge.saved");
        } catch (ProblemException refusal) {
            if (refusal.getStatusCode().value() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("errorText",
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        }
        return "redirect:/behandelingen/" + id;
    }
}
