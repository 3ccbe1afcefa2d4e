package nl.afsluitwijzer.closing.web;

import nl.afsluitwijzer.closing.WaitingLetters;
import nl.afsluitwijzer.closing.internal.LetterFile;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The letter to a waiting client about their place on the waiting list, as a PDF to print or send (logged as PRINT). */
@Controller
class WaitingLetterController {

    private final WaitingLetters letters;

    WaitingLetterController(WaitingLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/behandelingen/{id}/wachtlijstbrief.pdf")
    ResponseEntity<byte[]> letter(@PathVariable Long id) {
        LetterFile file = letters.print(CurrentUser.require(), id);
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
