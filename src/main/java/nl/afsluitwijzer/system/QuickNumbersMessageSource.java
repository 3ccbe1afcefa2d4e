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
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with one shortcut: a plain {@code {0}} element given a small whole number writes its
 * digits directly. {@link MessageFormat} would make a locale number format for every such argument, which was
 * most of the time spent on texts in a long list such as the caseload. The text is the same in every case
 * (numbers under 1000 have no grouping separator); every other argument is formatted as MessageFormat does.
 */
class QuickNumbersMessageSource extends ResourceBundleMessageSource {

    @Override
    protected MessageFormat createMessageFormat(String msg, @Nullable Locale locale) {
        MessageFormat format = super.createMessageFormat(msg, locale);
        Format[] byArgument = format.getFormatsByArgumentIndex();
        String compact = msg.replace(" ", "");
        for (int i = 0; i < byArgument.length; i++) {
            if (byArgument[i] == null && !compact.contains("{" + i + ",")) {
                format.setFormatByArgumentIndex(i, new PlainArgument(locale));
            }
        }
        return format;
    }

    /** What MessageFormat does for an element without a format type, quicker for small whole numbers. */
    static final class PlainArgument extends Format {

        private static final long serialVersionUID = 1L;
        private final @Nullable Locale locale;

        PlainArgument(@Nullable Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
            if ((argument instanceof Integer || argument instanceof Long || argument instanceof Short)
                    && Math.abs(((Number) argument).longValue()) < 1000) {
                return to.append(((Number) argument).longValue());
            }
            if (argument instanceof Number) {
                return NumberFormat.getInstance(locale).format(argument, to, position);
            }
            if (argument instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(argument, to, position);
            }
            return to.append(argument);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException();
        }
    }
}
