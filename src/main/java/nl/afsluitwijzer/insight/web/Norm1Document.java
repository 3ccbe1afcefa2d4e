package nl.afsluitwijzer.insight.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.Norm1Content;
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
    /** The footnotes of the report's tables, after those of the indicator rows. */
    private static final List<String> TABLE_NOTES = Stream.concat(
                    InsightController.CLOSING_NOTES.stream(),
                    Stream.of(
                            "insight.definition.reason",
                            "insight.definition.level",
                            "insight.definition.signal",
                            "insight.definition.quarter"))
            .toList();

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
        Map<String, Integer> notes = IndicatorRow.footnotes(rows, TABLE_NOTES);
        Context context = new Context(locale);
        context.setVariable("content", content);
        context.setVariable("indicators", indicators);
        context.setVariable("rows", rows);
        context.setVariable("notes", notes);
        context.setVariable("policy", policy(content, locale));
        context.setVariable(
                "narrative",
                paragraphs(
                        content.narrative() == null
                                ? labels.text("insight.norm1.narrative.default", locale)
                                : content.narrative()));
        context.setVariable(
                "therapists", new ArrayList<>(content.report().byTherapist().values()));
        context.setVariable(
                "actions",
                content.improvementActions().stream()
                        .map(a -> action(a, locale))
                        .toList());
        context.setVariable("reasonLabels", labels.reasons(locale));
        context.setVariables(IndicatorCharts.all(indicators, labels, locale, n -> null));
        return templates.process(TEMPLATE, context);
    }

    private List<String> policy(Norm1Content content, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        return PolicyInWords.of(content.policy()).stream()
                .map(sentence -> labels.text(
                        sentence.key(),
                        locale,
                        sentence.values().stream()
                                .map(value -> value instanceof LocalDate date ? dates.format(date) : value)
                                .toArray()))
                .toList();
    }

    /** Paragraphs are separated by an empty line; single line breaks stay within the paragraph. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** A pledge reads as the sentence it completes; an action option, a lesson say their level or theme. */
    private Action action(ImprovementAction action, Locale locale) {
        String kind = labels.text("insight.norm1.action." + action.kind(), locale);
        return switch (action.kind()) {
            case PLEDGE ->
                new Action(
                        action.date(),
                        kind,
                        labels.text("intervision.pledge." + action.code(), locale) + " " + action.content());
            case ACTION_OPTION ->
                new Action(
                        action.date(),
                        kind + " – " + labels.text("intervision.level." + action.code(), locale),
                        action.content());
            case LESSON ->
                new Action(
                        action.date(),
                        kind + " – " + labels.text("intervision.knowledge." + action.code() + ".title", locale),
                        action.content());
            default -> new Action(action.date(), kind, action.content());
        };
    }

    /** An improvement action as the report lists it: its date, what kind it is, and what it says. */
    record Action(LocalDate date, String kind, String content) {}
}
