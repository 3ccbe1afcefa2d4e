package nl.afsluitwijzer.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.LinkMails;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.LinkMailFailed;
import nl.afsluitwijzer.portal.internal.MailAddress;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The therapist makes a personal link (questionnaires, next appointment, closing), optionally mails it to the client,
 * or revokes one, from the treatment page. A link is always shown to copy, also when mailing it failed.
 */
@Controller
class ClientLinkController {

    private final ClientLinks links;
    private final LinkMails mails;
    private final MessageSource messages;

    ClientLinkController(ClientLinks links, LinkMails mails, MessageSource messages) {
        this.links = links;
        this.mails = mails;
        this.messages = messages;
    }

    @PostMapping("/behandelingen/{id}/links")
    String create(
            @PathVariable Long id,
            @RequestParam(required = false) List<String> instruments,
            @ModelAttribute LinkMailForm mail,
            RedirectAttributes redirect,
            Locale locale) {
        return issue(
                id,
                "questionnaires",
                mail,
                redirect,
                locale,
                user -> links.create(user, id, instruments == null ? List.of() : instruments));
    }

    @PostMapping("/behandelingen/{id}/links/afronding")
    String createForClosing(
            @PathVariable Long id, @ModelAttribute LinkMailForm mail, RedirectAttributes redirect, Locale locale) {
        return issue(id, "closing", mail, redirect, locale, user -> links.createForClosing(user, id));
    }

    @PostMapping("/behandelingen/{id}/links/volgende-afspraak")
    String createForNextAppointment(
            @PathVariable Long id, @ModelAttribute LinkMailForm mail, RedirectAttributes redirect, Locale locale) {
        return issue(id, "next", mail, redirect, locale, user -> links.createForNextAppointment(user, id));
    }

    private String issue(
            Long id,
            String form,
            LinkMailForm mail,
            RedirectAttributes redirect,
            Locale locale,
            Function<CurrentUser, IssuedLink> create) {
        CurrentUser user = CurrentUser.require();
        boolean mailing = mail.wanted() && mails.available();
        Optional<MailAddress> to = mailing ? MailAddress.parse(mail.mailTo()) : Optional.empty();
        if (mailing && to.isEmpty()) {
            redirect.addFlashAttribute("mailError", "portal.mail.invalid");
            redirect.addFlashAttribute("mailForm", form);
            redirect.addFlashAttribute("mailTyped", mail.mailTo());
            return back(id);
        }
        try {
            if (to.isPresent()) {
                mails.requireMayMail(user, id);
            }
            IssuedLink issued = create.apply(user);
            redirect.addFlashAttribute("issuedLink", issued);
            redirect.addFlashAttribute("message", "portal.link.created");
            to.ifPresent(address -> mail(user, id, issued, address, mail.keep(), redirect, locale));
        } catch (DomainException refusal) {
            refuse(refusal, redirect, locale);
        }
        return back(id);
    }

    private void mail(
            CurrentUser user,
            Long id,
            IssuedLink issued,
            MailAddress to,
            boolean keep,
            RedirectAttributes redirect,
            Locale locale) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/c/" + issued.token())
                .toUriString();
        try {
            mails.send(user, id, issued, url, to, keep);
            redirect.addFlashAttribute("message", "portal.mail.sent");
        } catch (LinkMailFailed failure) {
            redirect.addFlashAttribute("errorText", messages.getMessage("portal.mail.failed", null, locale));
        }
    }

    @PostMapping("/behandelingen/{id}/links/{linkId}/intrekken")
    String revoke(@PathVariable Long id, @PathVariable Long linkId, RedirectAttributes redirect, Locale locale) {
        try {
            links.revoke(CurrentUser.require(), id, linkId);
            redirect.addFlashAttribute("message", "portal.link.revoked");
        } catch (DomainException refusal) {
            refuse(refusal, redirect, locale);
        }
        return back(id);
    }

    private static String back(Long id) {
        return "redirect:/behandelingen/" + id + "#client-links";
    }

    private void refuse(DomainException refusal, RedirectAttributes redirect, Locale locale) {
        if (refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        redirect.addFlashAttribute("errorText", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
    }
}
