package nl.afsluitwijzer.insight.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.insight.Indicators;
import nl.afsluitwijzer.insight.Norm1Content;
import nl.afsluitwijzer.intervision.ImprovementAction;
import nl.afsluitwijzer.shared.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Norm 1 report: templates/insight/norm1-report.html, written as XHTML, filled in by the application's
 * template engine (texts from the bundles, charts as inline SVG) and turned into a PDF by {@link HtmlPdf}.
 */
@Component
class Norm1Document {

    static final String TEMPLATE = "insight/norm1-report";

    private final ITemplateEngine templates;
    private final FigureLabels labels;

    Norm1Document(ITemplateEngine templates, FigureLabels labels) {
        this.templates = templates;
        this.labels = labels;
    }

    byte[] pdf(Norm1Content content, Locale locale) {
        return HtmlPdf.render(xhtml(content, locale));
    }

    String xhtml(Norm1Content content, Locale locale) {
        Indicators indicators = content.report().indicators();
        List<IndicatorRow> rows = IndicatorRow.of(indicators);
        Map<String, Integer> notes = new LinkedHashMap<>();
        rows.forEach(row -> notes.putIfAbsent(row.definitionKey(), notes.size() + 1));
        InsightController.CLOSING_NOTES.forEach(key -> notes.putIfAbsent(key, notes.size() + 1));
        List.of("insight.definition.reason", "insight.definition.level", "insight.definition.signal",
                "insight.definition.quarter").forEach(key -> notes.putIfAbsent(key, notes.size() + 1));
        Context context = new Context(locale);
        context.setVariable("content", content);
        context.setVariable("indicators", indicators);
        context.setVariable("rows", rows);
        context.setVariable("notes", notes);
        context.setVariable("policy", policy(content, locale));
        context.setVariable("narrative", paragraphs(content.narrative() == null
                ? labels.text("insight.norm1.narrative.default", locale) : content.narrative()));
        context.setVariable("therapists", new ArrayList<>(content.report().byTherapist().values()));
        context.setVariable("actions", content.improvementActions().stream().map(a -> action(a, locale)).toList());
        context.setVariable("reasonLabels", labels.reasons(locale));
        charts(context, indicators, locale);
        return templates.process(TEMPLATE, context);
    }

    private void charts(Context context, Indicators indicators, Locale locale) {
        context.setVariable("histogram", IndicatorCharts.histogram(indicators.sessions().histogram(),
                labels.text("insight.chart.histogram", locale),
                n -> labels.text("insight.chart.histogram.bar", locale, n,
                        indicators.sessions().histogram().getOrDefault(n, 0)),
                n -> null));
        context.setVariable("pareto", IndicatorCharts.pareto(indicators.extensionReasons(), labels.reasons(locale),
                labels.text("insight.chart.pareto", locale)));
        context.setVariable("outcomeChart", IndicatorCharts.outcomes(indicators.outcomes(), labels.outcomes(locale),
                labels.text("insight.chart.outcomes", locale), locale));
    }

    private List<String> policy(Norm1Content content, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        return PolicyInWords.of(content.policy()).stream()
                .map(sentence -> labels.text(sentence.key(), locale, sentence.values().stream()
                        .map(value -> value instanceof LocalDate date ? dates.format(date) : value).toArray()))
                .toList();
    }

    /** Paragraphs are separated by an empty line; single line breaks stay within the paragraph. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
    }

    /** A pledge reads as the sentence it completes; an action option, a lesson say their level or theme. */
    private Action action(ImprovementAction action, Locale locale) {
        String kind = labels.text("insight.norm1.action." + action.kind(), locale);
        return switch (action.kind()) {
            case PLEDGE -> new Action(action.date(), kind,
                    labels.text("intervision.pledge." + action.code(), locale) + " " + action.content());
            case ACTION_OPTION -> new Action(action.date(),
                    kind + " – " + labels.text("intervision.level." + action.code(), locale), action.content());
            case LESSON -> new Action(action.date(),
                    kind + " – " + labels.text("intervision.knowledge." + action.code() + ".title", locale),
                    action.content());
            default -> new Action(action.date(), kind, action.content());
        };
    }

    /** An improvement action as the report lists it: its date, what kind it is, and what it says. */
    record Action(LocalDate date, String kind, String content) {
    }
}
