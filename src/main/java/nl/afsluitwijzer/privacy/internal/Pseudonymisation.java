package nl.afsluitwijzer.privacy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Turns treatments into benchmark rows: each client gets a random pseudonym and one random date shift of
 * 1..{@value #MAX_SHIFT_DAYS} days earlier or later (never none) for all their dates, so intervals stay true while no
 * date can be matched to a calendar. Both come from the random source, never from an id, and are forgotten after
 * the export, so an export cannot be traced back. Rows are ordered by pseudonym, not by id.
 */
public final class Pseudonymisation {

    public static final int MAX_SHIFT_DAYS = 180;
    public static final List<String> HEADER = List.of(
            "client",
            "treatment",
            "phase",
            "registration_date",
            "start_date",
            "end_date",
            "expected_first",
            "expected_last",
            "sessions",
            "extensions",
            "extension_dates",
            "extension_reasons",
            "primary_instrument",
            "baseline_date",
            "baseline_score",
            "end_date_score",
            "end_score",
            "outcome",
            "closing_reason");

    private final RandomGenerator random;

    public Pseudonymisation(RandomGenerator random) {
        this.random = random;
    }

    private record Alias(String pseudonym, int shiftDays) {}

    public List<List<@Nullable Object>> rows(List<BenchmarkTreatment> treatments) {
        Map<Long, Alias> aliases = new HashMap<>();
        Map<Long, Integer> counters = new HashMap<>();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (BenchmarkTreatment t : treatments.stream()
                .sorted(Comparator.comparing(BenchmarkTreatment::registrationDate))
                .toList()) {
            Alias alias = aliases.computeIfAbsent(t.clientId(), id -> newAlias());
            int number = counters.merge(t.clientId(), 1, Integer::sum);
            rows.add(row(t, alias, number));
        }
        rows.sort(Comparator.comparing((List<@Nullable Object> r) -> (String) r.get(0))
                .thenComparing(r -> (Integer) r.get(1)));
        return rows;
    }

    private Alias newAlias() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        int days = random.nextInt(1, MAX_SHIFT_DAYS + 1);
        return new Alias("P" + HexFormat.of().formatHex(bytes), random.nextBoolean() ? days : -days);
    }

    private static List<@Nullable Object> row(BenchmarkTreatment t, Alias alias, int number) {
        int shift = alias.shiftDays();
        List<@Nullable Object> row = new ArrayList<>();
        row.add(alias.pseudonym());
        row.add(number);
        row.add(t.phase());
        row.add(shifted(t.registrationDate(), shift));
        row.add(shifted(t.startDate(), shift));
        row.add(shifted(t.endDate(), shift));
        row.add(t.firstExpected());
        row.add(t.lastExpected());
        row.add(t.sessions());
        row.add(t.extensions().size());
        row.add(String.join(
                "|",
                t.extensions().stream()
                        .map(e -> shifted(e.date(), shift).toString())
                        .toList()));
        row.add(String.join(
                "|",
                t.extensions().stream().map(e -> String.join("+", e.reasons())).toList()));
        row.add(t.primaryInstrument());
        row.add(t.baseline() == null ? null : shifted(t.baseline().date(), shift));
        row.add(t.baseline() == null ? null : t.baseline().total());
        row.add(t.end() == null ? null : shifted(t.end().date(), shift));
        row.add(t.end() == null ? null : t.end().total());
        row.add(t.outcome());
        row.add(t.closingReason());
        return row;
    }

    @Contract("!null, _ -> !null")
    private static @Nullable LocalDate shifted(@Nullable LocalDate date, int days) {
        return date == null ? null : date.plusDays(days);
    }
}
