package nl.afsluitwijzer.closing.web;

import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.LetterTemplates;
import nl.afsluitwijzer.closing.internal.Letterhead;
import nl.afsluitwijzer.closing.internal.Placeholder;
import nl.afsluitwijzer.closing.internal.Preview;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's letter templates: overview with the letterhead, the editor with the list of placeholders and a live
 * preview on a fictitious treatment (htmx posts the text as it changes), saving (only what renders) and going back
 * to the default.
 */
@Controller
@RequestMapping("/beheer/brieven")
class LetterTemplateController {

    private final LetterTemplates templates;
    private final Refusals refusals;

    LetterTemplateController(LetterTemplates templates, Refusals refusals) {
        this.templates = templates;
        this.refusals = refusals;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("templates", templates.all(CurrentUser.require()));
        model.addAttribute("letterhead", templates.letterhead(CurrentUser.require()));
        return "closing/templates";
    }

    @PostMapping("/briefhoofd")
    String letterhead(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable Integer version,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        String kept = text.length() > 1000 ? text.substring(0, 1000) : text;
        try {
            templates.saveLetterhead(CurrentUser.require(), kept, version);
        } catch (OptimisticLockingFailureException conflict) {
            // shown again with the text this person typed, so nothing they wrote is lost
            model.addAttribute(Refusals.ERROR, refusals.text(conflict, locale));
            model.addAttribute("templates", templates.all(CurrentUser.require()));
            model.addAttribute("letterhead", new Letterhead(kept, version));
            return "closing/templates";
        }
        redirect.addFlashAttribute("message", "closing.letterhead.saved");
        return "redirect:/beheer/brieven";
    }

    @GetMapping("/{kind}")
    String edit(@PathVariable LetterKind kind, Model model) {
        var template = templates.template(CurrentUser.require(), kind);
        return editor(kind, template.body(), template.version(), template.customised(), model);
    }

    @PostMapping("/{kind}")
    String save(
            @PathVariable LetterKind kind,
            @RequestParam String body,
            @RequestParam(required = false) @Nullable Integer version,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            List<String> unknown = templates.save(CurrentUser.require(), kind, body, version);
            if (!unknown.isEmpty()) {
                redirect.addFlashAttribute("unknownPlaceholders", String.join(" ", unknown));
            }
        } catch (DomainException | OptimisticLockingFailureException refusal) {
            model.addAttribute(Refusals.ERROR, refusals.text(refusal, locale));
            return editor(kind, body, version, version != null, model);
        }
        redirect.addFlashAttribute("message", "closing.template.saved");
        return "redirect:/beheer/brieven";
    }

    @PostMapping("/{kind}/voorbeeld")
    String preview(@PathVariable LetterKind kind, @RequestParam String body, Model model) {
        model.addAttribute("preview", templates.preview(CurrentUser.require(), kind, body));
        return "closing/template :: preview";
    }

    @PostMapping("/{kind}/standaard")
    String reset(@PathVariable LetterKind kind, RedirectAttributes redirect) {
        templates.reset(CurrentUser.require(), kind);
        redirect.addFlashAttribute("message", "closing.template.reset");
        return "redirect:/beheer/brieven/" + kind;
    }

    private String editor(LetterKind kind, String body, @Nullable Integer version, boolean customised, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("body", body);
        model.addAttribute("version", version);
        model.addAttribute("customised", customised);
        model.addAttribute("placeholders", Placeholder.ALL);
        Preview preview = templates.preview(CurrentUser.require(), kind, body);
        model.addAttribute("preview", preview);
        return "closing/template";
    }
}
