package nl.afsluitwijzer.signal.web;

import java.util.Locale;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.internal.AcknowledgementChoice;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Acknowledging a signal explicitly: a choice that fits the signal and a free text, why nothing else follows. */
@Controller
class AcknowledgementController {

    private final SignalAcknowledging acknowledging;
    private final MessageSource messages;

    AcknowledgementController(SignalAcknowledging acknowledging, MessageSource messages) {
        this.acknowledging = acknowledging;
        this.messages = messages;
    }

    @PostMapping("/behandelingen/{id}/signalen/{code}/afhandelen")
    String acknowledge(
            @PathVariable Long id,
            @PathVariable SignalCode code,
            @RequestParam(required = false) String choice,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            acknowledging.acknowledge(CurrentUser.require(), id, code, parse(choice), reason);
            redirect.addFlashAttribute("message", "signal.acknowledge.saved");
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            redirect.addFlashAttribute("ackCode", code.name());
            redirect.addFlashAttribute("ackChoice", choice);
            redirect.addFlashAttribute("ackReason", reason);
            redirect.addFlashAttribute(
                    "ackError", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        }
        return "redirect:/behandelingen/" + id + "#signal-" + code.name();
    }

    /** Null for a missing or unknown choice: the service refuses it with a message. */
    private static @Nullable AcknowledgementChoice parse(String choice) {
        try {
            return choice == null || choice.isBlank() ? null : AcknowledgementChoice.valueOf(choice);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
