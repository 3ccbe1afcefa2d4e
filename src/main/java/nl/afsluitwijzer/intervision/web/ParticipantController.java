package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a participant does on their phone, without an account: vote, add cards, give dots, write a pledge.
 * Each action answers with a redirect to the step's page and a message saying what became of it.
 */
@Controller
@RequestMapping("/w/{code}")
class ParticipantController {

    private final Participation participation;
    private final ParticipantPages pages;

    ParticipantController(Participation participation, ParticipantPages pages) {
        this.participation = participation;
        this.pages = pages;
    }

    @PostMapping("/stem")
    String vote(
            @PathVariable String code,
            @RequestParam String answer,
            @CookieValue(name = ParticipantCookie.NAME, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<PollAnswer> parsed = PollAnswer.parse(answer);
        return act(
                code,
                token,
                request,
                response,
                redirect,
                1,
                participant ->
                        parsed.map(a -> participation.vote(participant, a)).orElse(ContributionOutcome.NOT_ALLOWED));
    }

    @PostMapping("/kaarten")
    String addCard(
            @PathVariable String code,
            @Valid @ModelAttribute("cardForm") CardForm form,
            BindingResult errors,
            @CookieValue(name = ParticipantCookie.NAME, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("cardInvalid", true);
            return pages.participate(code, 2, null, token, request, response, model);
        }
        CardTag tag = Objects.requireNonNull(form.tag(), "validated @NotNull");
        return act(
                code,
                token,
                request,
                response,
                redirect,
                2,
                participant -> participation.addCard(participant, tag, form.content()));
    }

    @PostMapping("/stippen")
    String addDot(
            @PathVariable String code,
            @RequestParam Long card,
            @CookieValue(name = ParticipantCookie.NAME, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(code, token, request, response, redirect, 3, participant -> participation.addDot(participant, card));
    }

    @PostMapping("/stippen/weg")
    String removeDot(
            @PathVariable String code,
            @RequestParam Long card,
            @CookieValue(name = ParticipantCookie.NAME, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(code, token, request, response, redirect, 3, participant -> {
            participation.removeDot(participant, card);
            return null;
        });
    }

    @PostMapping("/voornemen")
    String pledge(
            @PathVariable String code,
            @Valid @ModelAttribute("pledgeForm") PledgeForm form,
            BindingResult errors,
            @CookieValue(name = ParticipantCookie.NAME, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return pages.participate(code, 4, null, token, request, response, model);
        }
        PledgeKind kind = form.kind();
        return act(
                code,
                token,
                request,
                response,
                redirect,
                4,
                participant -> participation.pledge(participant, kind, form.content()));
    }

    private String act(
            String typedCode,
            String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            int step,
            Function<Participant, ContributionOutcome> action) {
        Optional<JoinCode> code = JoinCode.parse(typedCode);
        Optional<Participant> participant = code.flatMap(c -> pages.participant(c, token, request, response));
        if (participant.isEmpty()) {
            redirect.addFlashAttribute("message", "intervision.join.unknown");
            return "redirect:/w";
        }
        ContributionOutcome outcome;
        try {
            outcome = action.apply(participant.get());
        } catch (IllegalArgumentException emptyAfterCleaning) {
            outcome = ContributionOutcome.NOT_ALLOWED;
        }
        if (outcome != null) {
            redirect.addFlashAttribute("outcome", outcome);
        }
        return "redirect:/w/" + code.get().value() + "?step=" + step;
    }
}
