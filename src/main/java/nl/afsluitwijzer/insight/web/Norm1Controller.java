package nl.afsluitwijzer.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.afsluitwijzer.insight.Norm1Reports;
import nl.afsluitwijzer.insight.internal.Norm1Content;
import nl.afsluitwijzer.insight.internal.Norm1Narrative;
import nl.afsluitwijzer.insight.internal.Norm1Pdf;
import nl.afsluitwijzer.insight.internal.Norm1Report;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Norm 1 report page: the kept reports with their downloads, and "Nieuw rapport" with the period and the
 * practice's own account, which is saved (over the version edited) before the report is made.
 */
@Controller
@RequestMapping("/inzicht/norm1")
class Norm1Controller {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Norm1Reports reports;
    private final Norm1Document document;
    private final UserAdministration users;
    private final FigureLabels labels;
    private final Clock clock;

    Norm1Controller(
            Norm1Reports reports, Norm1Document document, UserAdministration users, FigureLabels labels, Clock clock) {
        this.reports = reports;
        this.document = document;
        this.users = users;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model, Locale locale) {
        Norm1Narrative narrative = reports.narrative(CurrentUser.require());
        String text =
                narrative.text() == null ? labels.text("insight.norm1.narrative.default", locale) : narrative.text();
        return page(Norm1Form.of(LocalDate.now(clock), text, narrative.version()), model);
    }

    @PostMapping
    String generate(Norm1Form form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Period period = form.period(LocalDate.now(clock));
            String narrative = form.narrative() == null ? "" : form.narrative();
            if (!Objects.equals(
                    narrative.strip(), reports.narrative(CurrentUser.require()).text())) {
                reports.saveNarrative(CurrentUser.require(), narrative, form.version());
            }
            Norm1Content content = reports.content(CurrentUser.require(), period);
            reports.store(
                    CurrentUser.require(),
                    content,
                    labels.text(
                            "insight.norm1.file-name",
                            locale,
                            period.from().toString(),
                            period.to().toString()),
                    document.pdf(content, locale));
        } catch (DomainException refusal) {
            model.addAttribute("errorText", labels.text(refusal.messageKey(), locale, refusal.arguments()));
            return page(form, model);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("errorText", labels.text("insight.norm1.conflict", locale));
            return page(
                    form.withVersion(reports.narrative(CurrentUser.require()).version()), model);
        }
        redirect.addFlashAttribute("message", "insight.norm1.generated");
        return "redirect:/inzicht/norm1";
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable Long id) {
        Norm1Pdf pdf = reports.download(CurrentUser.require(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pdf.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.content());
    }

    private String page(Norm1Form form, Model model) {
        Map<Long, String> names = users.usersOf(CurrentUser.require().practiceId()).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        List<Row> rows = reports.list(CurrentUser.require()).stream()
                .map(report -> new Row(
                        report,
                        LocalDateTime.ofInstant(report.generatedAt(), AMSTERDAM),
                        names.getOrDefault(report.generatedBy(), "")))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("reports", rows);
        return "insight/norm1";
    }

    /** A kept report as the list shows it: when (local time) and by whom. */
    record Row(Norm1Report report, LocalDateTime generatedAt, String by) {}
}
