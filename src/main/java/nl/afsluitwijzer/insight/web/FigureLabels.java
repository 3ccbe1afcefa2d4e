package nl.afsluitwijzer.insight.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.measurement.Classification;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The names of figures in the reader's language, also for the prefixed ones (a reason, a signal, …). */
@Component
class FigureLabels {

    private final MessageSource messages;

    FigureLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(String figure, Locale locale) {
        if (figure.startsWith(Figure.SESSIONS)) {
            return text("insight.figure.sessions", locale, figure.substring(Figure.SESSIONS.length()));
        }
        if (figure.startsWith(Figure.REASON)) {
            return text("evaluation.reason." + figure.substring(Figure.REASON.length()), locale);
        }
        if (figure.startsWith(Figure.LEVEL)) {
            return text("evaluation.level." + figure.substring(Figure.LEVEL.length()), locale);
        }
        if (figure.startsWith(Figure.CLOSING_REASON)) {
            return text(
                    "insight.figure.closing-reason",
                    locale,
                    text("closing.reason." + figure.substring(Figure.CLOSING_REASON.length()), locale));
        }
        if (figure.startsWith(Figure.MISSING)) {
            return text(
                    "insight.figure.missing",
                    locale,
                    text("closing.item." + figure.substring(Figure.MISSING.length()), locale));
        }
        if (figure.startsWith(Figure.SIGNAL)) {
            return text("signal." + figure.substring(Figure.SIGNAL.length()) + ".title", locale);
        }
        return text(IndicatorRow.labelKey(figure), locale);
    }

    String definition(String figure, Locale locale) {
        return text(Figure.definitionKey(figure), locale);
    }

    Map<String, String> reasons(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ExtensionReason reason : ExtensionReason.values()) {
            labels.put(reason.name(), text("evaluation.reason." + reason.name(), locale));
        }
        return labels;
    }

    /** Short names of the outcomes for the chart, by classification name and NO_PAIR. */
    Map<String, String> outcomes(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Classification classification : Classification.values()) {
            labels.put(classification.name(), text("insight.chart.outcome." + classification.name(), locale));
        }
        labels.put(Figure.NO_PAIR, text("insight.chart.outcome." + Figure.NO_PAIR, locale));
        return labels;
    }

    String text(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(messages.getMessage(key, arguments, key, locale), "the key is the default");
    }
}
