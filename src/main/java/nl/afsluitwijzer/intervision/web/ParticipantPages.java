package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Joined;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.internal.BoardColumn;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.PollSide;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Finds the participant behind a request (joining them when new) and fills the participant's page. */
@Component
class ParticipantPages {

    static final String JOIN_PAGE = "intervision/join";

    private final Participation participation;
    private final ParticipantCookie cookie;
    private final JoinCodeGuesses guesses;

    ParticipantPages(Participation participation, ParticipantCookie cookie, JoinCodeGuesses guesses) {
        this.participation = participation;
        this.cookie = cookie;
        this.guesses = guesses;
    }

    /** The open session with this code; every way in asks here, so every wrong code counts as a guess. */
    Optional<Workshop> openWorkshop(Optional<JoinCode> code, HttpServletRequest request) {
        Optional<Workshop> workshop = code.flatMap(participation::openWorkshop);
        if (workshop.isEmpty()) {
            guesses.wrong(request);
        }
        return workshop;
    }

    /** The participant for an open session, joined now (with a fresh cookie) when the cookie names nobody. */
    Optional<Participant> participant(
            JoinCode code, String token, HttpServletRequest request, HttpServletResponse response) {
        return openWorkshop(Optional.of(code), request)
                .flatMap(workshop -> participation.join(workshop, token))
                .map(joined -> remembered(joined, code, request, response));
    }

    String participate(
            String typedCode,
            Integer step,
            @Nullable String side,
            String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<JoinCode> code = JoinCode.parse(typedCode);
        if (code.isPresent() && !code.get().value().equals(typedCode)) {
            return "redirect:/w/" + code.get().value();
        }
        Optional<Workshop> workshop = openWorkshop(code, request);
        if (workshop.isEmpty()) {
            return refused("intervision.join.unknown", typedCode, response, model);
        }
        Optional<Joined> joined = participation.join(workshop.get(), token);
        if (joined.isEmpty()) {
            return refused("intervision.join.full", typedCode, response, model);
        }
        remembered(joined.get(), code.get(), request, response);
        WorkshopStep current = workshop.get().getStep();
        model.addAttribute("code", code.get());
        model.addAttribute("currentStep", current);
        model.addAttribute(
                "step", step == null ? current : WorkshopStep.numbered(step).orElse(current));
        model.addAttribute("side", "ja".equals(side) ? PollSide.YES : "nee".equals(side) ? PollSide.NO : null);
        model.addAttribute("view", participation.view(joined.get().participant()));
        addChoices(model);
        return "intervision/participant";
    }

    private static void addChoices(Model model) {
        model.addAttribute("steps", WorkshopStep.values());
        model.addAttribute("obstacleTags", CardTag.of(BoardColumn.OBSTACLE));
        model.addAttribute("remedyTags", CardTag.of(BoardColumn.REMEDY));
        model.addAttribute("pledgeKinds", PledgeKind.values());
        if (!model.containsAttribute("cardForm")) {
            model.addAttribute("cardForm", new CardForm(null, ""));
        }
        if (!model.containsAttribute("pledgeForm")) {
            model.addAttribute("pledgeForm", PledgeForm.empty());
        }
    }

    static String refused(String messageKey, String typedCode, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("error", messageKey);
        model.addAttribute("typedCode", typedCode);
        return JOIN_PAGE;
    }

    private Participant remembered(
            Joined joined, JoinCode code, HttpServletRequest request, HttpServletResponse response) {
        if (joined.isNew()) {
            cookie.write(
                    request,
                    response,
                    code,
                    Objects.requireNonNull(joined.newToken(), "a new participant has a token"));
        }
        return joined.participant();
    }
}
