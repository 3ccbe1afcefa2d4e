package nl.afsluitwijzer.interop.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.interop.internal.AgendaExport;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.ImportedSession;
import nl.afsluitwijzer.treatment.SessionImports;
import nl.afsluitwijzer.treatment.SessionImports.SessionImportResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sessions from an agenda export: upload the CSV, see per line what will be added and why a line cannot be, then
 * confirm. The confirmation sends the same file back (in the page, not kept on the server) and it is checked again,
 * so what is added follows the rules at that moment; nothing is added twice.
 */
@Controller
@RequestMapping("/behandelingen/sessies-importeren")
class SessionImportController {

    /** About a year of appointments of a small practice; the confirm form must stay under the 1 MB form limit. */
    static final int MAX_BYTES = 256 * 1024;

    private static final String PAGE = "interop/session-import";

    private final SessionImports imports;
    private final ImportPreview preview;

    SessionImportController(SessionImports imports, MessageSource messages) {
        this.imports = imports;
        this.preview = new ImportPreview(messages);
    }

    @GetMapping
    String form() {
        return PAGE;
    }

    @PostMapping
    String check(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, "interop.import.file-missing", locale);
        }
        if (file.getSize() > MAX_BYTES) {
            return refused(model, "interop.import.file-too-large", locale, MAX_BYTES / 1024);
        }
        String text = decoded(file.getBytes());
        List<AgendaExport.Line> lines;
        try {
            lines = AgendaExport.read(text);
        } catch (DomainException refusal) {
            return refused(model, refusal.messageKey(), locale, refusal.arguments());
        }
        if (lines.isEmpty()) {
            return refused(model, "interop.import.file-empty", locale);
        }
        ImportPreview.Rows rows = preview.of(lines, imports.check(CurrentUser.require(), sessions(lines)), locale);
        model.addAttribute("rows", rows.rows());
        model.addAttribute("toAdd", rows.toAdd());
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("csv", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        return PAGE;
    }

    @PostMapping("/bevestigen")
    String confirm(@RequestParam("csv") String csv, RedirectAttributes redirect, Model model, Locale locale) {
        String text;
        List<AgendaExport.Line> lines;
        try {
            text = new String(Base64.getDecoder().decode(csv), StandardCharsets.UTF_8);
            lines = AgendaExport.read(text);
        } catch (IllegalArgumentException | DomainException unreadable) {
            return refused(model, "interop.import.unreadable", locale);
        }
        SessionImportResult result = imports.add(CurrentUser.require(), sessions(lines));
        long unreadable = lines.stream().filter(line -> line.session() == null).count();
        redirect.addFlashAttribute(
                "result",
                new SessionImportResult(
                        result.added(), result.alreadyRecorded(), result.refused() + Math.toIntExact(unreadable)));
        return "redirect:/behandelingen/sessies-importeren";
    }

    private static List<ImportedSession> sessions(List<AgendaExport.Line> lines) {
        return lines.stream()
                .map(AgendaExport.Line::session)
                .filter(s -> s != null)
                .toList();
    }

    private String refused(Model model, String key, Locale locale, Object... arguments) {
        model.addAttribute("fileError", preview.text(key, arguments, locale));
        return PAGE;
    }

    /** UTF-8 (with or without BOM) as most software writes; else Windows-1252, what Excel's plain "CSV" writes. */
    static String decoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
