package nl.afsluitwijzer.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.insight.Insights;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The indicators of a period as CSV (semicolon-separated, UTF-8 with BOM for spreadsheets); logged as an export. */
@Controller
class InsightExportController {

    private final Insights insights;
    private final FigureLabels labels;
    private final Clock clock;

    InsightExportController(Insights insights, FigureLabels labels, Clock clock) {
        this.insights = insights;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/inzicht/indicatoren.csv")
    ResponseEntity<String> csv(PeriodForm form, Locale locale) {
        Period period = form.period(LocalDate.now(clock));
        Indicators indicators =
                insights.export(CurrentUser.require(), period, form.therapist()).indicators();
        Csv csv = new Csv()
                .row(List.of(
                        text("insight.csv.figure", locale),
                        text("insight.csv.label", locale),
                        text("insight.csv.value", locale),
                        text("insight.csv.unit", locale),
                        text("insight.csv.count", locale),
                        text("insight.csv.of", locale),
                        text("insight.csv.definition", locale)));
        for (IndicatorRow row : IndicatorRow.of(indicators)) {
            csv.row(java.util.Arrays.asList(
                    row.figure(),
                    text(row.labelKey(), locale),
                    row.value(),
                    text("insight.unit." + row.unit(), locale),
                    row.count(),
                    row.of(),
                    text(row.definitionKey(), locale)));
        }
        for (ParetoBar bar : indicators.extensionReasons()) {
            counted(csv, Figure.REASON + bar.code(), bar.count(), locale);
        }
        indicators
                .extensionLevels()
                .forEach((level, count) -> counted(csv, Figure.LEVEL + level.name(), count, locale));
        indicators.openSignals().forEach((code, count) -> counted(csv, Figure.SIGNAL + code.name(), count, locale));
        indicators
                .closingReasons()
                .forEach((reason, count) -> counted(csv, Figure.CLOSING_REASON + reason.name(), count, locale));
        indicators.missingItems().forEach((item, count) -> counted(csv, Figure.MISSING + item.name(), count, locale));
        incompleteClosings(csv, indicators.incompleteClosings(), locale);
        String name = "indicators-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(csv.toString());
    }

    private void counted(Csv csv, String figure, int count, Locale locale) {
        csv.row(java.util.Arrays.asList(
                figure,
                labels.label(figure, locale),
                count,
                text("insight.unit." + IndicatorRow.NUMBER, locale),
                count,
                null,
                labels.definition(figure, locale)));
    }

    /** A second table after an empty line: each closing with items missing and the reason given for it. */
    private void incompleteClosings(Csv csv, List<ClosingRecord> closings, Locale locale) {
        csv.row(List.of())
                .row(List.of(
                        text("insight.csv.treatment", locale),
                        text("insight.csv.closed-on", locale),
                        text("insight.csv.closing-reason", locale),
                        text("insight.csv.missing", locale),
                        text("insight.csv.missing-reason", locale)));
        for (ClosingRecord closing : closings) {
            String missing = closing.missingItems().stream()
                    .map(item -> text("closing.item." + item, locale))
                    .collect(java.util.stream.Collectors.joining(", "));
            csv.row(java.util.Arrays.asList(
                    closing.treatmentId(),
                    closing.closedOn(),
                    text("closing.reason." + closing.reason(), locale),
                    missing,
                    closing.missingReason()));
        }
    }

    private String text(String key, Locale locale) {
        return labels.text(key, locale);
    }
}
