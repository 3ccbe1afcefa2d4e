package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The participant's way in: /w to type the code (or scan the QR code to /w/{code}), then the step pages. */
@Controller
class JoinController {

    /** htmx stops polling on this status. */
    private static final int STOP_POLLING = 286;

    private final ParticipantPages pages;

    JoinController(ParticipantPages pages) {
        this.pages = pages;
    }

    @GetMapping("/w")
    String join(
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (code == null) {
            return ParticipantPages.JOIN_PAGE;
        }
        Optional<JoinCode> parsed = JoinCode.parse(code);
        if (pages.openWorkshop(parsed, request).isEmpty()) {
            return ParticipantPages.refused("intervision.join.unknown", code, response, model);
        }
        return "redirect:/w/" + parsed.get().value();
    }

    @GetMapping("/w/{code}")
    String participate(
            @PathVariable String code,
            @RequestParam(required = false) Integer step,
            @RequestParam(required = false) String side,
            @CookieValue(name = ParticipantCookie.NAME, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return pages.participate(code, step, side, token, request, response, model);
    }

    /** Polled by the phone: a banner when the facilitator moved on, leaving alone what the participant types. */
    @GetMapping("/w/{code}/stap")
    String stepChanged(
            @PathVariable String code,
            @RequestParam int shown,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Workshop> workshop = pages.openWorkshop(JoinCode.parse(code), request);
        if (workshop.isEmpty()) {
            response.setStatus(STOP_POLLING);
            response.setHeader(
                    "HX-Redirect",
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/w")
                            .queryParam("code", code)
                            .toUriString());
            return "intervision/participant :: step-banner";
        }
        model.addAttribute("code", workshop.get().getJoinCode());
        model.addAttribute("currentStep", workshop.get().getStep());
        model.addAttribute("shown", shown);
        return "intervision/participant :: step-banner";
    }
}
