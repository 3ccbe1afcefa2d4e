package nl.afsluitwijzer.signal.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the caseload's table is ordered: by one of its columns, ascending or descending. The default, "signals"
 * ascending, puts an open risk item first, then "Actie nodig", "Aandacht", "Info", none; every other order breaks
 * ties the same way, and a row without a value (no E, no score) comes last in either direction.
 */
record CaseloadSort(Column column, boolean descending) {

    static final CaseloadSort DEFAULT = new CaseloadSort(Column.SIGNALS, false);

    /** The columns, with the parameter value that names each in the address. */
    enum Column {
        CLIENT("client"),
        PHASE("phase"),
        PROGRESS("progress"),
        WEEKS("weeks"),
        SCORE("score"),
        SIGNALS("signals"),
        THERAPIST("therapist");

        private final String parameter;

        Column(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    /** The order the address asks for; an unknown column gives null (the remembered or default order applies). */
    static @Nullable CaseloadSort parse(String sort, String direction) {
        if (sort == null) {
            return null;
        }
        return Arrays.stream(Column.values())
                .filter(c -> c.parameter.equals(sort))
                .findFirst()
                .map(c -> new CaseloadSort(c, "desc".equals(direction)))
                .orElse(null);
    }

    /** The order for whoever sees the table: the therapist column is a manager's only. */
    CaseloadSort forManager(boolean manager) {
        return column == Column.THERAPIST && !manager ? DEFAULT : this;
    }

    String direction() {
        return descending ? "desc" : "asc";
    }

    /** The aria-sort value of a column header: ascending or descending for this order's column, none for the rest. */
    String ariaSort(Column header) {
        if (header != column) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /** The order a click on the header asks for: the other direction on this order's column, else ascending. */
    CaseloadSort next(Column header) {
        return new CaseloadSort(header, header == column && !descending);
    }

    Comparator<CaseloadRow> comparator(Locale locale) {
        Comparator<CaseloadRow> urgency = Comparator.comparingInt(CaseloadRow::urgencyRank)
                .thenComparing(r -> r.entry().startDate(), Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<CaseloadRow> byId = Comparator.comparing(r -> r.entry().treatmentId());
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        Comparator<CaseloadRow> primary = switch (column) {
            case CLIENT -> directed(r -> r.entry().clientName(), collator);
            case PHASE -> directed(r -> r.entry().phase().ordinal(), Comparator.naturalOrder());
            case PROGRESS -> directed(CaseloadSort::progress, Comparator.naturalOrder());
            case WEEKS -> directed(CaseloadRow::weeksRunning, Comparator.naturalOrder());
            case SCORE -> directed(CaseloadRow::latestScore, Comparator.naturalOrder());
            case SIGNALS -> descending ? urgency.reversed() : urgency;
            case THERAPIST -> directed(CaseloadRow::therapistName, collator);
        };
        return primary.thenComparing(urgency).thenComparing(byId);
    }

    /** n / E as a fraction; without E, null (last). */
    private static @Nullable Double progress(CaseloadRow row) {
        return row.expected() == null || row.expected() == 0 ? null : (double) row.attended() / row.expected();
    }

    @SuppressWarnings("unchecked")
    private <T> Comparator<CaseloadRow> directed(Function<CaseloadRow, T> key, Comparator<? super T> order) {
        Comparator<T> direction = descending ? ((Comparator<T>) order).reversed() : (Comparator<T>) order;
        return Comparator.comparing(key, Comparator.nullsLast(direction));
    }
}
