package nl.afsluitwijzer.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.NextAppointment;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.internal.ClientPage;
import nl.afsluitwijzer.portal.internal.LinkStatus;
import nl.afsluitwijzer.portal.internal.OpenedLink;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's pages: a welcome with only their first name, one page per questionnaire with progress and a
 * way back, a last check and one send. Never earlier answers, scores or other health data.
 */
@Controller
@RequestMapping("/c/{token}")
class ClientPagesController {

    private static final String SENT = "portal.sent.";
    /** Set when a risk item was answered above its threshold: the thanks page says where to get help now. */
    private static final String HELP = "portal.help.";

    private final ClientLinks links;

    ClientPagesController(ClientLinks links) {
        this.links = links;
    }

    @GetMapping
    String start(@PathVariable String token, Model model, HttpServletResponse response) {
        OpenedLink opened = links.open(token);
        if (opened.status() != LinkStatus.VALID) {
            return unavailable(opened.status(), model, response);
        }
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        if (opened.forClosing()) {
            model.addAttribute("nextOptions", NextAppointment.values());
            return "portal/closing";
        }
        if (opened.forNextAppointment()) {
            return nextAppointment(model, null, null, false);
        }
        model.addAttribute("questionnaires", links.questionnaires(opened));
        return "portal/start";
    }

    @GetMapping("/{number}")
    String questionnaire(
            @PathVariable String token,
            @PathVariable int number,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        OpenedLink opened = links.open(token);
        if (opened.status() != LinkStatus.VALID) {
            return unavailable(opened.status(), model, response);
        }
        List<ClientPage> pages = links.pages(token);
        if (number < 1 || number > pages.size()) {
            return "redirect:/c/" + token;
        }
        return page(
                token,
                number,
                pages,
                ClientAnswers.of(session, token).get(pages.get(number - 1).key()),
                List.of(),
                model);
    }

    @PostMapping("/{number}")
    String answer(
            @PathVariable String token,
            @PathVariable int number,
            @RequestParam Map<String, String> form,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        OpenedLink opened = links.open(token);
        if (opened.status() != LinkStatus.VALID) {
            return unavailable(opened.status(), model, response);
        }
        List<ClientPage> pages = links.pages(token);
        if (number < 1 || number > pages.size()) {
            return "redirect:/c/" + token;
        }
        Instrument instrument = pages.get(number - 1).instrument();
        List<Integer> answers = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int item = 1; item <= instrument.items().size(); item++) {
            Integer value = parse(form.get("item-" + item), instrument);
            answers.add(value);
            if (value == null) {
                missing.add(item);
            }
        }
        if (!missing.isEmpty()) {
            return page(token, number, pages, answers, missing, model);
        }
        ClientAnswers.put(session, token, pages.get(number - 1).key(), answers);
        return number < pages.size()
                ? "redirect:/c/" + token + "/" + (number + 1)
                : "redirect:/c/" + token + "/versturen";
    }

    @GetMapping("/versturen")
    String confirm(@PathVariable String token, HttpSession session, Model model, HttpServletResponse response) {
        OpenedLink opened = links.open(token);
        if (opened.status() != LinkStatus.VALID) {
            return unavailable(opened.status(), model, response);
        }
        Map<String, List<Integer>> answers = ClientAnswers.of(session, token);
        List<ClientPage> pages = links.pages(token);
        for (int i = 0; i < pages.size(); i++) {
            if (!answers.containsKey(pages.get(i).key())) {
                return "redirect:/c/" + token + "/" + (i + 1);
            }
        }
        model.addAttribute("token", token);
        model.addAttribute("last", pages.size());
        return "portal/confirm";
    }

    @PostMapping("/versturen")
    String send(@PathVariable String token, HttpSession session, Model model, HttpServletResponse response) {
        boolean risk;
        try {
            risk = links.submit(token, ClientAnswers.of(session, token));
        } catch (DomainException refused) {
            return unavailable(links.open(token).status(), model, response);
        }
        ClientAnswers.clear(session, token);
        session.setAttribute(SENT + token, Boolean.TRUE);
        if (risk) {
            session.setAttribute(HELP + token, Boolean.TRUE);
        }
        return "redirect:/c/" + token + "/bedankt";
    }

    @PostMapping("/afronden")
    String sendClosing(
            @PathVariable String token,
            @RequestParam(required = false) String learned,
            @RequestParam(required = false) String letterToSelf,
            @RequestParam(required = false) NextAppointment nextAppointment,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        try {
            links.submitClosing(token, learned, letterToSelf, nextAppointment);
        } catch (DomainException refused) {
            return unavailable(links.open(token).status(), model, response);
        }
        session.setAttribute(SENT + token, Boolean.TRUE);
        return "redirect:/c/" + token + "/bedankt";
    }

    @PostMapping("/volgende-afspraak")
    String sendNextAppointment(
            @PathVariable String token,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) String clientWords,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        OpenedLink opened = links.open(token);
        if (opened.status() != LinkStatus.VALID || !opened.forNextAppointment()) {
            return unavailable(opened.status(), model, response);
        }
        NextAppointmentWish wish = wishOf(answer);
        if (wish == null) {
            model.addAttribute("opened", opened);
            model.addAttribute("token", token);
            return nextAppointment(model, null, clientWords, true);
        }
        try {
            links.submitNextAppointment(token, wish, clientWords);
        } catch (DomainException refused) {
            return unavailable(links.open(token).status(), model, response);
        }
        session.setAttribute(SENT + token, Boolean.TRUE);
        return "redirect:/c/" + token + "/bedankt";
    }

    private static String nextAppointment(
            Model model, @Nullable NextAppointmentWish chosen, @Nullable String clientWords, boolean missing) {
        model.addAttribute("wishes", NextAppointmentWish.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("clientWords", clientWords);
        model.addAttribute("missing", missing);
        model.addAttribute("maxWords", NextAppointmentAnswer.MAX_WORDS);
        return "portal/next-appointment";
    }

    private static @Nullable NextAppointmentWish wishOf(String answer) {
        return java.util.Arrays.stream(NextAppointmentWish.values())
                .filter(w -> w.name().equals(answer))
                .findFirst()
                .orElse(null);
    }

    @GetMapping("/bedankt")
    String thanks(@PathVariable String token, HttpSession session, Model model, HttpServletResponse response) {
        if (session.getAttribute(SENT + token) == null) {
            return unavailable(links.open(token).status(), model, response);
        }
        model.addAttribute("help", session.getAttribute(HELP + token) != null);
        return "portal/thanks";
    }

    private String page(
            String token,
            int number,
            List<ClientPage> pages,
            @Nullable List<Integer> answers,
            List<Integer> missing,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("number", number);
        model.addAttribute("count", pages.size());
        model.addAttribute("instrument", pages.get(number - 1).instrument());
        model.addAttribute("page", pages.get(number - 1));
        model.addAttribute("answers", answers == null ? List.of() : answers);
        model.addAttribute("missing", missing);
        return "portal/questionnaire";
    }

    private static @Nullable Integer parse(@Nullable String value, Instrument instrument) {
        try {
            int answer = Integer.parseInt(value);
            return instrument.options().stream().anyMatch(o -> o.value() == answer) ? answer : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String unavailable(LinkStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status == LinkStatus.UNKNOWN ? 404 : 410);
        model.addAttribute("status", status);
        return "portal/unavailable";
    }
}
