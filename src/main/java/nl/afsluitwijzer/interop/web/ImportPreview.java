package nl.afsluitwijzer.interop.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.afsluitwijzer.interop.internal.AgendaExport;
import nl.afsluitwijzer.treatment.ImportedSession;
import nl.afsluitwijzer.treatment.SessionImportCheck;
import org.springframework.context.MessageSource;

/** The lines of an agenda export as the preview shows them: what was read, and what happens to it, in words. */
final class ImportPreview {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** One line of the table; {@code outcome} is ADD, ALREADY_RECORDED or REFUSED (a CSS class and a word). */
    record Row(
            int line,
            String reference,
            String date,
            String attended,
            String kind,
            String outcome,
            String explanation) {}

    record Rows(List<Row> rows, long toAdd) {}

    private final MessageSource messages;

    ImportPreview(MessageSource messages) {
        this.messages = messages;
    }

    /** The lines in file order; the checks are those of the lines that could be read, in the same order. */
    Rows of(List<AgendaExport.Line> lines, List<SessionImportCheck> checks, Locale locale) {
        List<Row> rows = new ArrayList<>();
        int next = 0;
        for (AgendaExport.Line line : lines) {
            if (line.session() == null) {
                rows.add(new Row(
                        line.number(),
                        cell(line, 0),
                        cell(line, 1),
                        cell(line, 2),
                        cell(line, 3),
                        SessionImportCheck.Outcome.REFUSED.name(),
                        text(
                                Objects.requireNonNull(line.messageKey(), "a refused line says why"),
                                line.arguments().toArray(),
                                locale)));
                continue;
            }
            SessionImportCheck check = checks.get(next++);
            ImportedSession session = check.session();
            String explanation = switch (check.outcome()) {
                case ADD -> text("interop.import.outcome.add", new Object[0], locale);
                case ALREADY_RECORDED -> text("interop.import.outcome.already-recorded", new Object[0], locale);
                case REFUSED ->
                    text(Objects.requireNonNull(check.messageKey(), "a refusal says why"), check.arguments(), locale);
            };
            rows.add(new Row(
                    line.number(),
                    session.clientReference(),
                    DUTCH_DATE.format(session.date()),
                    text(session.attended() ? "session.attended.yes" : "session.attended.no", new Object[0], locale),
                    text("session.kind." + session.kind().name(), new Object[0], locale),
                    check.outcome().name(),
                    explanation));
        }
        long toAdd = checks.stream()
                .filter(c -> c.outcome() == SessionImportCheck.Outcome.ADD)
                .count();
        return new Rows(rows, toAdd);
    }

    String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String cell(AgendaExport.Line line, int index) {
        return index < line.cells().size() ? line.cells().get(index) : "";
    }
}
