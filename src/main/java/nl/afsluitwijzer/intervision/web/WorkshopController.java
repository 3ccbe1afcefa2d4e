package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.intervision.internal.PollSide;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.QrCodeSvg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The facilitator's side of "Dilemma's en kansen": start a session, show it on the projector (the board
 * refreshes itself every 2 seconds), move through the steps, mark principles, close, read the summary.
 */
@Controller
@RequestMapping("/intervisie/dilemmas")
class WorkshopController {

    private static final Logger log = LoggerFactory.getLogger(WorkshopController.class);

    static final String WORKSHOP = "WORKSHOP";

    private final Workshops workshops;
    private final ColleagueNames names;
    private final AuditLog audit;
    private final Clock clock;

    WorkshopController(Workshops workshops, ColleagueNames names, AuditLog audit, Clock clock) {
        this.workshops = workshops;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping
    String start() {
        Workshop workshop = workshops.start(CurrentUser.require());
        audit.record(AuditEvent.of(AuditAction.CREATE, WORKSHOP, workshop.getId()));
        return "redirect:/intervisie/dilemmas/" + workshop.getId();
    }

    @GetMapping("/{id}")
    String present(@PathVariable Long id, Model model) {
        Workshop workshop = workshops.find(CurrentUser.require(), id);
        if (!workshop.isOpen()) {
            return "redirect:/intervisie/dilemmas/" + id + "/samenvatting";
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, WORKSHOP, id));
        addBoard(workshop, model);
        String joinPage =
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/w").toUriString();
        model.addAttribute("joinPage", joinPage);
        model.addAttribute("joinUrl", joinPage + "/" + workshop.getJoinCode().value());
        return "intervision/workshop-presenter";
    }

    /** The board alone, for htmx polling; not audit-logged one by one (the page view that polls is). */
    @GetMapping("/{id}/live")
    String live(@PathVariable Long id, Model model, HttpServletResponse response) {
        Workshop workshop = workshops.find(CurrentUser.require(), id);
        if (!workshop.isOpen()) {
            response.setHeader(
                    "HX-Redirect",
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/intervisie/dilemmas/" + id + "/samenvatting")
                            .toUriString());
        }
        addBoard(workshop, model);
        return "intervision/workshop-board :: board";
    }

    @GetMapping(value = "/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@PathVariable Long id) {
        Workshop workshop = workshops.find(CurrentUser.require(), id);
        String joinUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/w/" + workshop.getJoinCode().value())
                .toUriString();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(QrCodeSvg.of(joinUrl));
    }

    @PostMapping("/{id}/stap")
    String moveTo(@PathVariable Long id, @RequestParam int step) {
        WorkshopStep target =
                WorkshopStep.numbered(step).orElseThrow(() -> DomainException.refused("intervision.step.unknown"));
        workshops.moveTo(CurrentUser.require(), id, target);
        audit.record(AuditEvent.of(AuditAction.UPDATE, WORKSHOP, id));
        return "redirect:/intervisie/dilemmas/" + id;
    }

    @PostMapping("/{id}/kaarten/{cardId}/kiezen")
    String choosePrinciple(
            @PathVariable Long id,
            @PathVariable Long cardId,
            @RequestParam boolean chosen,
            RedirectAttributes redirect) {
        try {
            workshops.choosePrinciple(CurrentUser.require(), id, cardId, chosen);
            audit.record(AuditEvent.of(AuditAction.UPDATE, WORKSHOP, id));
        } catch (DomainException refusal) {
            if (refusal.kind() != DomainException.Kind.CONFLICT) {
                throw refusal;
            }
            redirect.addFlashAttribute("message", refusal.messageKey());
        } catch (DataAccessException | TransactionException failure) {
            log.warn("Choosing principle {} of workshop {} failed", cardId, id, failure);
            redirect.addFlashAttribute("message", "intervision.principles.failed");
        }
        return "redirect:/intervisie/dilemmas/" + id;
    }

    @PostMapping("/{id}/kaarten/{cardId}/verbergen")
    String hideCard(@PathVariable Long id, @PathVariable Long cardId, @RequestParam boolean hidden) {
        workshops.hideCard(CurrentUser.require(), id, cardId, hidden);
        audit.record(AuditEvent.of(AuditAction.UPDATE, WORKSHOP, id));
        return "redirect:/intervisie/dilemmas/" + id;
    }

    @PostMapping("/{id}/afsluiten")
    String close(@PathVariable Long id) {
        workshops.close(CurrentUser.require(), id);
        audit.record(AuditEvent.of(AuditAction.UPDATE, WORKSHOP, id));
        return "redirect:/intervisie/dilemmas/" + id + "/samenvatting";
    }

    @GetMapping("/{id}/samenvatting")
    String summary(@PathVariable Long id, Model model) {
        CurrentUser user = CurrentUser.require();
        Workshop workshop = workshops.find(user, id);
        audit.record(AuditEvent.of(AuditAction.VIEW, WORKSHOP, id));
        addBoard(workshop, model);
        model.addAttribute("facilitator", names.of(user).get(workshop.getFacilitatorId()));
        model.addAttribute("lessonForm", LessonForm.from(LessonSource.WORKSHOP, id));
        model.addAttribute("themes", Norm3Theme.values());
        return "intervision/workshop-summary";
    }

    private void addBoard(Workshop workshop, Model model) {
        model.addAttribute("workshop", workshop);
        model.addAttribute("board", workshops.board(workshop));
        model.addAttribute("steps", WorkshopStep.values());
        model.addAttribute("sides", PollSide.values());
        model.addAttribute("obstacleTags", List.of(CardTag.PATIENT, CardTag.EMPLOYEE, CardTag.ORGANISATION));
        model.addAttribute("remedyTags", List.of(CardTag.WITHIN_INFLUENCE, CardTag.OUTSIDE_INFLUENCE));
        model.addAttribute(
                "timer", StepTimer.of(workshop.getStep().minutes(), workshop.getStepStartedAt(), clock.instant()));
    }
}
