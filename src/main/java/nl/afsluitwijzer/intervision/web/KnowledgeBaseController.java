package nl.afsluitwijzer.intervision.web;

import jakarta.validation.Valid;
import nl.afsluitwijzer.intervision.KnowledgeBase;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.intervision.internal.ReadingTip;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge base: the four Norm 3 themes of the source, with the practice's own lessons under each. */
@Controller
@RequestMapping("/intervisie/kennisbank")
class KnowledgeBaseController {

    private final KnowledgeBase knowledge;

    KnowledgeBaseController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping
    String themes(Model model) {
        model.addAttribute("themes", Norm3Theme.values());
        model.addAttribute("readingTips", ReadingTip.values());
        model.addAttribute("lessons", knowledge.lessonsByTheme(CurrentUser.require()));
        if (!model.containsAttribute("lessonForm")) {
            model.addAttribute("lessonForm", LessonForm.from(null, null));
        }
        return "intervision/knowledge-base";
    }

    @PostMapping("/lessen")
    String addLesson(
            @Valid @ModelAttribute("lessonForm") LessonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return themes(model);
        }
        LessonSource source = form.sourceId() == null ? null : form.sourceType();
        knowledge.addLesson(CurrentUser.require(), form.theme(), form.content(), source, form.sourceId());
        redirect.addFlashAttribute("message", "intervision.lesson.added");
        return "redirect:/intervisie/kennisbank#" + form.theme().name();
    }
}
