package nl.afsluitwijzer.system;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The bundles' message source, whose kept message formats write an argument in a plain {@code {n}} (one without a
 * format of its own) as {@link MessageFormat} does, but with one number format per message format instead of a new one
 * for every number: {@code MessageFormat} builds a number format each time it writes a number there, which was the
 * larger part of writing "3 / 12" on every row of a caseload. The source formats a kept message format only while it
 * holds that format's lock, so the number format it carries is never used by two threads at once.
 */
final class PlainArgumentsMessageSource extends ReloadableResourceBundleMessageSource {

    @Override
    protected MessageFormat createMessageFormat(String message, @Nullable Locale locale) {
        MessageFormat format = super.createMessageFormat(message, locale);
        if (locale == null) {
            return format;
        }
        Format[] formats = format.getFormats();
        PlainArgumentFormat plain = null;
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                if (plain == null) {
                    plain = new PlainArgumentFormat(locale);
                }
                formats[i] = plain;
            }
        }
        if (plain != null) {
            format.setFormats(formats);
        }
        return format;
    }

    /**
     * An argument as {@link MessageFormat} writes one in a plain {@code {n}}: a number in the language's number
     * format, a date as a short date and time, any other value as its text ({@code MessageFormat} itself writes
     * {@code null} as "null" before it asks a format).
     */
    static final class PlainArgumentFormat extends Format {

        private final Locale locale;
        private transient @Nullable NumberFormat numbers;
        private transient @Nullable DateFormat dates;

        PlainArgumentFormat(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer text, FieldPosition position) {
            if (argument instanceof Number) {
                if (numbers == null) {
                    numbers = NumberFormat.getInstance(locale);
                }
                return numbers.format(argument, text, position);
            }
            if (argument instanceof Date) {
                if (dates == null) {
                    dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale);
                }
                return dates.format(argument, text, position);
            }
            return text.append(argument);
        }

        /** A copy keeps none of the formats it made: each copy makes its own, so no two share one. */
        @Override
        public Object clone() {
            PlainArgumentFormat copy = (PlainArgumentFormat) super.clone();
            copy.numbers = null;
            copy.dates = null;
            return copy;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are written, not read");
        }
    }
}
