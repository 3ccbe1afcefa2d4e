package nl.afsluitwijzer.measurement;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.MessageSource;

/** The texts of a chart in the reader's language, all from the {@code measurement.chart.*} messages. */
final class ChartLabels {

    private final MessageSource messages;
    private final Locale locale;
    private final String datePattern;

    ChartLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.datePattern = text("measurement.chart.datePattern");
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(datePattern, locale).format(date);
    }

    /** The same pattern for the date axis, in UTC because the chart places dates at UTC midnight. */
    DateFormat axisDateFormat() {
        SimpleDateFormat format = new SimpleDateFormat(datePattern, locale);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format;
    }

    String name(Instrument instrument) {
        return instrument.name().in(locale);
    }

    /** "lower is better" or "higher is better", to tell which way the axis improves. */
    String better(Direction direction) {
        return text("measurement.chart.better." + direction.name());
    }

    Locale locale() {
        return locale;
    }
}
