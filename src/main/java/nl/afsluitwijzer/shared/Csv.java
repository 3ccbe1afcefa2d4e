package nl.afsluitwijzer.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV writer of the application (every export: indicators, audit log, benchmark), in the format a Dutch
 * spreadsheet opens with a double click: UTF-8 with a byte order mark, {@code ;} between cells, CRLF after each row,
 * RFC 4180 quoting where needed (a cell with {@code ;}, a quote or a line break). A cell that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe (OWASP, CSV injection).
 */
public final class Csv {

    /** Written first, so a spreadsheet reads the file as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The format of every CSV the application writes. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
    private final CSVPrinter printer;

    public Csv() {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; {@code null} is an empty cell, an empty list an empty line. */
    public Csv row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(Csv::defused));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One cell as it is written, without separator. */
    public static String cell(@Nullable Object value) {
        return value == null ? "" : FORMAT.format(defused(value));
    }

    private static @Nullable String defused(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Everything written so far, starting with the byte order mark. */
    @Override
    public String toString() {
        return out.toString();
    }
}
