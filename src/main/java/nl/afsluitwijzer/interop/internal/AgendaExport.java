package nl.afsluitwijzer.interop.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.ImportedSession;
import nl.afsluitwijzer.treatment.SessionKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV of appointments an EHR's agenda exports (format in docs/import.md): per line the client reference,
 * the date, whether the client came and optionally the kind of session. The separator is {@code ;} when the first
 * line holds one, else {@code ,}; dates are written {@code dd-mm-jjjj} (also with / or .) or ISO, a time after the
 * date is ignored; a first line whose date column holds no date is a header. A line that cannot be read is kept with
 * the reason, so the preview shows it next to the others.
 */
public final class AgendaExport {

    /** More lines than an agenda of a year of a small practice: a larger file is refused whole. */
    public static final int MAX_LINES = 2000;

    private static final List<DateTimeFormatter> DATES = List.of(
                    DateTimeFormatter.ofPattern("uuuu-MM-dd"),
                    DateTimeFormatter.ofPattern("d-M-uuuu"),
                    DateTimeFormatter.ofPattern("d/M/uuuu"),
                    DateTimeFormatter.ofPattern("d.M.uuuu"))
            .stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT))
            .toList();
    private static final AgendaWords WORDS = AgendaWords.load();

    /**
     * One line of the file: its cells as written and either the session read from it or why it could not be read
     * (a message key of interop with its arguments).
     */
    public record Line(
            int number,
            List<String> cells,
            @Nullable ImportedSession session,
            @Nullable String messageKey,
            List<String> arguments) {}

    private AgendaExport() {}

    /**
     * The lines of the file, header left out; a file that is no CSV (an unclosed quote) or has more than
     * {@link #MAX_LINES} lines is refused whole with a 400 naming the reason.
     */
    public static List<Line> read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separatorOf(content))
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_LINES) {
                    throw DomainException.refused("interop.import.too-many-lines", MAX_LINES);
                }
                List<String> cells = record.toList();
                int number = Math.toIntExact(parser.getCurrentLineNumber());
                if (lines.isEmpty() && record.getRecordNumber() == 1 && isHeader(cells)) {
                    continue;
                }
                lines.add(line(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw DomainException.refused("interop.import.unreadable");
        }
        return lines;
    }

    private static char separatorOf(String content) {
        int end = content.indexOf('\n');
        String first = end < 0 ? content : content.substring(0, end);
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

    private static boolean isHeader(List<String> cells) {
        return cells.size() < 2 || date(cells.get(1)).isEmpty();
    }

    private static Line line(int number, List<String> cells) {
        if (cells.size() < 3) {
            return refused(number, cells, "interop.import.columns");
        }
        String reference = cells.get(0);
        if (reference.isEmpty()) {
            return refused(number, cells, "interop.import.reference-missing");
        }
        Optional<LocalDate> date = date(cells.get(1));
        if (date.isEmpty()) {
            return refused(number, cells, "interop.import.date-invalid", cells.get(1));
        }
        String attended = lower(cells.get(2));
        Optional<Boolean> came = WORDS.attended(attended);
        if (came.isEmpty()) {
            return refused(number, cells, "interop.import.attended-invalid", cells.get(2));
        }
        String kindText = cells.size() > 3 ? lower(cells.get(3)) : "";
        SessionKind kind = kindText.isEmpty() ? SessionKind.TREATMENT : kind(kindText);
        if (kind == null) {
            return refused(number, cells, "interop.import.kind-invalid", cells.get(3));
        }
        return new Line(
                number, cells, new ImportedSession(number, reference, date.get(), came.get(), kind), null, List.of());
    }

    /** A date written {@code dd-mm-jjjj}, {@code dd/mm/jjjj}, {@code dd.mm.jjjj} or ISO, any time after it ignored. */
    static Optional<LocalDate> date(String text) {
        String day = text.strip().split("[ T]", 2)[0];
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeException notThisForm) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private static @Nullable SessionKind kind(String text) {
        SessionKind kind = WORDS.kind(text);
        if (kind != null) {
            return kind;
        }
        for (SessionKind each : SessionKind.values()) {
            if (each.name().equalsIgnoreCase(text)) {
                return each;
            }
        }
        return null;
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Line refused(int number, List<String> cells, String messageKey, String... arguments) {
        return new Line(number, cells, null, messageKey, List.of(arguments));
    }
}
