package nl.afsluitwijzer.closing.web;

import java.util.Locale;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.Letters;
import nl.afsluitwijzer.closing.internal.LetterFile;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Generating a letter (kept, logged as PRINT) and downloading a kept one (logged as EXPORT). */
@Controller
@RequestMapping("/behandelingen/{id}/afronden/brieven")
class LetterController {

    private final Letters letters;
    private final Refusals refusals;

    LetterController(Letters letters, Refusals refusals) {
        this.letters = letters;
        this.refusals = refusals;
    }

    @PostMapping
    String generate(@PathVariable Long id, @RequestParam LetterKind kind, RedirectAttributes redirect, Locale locale) {
        try {
            letters.generate(CurrentUser.require(), id, kind);
            redirect.addFlashAttribute("message", "closing.letter.generated");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute(Refusals.ERROR, refusals.text(refusal, locale));
        }
        return "redirect:/behandelingen/" + id + (kind.forReferral() ? "#feedback-title" : "#closing-title");
    }

    @GetMapping("/{letterId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long letterId) {
        LetterFile file = letters.download(CurrentUser.require(), id, letterId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
