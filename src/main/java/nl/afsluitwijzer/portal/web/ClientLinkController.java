package nl.afsluitwijzer.portal.web;

import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.IssuedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist makes a personal link for questionnaires, or revokes one, from the treatment page. */
@Controller
class ClientLinkController {

    private final ClientLinks links;
    private final MessageSource messages;

    ClientLinkController(ClientLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @PostMapping("/behandelingen/{id}/links")
    String create(
            @PathVariable Long id,
            @RequestParam(required = false) List<String> instruments,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            IssuedLink issued = links.create(CurrentUser.require(), id, instruments == null ? List.of() : instruments);
            redirect.addFlashAttribute("issuedLink", issued);
            redirect.addFlashAttribute("message", "portal.link.created");
        } catch (DomainException refusal) {
            refuse(refusal, redirect, locale);
        }
        return "redirect:/behandelingen/" + id + "#client-links";
    }

    @PostMapping("/behandelingen/{id}/links/afronding")
    String createForClosing(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("issuedLink", links.createForClosing(CurrentUser.require(), id));
            redirect.addFlashAttribute("message", "portal.link.created");
        } catch (DomainException refusal) {
            refuse(refusal, redirect, locale);
        }
        return "redirect:/behandelingen/" + id + "#client-links";
    }

    @PostMapping("/behandelingen/{id}/links/volgende-afspraak")
    String createForNextAppointment(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("issuedLink", links.createForNextAppointment(CurrentUser.require(), id));
            redirect.addFlashAttribute("message", "portal.link.created");
        } catch (DomainException refusal) {
            refuse(refusal, redirect, locale);
        }
        return "redirect:/behandelingen/" + id + "#client-links";
    }

    @PostMapping("/behandelingen/{id}/links/{linkId}/intrekken")
    String revoke(@PathVariable Long id, @PathVariable Long linkId, RedirectAttributes redirect, Locale locale) {
        try {
            links.revoke(CurrentUser.require(), id, linkId);
            redirect.addFlashAttribute("message", "portal.link.revoked");
        } catch (DomainException refusal) {
            refuse(refusal, redirect, locale);
        }
        return "redirect:/behandelingen/" + id + "#client-links";
    }

    private void refuse(DomainException refusal, RedirectAttributes redirect, Locale locale) {
        if (refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        redirect.addFlashAttribute("errorText", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
    }
}
